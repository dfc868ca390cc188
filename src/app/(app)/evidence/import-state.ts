import type { FormState } from "@/lib/form-state";
import type { EvidenceImportPreview, EvidenceImportResult } from "@/server/evidence";

/** What the import action answers: the form state, plus the file's check or the import's counts. */
export interface EvidenceImportState extends FormState {
  preview?: EvidenceImportPreview;
  imported?: Extract<EvidenceImportResult, { status: "imported" }>;
}
