import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { reportScope } from "@/server/auth/scopes";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { newStorageKey, storage } from "@/server/storage";
import { MAX_EVIDENCE_FILES, checkEvidenceFile } from "@/lib/evidence-files";
import { INDICATOR_FOR_REPORT, assertReportable, assertTransition, assertUnlocked } from "./internal";

const ENTITY = "EvidenceFile";
const FILE_FIELDS = { id: true, reportId: true, fileName: true, contentType: true, sizeBytes: true, storageKey: true, createdAt: true } as const;

export interface UploadedFile {
  /** The name on the user's disk: shown and offered back on download, never used as a path. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a report the caller may edit (DRAFT or RETURNED, period not locked).
 * The type (PDF, PNG, JPEG, DOCX, XLSX, CSV, checked by extension and content) and the
 * size (≤ 10 MB) are checked first; the bytes go to the storage module under a
 * generated key. At most 10 files per report.
 */
export async function attachEvidenceFile(actor: Actor, reportId: string, file: UploadedFile) {
  assertCan(actor, "reports.write");
  const checked = checkEvidenceFile(file.fileName, file.bytes);
  if (!checked.ok) throw new DomainValidationError(checked.problem, { file: [checked.problem] });
  const storageKey = newStorageKey("evidence");
  let stored = false;
  try {
    return await db().$transaction(async (tx) => {
      const report = await tx.indicatorReport.findFirst({
        where: { AND: [{ id: reportId }, reportScope(actor)] },
        include: { indicator: { select: INDICATOR_FOR_REPORT }, _count: { select: { evidenceFiles: true } } },
      });
      if (!report) throw new NotFoundError("Report");
      assertReportable(actor, report.indicator, report.organizationId);
      assertTransition(report.status, "save");
      await assertUnlocked(tx, report.indicator.programmeId, report);
      if (report._count.evidenceFiles >= MAX_EVIDENCE_FILES) {
        throw new DomainValidationError(`A report keeps at most ${MAX_EVIDENCE_FILES} files; remove one first.`, { file: [`At most ${MAX_EVIDENCE_FILES} files per report.`] });
      }
      const created = await tx.evidenceFile.create({
        data: { reportId: report.id, fileName: checked.fileName, contentType: checked.contentType, sizeBytes: file.bytes.byteLength, storageKey },
        select: FILE_FIELDS,
      });
      await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: created.id, after: created });
      // Last, so that a refusal above stores nothing; a failed write rolls the row back.
      await storage().put(storageKey, file.bytes, checked.contentType);
      stored = true;
      return created;
    });
  } catch (error) {
    if (stored) await storage().delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/** Removes a file from a report the caller may edit; the bytes are deleted after the commit. */
export async function removeEvidenceFile(actor: Actor, fileId: string) {
  assertCan(actor, "reports.write");
  const removed = await db().$transaction(async (tx) => {
    const file = await tx.evidenceFile.findFirst({
      where: { id: fileId, report: reportScope(actor) },
      select: { ...FILE_FIELDS, report: { select: { id: true, status: true, organizationId: true, periodStart: true, periodEnd: true, indicator: { select: INDICATOR_FOR_REPORT } } } },
    });
    if (!file) throw new NotFoundError("File");
    const { report, ...row } = file;
    assertReportable(actor, report.indicator, report.organizationId);
    assertTransition(report.status, "save");
    await assertUnlocked(tx, report.indicator.programmeId, report);
    await tx.evidenceFile.delete({ where: { id: file.id } });
    await recordAudit(tx, actor, { action: "DELETE", entityType: ENTITY, entityId: file.id, before: row });
    return row;
  });
  // An orphaned object (if this fails) is harmless: nothing points at it any more.
  await storage().delete(removed.storageKey).catch((error) => console.error("[storage] delete failed:", error));
  return removed;
}

/**
 * A file for download, to callers who may see its report (staff; the focal points of the
 * report's NSB). Donors never: evidence may hold personal data. "Not found" otherwise.
 */
export async function openEvidenceFile(actor: Actor, fileId: string) {
  assertCan(actor, "reports.write");
  const file = await db().evidenceFile.findFirst({ where: { id: fileId, report: reportScope(actor) }, select: FILE_FIELDS });
  if (!file) throw new NotFoundError("File");
  const object = await storage().get(file.storageKey);
  if (!object) throw new NotFoundError("File");
  return { fileName: file.fileName, contentType: file.contentType, size: object.size, body: object.body };
}
