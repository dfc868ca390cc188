"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, problemsInLanguage } from "@/app/_lib/form-action";
import {
  commitEvidenceImport,
  createCommitteeRole,
  createNationalAdoption,
  deleteCommitteeRole,
  deleteNationalAdoption,
  previewEvidenceImport,
  updateCommitteeRole,
  updateNationalAdoption,
  type EvidenceRowError,
} from "@/server/evidence";
import { describeRowError } from "@/lib/import/errors";
import type { EvidenceImportState } from "./import-state";
import { adoptionFormSchema, committeeRoleFormSchema, deleteEvidenceSchema, evidenceImportSchema } from "@/domain/evidence/schema";

const ADOPTIONS = "/evidence/adoptions";
const COMMITTEES = "/evidence/committees";

export const createAdoptionAction = formAction(adoptionFormSchema, async (actor, input) => {
  await createNationalAdoption(actor, input);
  revalidatePath(ADOPTIONS);
  redirect(`${ADOPTIONS}?notice=created`);
});

export const updateAdoptionAction = formAction(adoptionFormSchema, async (actor, { id, version, ...input }) => {
  await updateNationalAdoption(actor, id ?? "", { ...input, version: version ?? 0 });
  revalidatePath(ADOPTIONS, "layout");
  redirect(`${ADOPTIONS}?notice=saved`);
});

export const deleteAdoptionAction = formAction(deleteEvidenceSchema, async (actor, { id, version }) => {
  await deleteNationalAdoption(actor, id, version);
  revalidatePath(ADOPTIONS, "layout");
  redirect(`${ADOPTIONS}?notice=deleted`);
});

export const createCommitteeRoleAction = formAction(committeeRoleFormSchema, async (actor, input) => {
  await createCommitteeRole(actor, input);
  revalidatePath(COMMITTEES);
  redirect(`${COMMITTEES}?notice=created`);
});

export const updateCommitteeRoleAction = formAction(committeeRoleFormSchema, async (actor, { id, version, ...input }) => {
  await updateCommitteeRole(actor, id ?? "", { ...input, version: version ?? 0 });
  revalidatePath(COMMITTEES, "layout");
  redirect(`${COMMITTEES}?notice=saved`);
});

export const deleteCommitteeRoleAction = formAction(deleteEvidenceSchema, async (actor, { id, version }) => {
  await deleteCommitteeRole(actor, id, version);
  revalidatePath(COMMITTEES, "layout");
  redirect(`${COMMITTEES}?notice=deleted`);
});

/**
 * The CSV import page: "preview" checks the file and answers what it found; "commit"
 * imports every row or none. The file's text is read by the browser and posted as a field.
 * `values: {}` keeps the (large) text from being echoed back.
 */
export const importEvidenceAction = formAction(evidenceImportSchema, async (actor, { register, mode, fileName, content }): Promise<EvidenceImportState> => {
  const [t, tErrors, translate] = await Promise.all([getTranslations("evidenceImport"), getTranslations("importErrors"), problemsInLanguage()]);
  // Each row's problem is a code of messages/*/imports.json (a schema rule's, an English sentence of validation.json).
  const inLanguage = (errors: EvidenceRowError[]) => errors.map((e) => ({ ...e, reason: describeRowError(e, tErrors, translate) }));
  const file = { fileName, content };
  if (mode === "preview") {
    const preview = await previewEvidenceImport(actor, register, file);
    return { status: "idle", values: {}, preview: { ...preview, errors: inLanguage(preview.errors) } };
  }
  const result = await commitEvidenceImport(actor, register, file);
  if (result.status === "invalid") {
    return {
      status: "error",
      message: t("invalid", { count: result.errors.length }),
      values: {},
      preview: {
        register,
        fileName,
        totalRows: result.totalRows,
        validRows: result.validRows,
        errors: inLanguage(result.errors),
        counts: { create: 0, update: 0, unchanged: 0 },
        sample: [],
      },
    };
  }
  revalidatePath(register === "adoptions" ? ADOPTIONS : COMMITTEES, "layout");
  return { status: "success", message: t("imported", { created: result.created, updated: result.updated, unchanged: result.unchanged }), imported: result };
});
