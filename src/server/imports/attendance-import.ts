import "server-only";
import type { AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { activityInScope } from "@/server/participations/queries";
import { participantNsbOptions } from "@/server/participants/queries";
import { isBoundToNsb, choosesNsb } from "@/server/auth/roles";
import { DomainValidationError } from "@/domain/errors";
import type { ColumnMapping } from "@/lib/import/columns";
import { byRow } from "@/lib/import/errors";
import { mappingFor, suggestMapping } from "@/lib/import/mapping";
import type { Sheet } from "@/lib/import/sheet";
import { validateRows, type RowError } from "@/lib/import/validate";
import { matchParticipants } from "./attendance-match";
import { STALE, writePlans, type ImportSummary } from "./attendance-write";
import { commitAllOrNothing, invalidImport, readImportSheet, type OnProgress } from "./engine";

/*
 * Importing an activity's participants and attendance from a sheet, on the import engine
 * (src/server/imports/engine.ts; columns and row checks in src/lib/import). A preview
 * reads and checks everything (against the database too) and writes nothing; a commit
 * writes every row or none, in one transaction, with bulk statements: a few statements per
 * thousand rows (lookups by lists of keys, inserts and updates of whole chunks with their
 * audit events), never one query per row. 50 000 rows take about 7 s (npm run bench -- import).
 */

export type { ImportPhase, ImportProgress } from "./engine";
export type { ImportSummary } from "./attendance-write";

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  /** One field (or null) per sheet column; the suggested mapping when missing or not fitting. */
  mapping?: unknown;
  /** Staff: the NSB of rows whose NSB cell is blank. Ignored for focal points (always their own). */
  nsbId?: string | null;
}

export interface ImportSampleRow {
  row: number;
  fullName: string;
  email: string | null;
  nsb: string | null;
  sex: Sex | null;
  ageBand: AgeBand | null;
  stakeholderGroup: StakeholderGroup | null;
  role: ParticipationRole | null;
  attendance: Attendance | null;
  /** Whether the person is already registered (matched by email, else by name within the NSB). */
  match: "new" | "existing";
}

export interface ImportPreview {
  fileName: string;
  headers: string[];
  mapping: ColumnMapping;
  suggestedMapping: ColumnMapping;
  totalRows: number;
  validRows: number;
  /** Every problem, each with its row, cell, field and reason. */
  errors: RowError[];
  /** The first 20 valid rows as they would be imported. */
  sample: ImportSampleRow[];
}
export type ImportCommitResult =
  | { status: "imported"; summary: ImportSummary }
  | { status: "invalid"; totalRows: number; validRows: number; errors: RowError[] };


const SAMPLE_SIZE = 20;
// A large sheet is a few seconds of work; leave room for a slow or busy server.
const TRANSACTION_TIMEOUT = 5 * 60_000;

interface Context {
  activityId: string;
  nsbs: { id: string; acronym: string; name: string }[];
  countries: { code: string; name: string }[];
  ownNsbId: string | null;
  defaultNsbId: string | null;
}

/** The activity, if the caller may import into it: in their scope (a focal point: it targets their NSB), not cancelled. */
export async function assertImportable(actor: Actor, activityId: string) {
  assertCan(actor, "participants.write");
  const activity = await activityInScope(actor, activityId);
  if (activity.status === "CANCELLED") throw new DomainValidationError("This activity is cancelled; its attendance cannot change.");
  return activity;
}

/** Who may import into this activity, and the reference data the rows are checked against. */
async function importContext(actor: Actor, activityId: string, nsbId: string | null | undefined): Promise<Context> {
  await assertImportable(actor, activityId);
  const [nsbs, countries] = await Promise.all([
    db().organization.findMany({ where: { kind: "NSB", archived: false }, select: { id: true, acronym: true, name: true }, orderBy: { acronym: "asc" } }),
    db().country.findMany({ select: { code: true, name: true } }),
  ]);
  if (isBoundToNsb(actor)) {
    if (!actor.organizationId) throw new DomainValidationError("Your account is not linked to an NSB.");
    return { activityId, nsbs, countries, ownNsbId: actor.organizationId, defaultNsbId: actor.organizationId };
  }
  if (nsbId && !nsbs.some((n) => n.id === nsbId)) {
    throw new DomainValidationError("Choose an NSB from the list.", { nsbId: ["Choose an NSB from the list."] });
  }
  return { activityId, nsbs, countries, ownNsbId: null, defaultNsbId: nsbId || null };
}

/** Reads, checks and matches a sheet: shared by the preview and the commit. */
async function prepare(actor: Actor, activityId: string, file: ImportFile, onProgress?: OnProgress) {
  const context = await importContext(actor, activityId, file.nsbId);
  const sheet = await readImportSheet(file.fileName, file.bytes, "file", onProgress);
  const suggestedMapping = suggestMapping(sheet.headers);
  const mapping = mappingFor(sheet.headers, file.mapping);
  const validation = validateRows(sheet, mapping, {
    nsbs: context.nsbs,
    countries: context.countries,
    defaultNsbId: context.defaultNsbId,
    ownNsbId: context.ownNsbId,
    onProgress: (done, total) => onProgress?.({ phase: "validating", done, total }),
  });
  // Only the header row is needed from here on: the rows' cells can be collected during the writes.
  return { context, sheet: { headers: sheet.headers, rows: [] } satisfies Sheet, mapping, suggestedMapping, validation };
}

/** Reads and checks the sheet against the database; writes nothing. */
export async function previewAttendanceImport(actor: Actor, activityId: string, file: ImportFile): Promise<ImportPreview> {
  const { context, sheet, mapping, suggestedMapping, validation } = await prepare(actor, activityId, file);
  const matched = await matchParticipants(db(), context, sheet, mapping, validation.rows);
  const acronym = new Map(context.nsbs.map((n) => [n.id, n.acronym]));
  return {
    fileName: file.fileName,
    headers: sheet.headers,
    mapping,
    suggestedMapping,
    totalRows: validation.totalRows,
    validRows: matched.plans.length,
    errors: [...validation.errors, ...matched.errors].sort(byRow),
    sample: matched.plans.slice(0, SAMPLE_SIZE).map(({ row, existing }) => ({
      row: row.row,
      fullName: row.participant.fullName,
      email: row.participant.email,
      nsb: acronym.get(row.participant.nsbId ?? existing?.organizationId ?? row.owningNsbId ?? "") ?? null,
      sex: row.participant.sex ?? (existing ? null : "UNDISCLOSED"),
      ageBand: row.participant.ageBand ?? (existing ? null : "UNDISCLOSED"),
      stakeholderGroup: row.participant.stakeholderGroup ?? (existing ? null : "OTHER"),
      role: row.participation.role,
      attendance: row.participation.attendance,
      match: existing ? "existing" : "new",
    })),
  };
}

/**
 * Imports the sheet: every row or none, in one transaction. People are matched by email,
 * else by name within their NSB; a match is updated only where the sheet gives a value,
 * anyone else is created; their participation in the activity is created or updated.
 * Importing the same sheet again changes nothing. Every change is in the audit trail.
 */
export async function commitAttendanceImport(actor: Actor, activityId: string, file: ImportFile, onProgress?: OnProgress): Promise<ImportCommitResult> {
  const { context, sheet, mapping, validation } = await prepare(actor, activityId, file, onProgress);
  if (validation.errors.length) return invalidImport(validation.totalRows, validation.errors, validation.rows.length);
  // Someone registering one of these emails meanwhile is refused by the unique index, and nothing is written.
  return commitAllOrNothing(async (tx) => {
    const { plans, errors } = await matchParticipants(tx, context, sheet, mapping, validation.rows);
    if (errors.length) return invalidImport(validation.totalRows, errors, plans.length);
    return { status: "imported", summary: await writePlans(tx, actor, activityId, plans, onProgress) } as const;
  }, { timeout: TRANSACTION_TIMEOUT, raced: STALE });
}

/** What the import page needs: the activity, and for staff the NSBs to choose from. */
export async function importPageData(actor: Actor, activityId: string) {
  assertCan(actor, "participants.write");
  const activity = await activityInScope(actor, activityId);
  const staff = choosesNsb(actor);
  return { activity, staff, nsbs: staff ? await participantNsbOptions(actor) : [] };
}
