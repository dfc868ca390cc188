import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { activityInScope } from "@/server/participations/queries";
import { participantNsbOptions } from "@/server/participants/queries";
import { DomainValidationError } from "@/domain/errors";
import { newId } from "./ids";
import type { ColumnMapping } from "@/lib/import/columns";
import { mappingFor, suggestMapping } from "@/lib/import/mapping";
import { parseSheet, SheetError, type Sheet } from "@/lib/import/sheet";
import { problemMaker, validateRows, type ParsedRow, type RowError } from "@/lib/import/validate";
import { isBoundToNsb, choosesNsb } from "@/server/auth/roles";

/*
 * Importing an activity's participants and attendance from a sheet. A preview reads and
 * checks everything (against the database too) and writes nothing; a commit writes every
 * row or none, in one transaction, with bulk statements: a few statements per thousand
 * rows (lookups by lists of keys, inserts and updates of whole chunks with their audit
 * events), never one query per row. 50 000 rows take about 7 s (npm run bench -- import).
 */

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  /** One field (or null) per sheet column; the suggested mapping when missing or not fitting. */
  mapping?: unknown;
  /** Staff: the NSB of rows whose NSB cell is blank. Ignored for focal points (always their own). */
  nsbId?: string | null;
}

export type ImportPhase = "parsing" | "validating" | "writing";
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
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

export interface ImportSummary {
  rows: number;
  participantsCreated: number;
  participantsUpdated: number;
  participationsCreated: number;
  participationsUpdated: number;
  /** Rows that changed nothing (already imported as they are). */
  unchanged: number;
}

export type ImportCommitResult =
  | { status: "imported"; summary: ImportSummary }
  | { status: "invalid"; totalRows: number; validRows: number; errors: RowError[] };

// Rows per statement: Prisma keeps the arguments of its last hundred debug calls, so bigger statements hold more memory.
const CHUNK = 1_000;
const LOOKUP_CHUNK = 2_000;
const SAMPLE_SIZE = 20;
// A large sheet is a few seconds of work; leave room for a slow or busy server.
const TRANSACTION = { timeout: 5 * 60_000, maxWait: 15_000 } as const;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** What the matching needs of a registered participant: few columns, since it reads every row's. */
interface ParticipantMatch {
  id: string;
  email: string | null;
  normalizedName: string;
  organizationId: string;
  version: number;
}

const MATCH_COLUMNS = Prisma.sql`"id", "email", "normalizedName", "organizationId", "version"`;

/** A registered participant as the import compares it with the sheet (read a chunk at a time). */
interface ParticipantSnapshot {
  id: string;
  fullName: string;
  normalizedName: string;
  email: string | null;
  sex: Sex;
  ageBand: AgeBand;
  stakeholderGroup: StakeholderGroup;
  organizationName: string;
  jobTitle: string;
  countryCode: string | null;
  consentToContact: boolean;
  organizationId: string;
  version: number;
}

interface ParticipationSnapshot {
  id: string;
  participantId: string;
  role: ParticipationRole;
  attendance: Attendance;
  completed: boolean;
  preTestScore: number | null;
  postTestScore: number | null;
  satisfaction: number | null;
  feedback: string;
  version: number;
}

const PARTICIPANT_COLUMNS = Prisma.sql`"id", "fullName", "normalizedName", "email", "sex"::text AS "sex", "ageBand"::text AS "ageBand",
  "stakeholderGroup"::text AS "stakeholderGroup", "organizationName", "jobTitle", "countryCode", "consentToContact", "organizationId", "version"`;

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

async function readSheet(file: ImportFile): Promise<Sheet> {
  try {
    return await parseSheet(file.fileName, file.bytes);
  } catch (error) {
    if (error instanceof SheetError) throw new DomainValidationError(error.message, { file: [error.message] });
    throw error;
  }
}

interface Plan {
  row: ParsedRow;
  existing: ParticipantMatch | null;
  /** The id given to a new participant. */
  newId?: string;
}

/**
 * Finds who each row is: by email, else (for people without one on file) by name within
 * the row's NSB. Problems found here (someone of another NSB, namesakes, the same person
 * twice) are row errors like the sheet's own.
 */
async function matchParticipants(client: Tx, context: Context, sheet: Sheet, mapping: ColumnMapping, rows: readonly ParsedRow[]) {
  const problem = problemMaker(sheet, mapping);
  const errors: RowError[] = [];
  const plans: Plan[] = [];

  const byEmail = new Map<string, ParticipantMatch>();
  const emails = rows.flatMap((r) => (r.participant.email ? [r.participant.email] : []));
  for (const part of chunks(emails, LOOKUP_CHUNK)) {
    const found = await client.$queryRaw<ParticipantMatch[]>`SELECT ${MATCH_COLUMNS} FROM "Participant" WHERE "email" = ANY(${part}::text[])`;
    for (const p of found) byEmail.set(p.email!, p);
  }

  const needName = rows.filter((r) => !(r.participant.email && byEmail.has(r.participant.email)) && r.owningNsbId);
  const byName = new Map<string, ParticipantMatch[]>();
  const nameKey = (nsbId: string, name: string) => `${nsbId}\u0000${name}`;
  const nsbIds = [...new Set(needName.map((r) => r.owningNsbId!))];
  const names = [...new Set(needName.map((r) => r.participant.normalizedName))];
  for (const part of chunks(names, LOOKUP_CHUNK)) {
    const found = await client.$queryRaw<ParticipantMatch[]>`
      SELECT ${MATCH_COLUMNS} FROM "Participant"
      WHERE "organizationId" = ANY(${nsbIds}::text[]) AND "normalizedName" = ANY(${part}::text[])
      ORDER BY "createdAt", "id"`;
    for (const p of found) {
      const key = nameKey(p.organizationId, p.normalizedName);
      byName.set(key, [...(byName.get(key) ?? []), p]);
    }
  }

  const acronym = new Map(context.nsbs.map((n) => [n.id, n.acronym]));
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const before = errors.length;
    const { email, normalizedName, fullName } = row.participant;
    let existing: ParticipantMatch | null = (email && byEmail.get(email)) || null;
    if (existing && context.ownNsbId && existing.organizationId !== context.ownNsbId) {
      errors.push(problem(row.row, "email", "otherNsb"));
      continue;
    }
    if (!existing) {
      if (!row.owningNsbId) {
        errors.push(problem(row.row, "nsb", "nsbRequired"));
        continue;
      }
      // A row with an email only matches a namesake who has no email on file (otherwise they are two people).
      const namesakes = (byName.get(nameKey(row.owningNsbId, normalizedName)) ?? []).filter((p) => !email || !p.email);
      if (namesakes.length > 1) {
        errors.push(problem(row.row, "full_name", "ambiguousName", { count: namesakes.length, nsb: acronym.get(row.owningNsbId) ?? "", value: fullName }));
      } else existing = namesakes[0] ?? null;
    }
    if (existing) {
      const first = firstRowOf.get(existing.id);
      if (first !== undefined) errors.push(problem(row.row, email ? "email" : "full_name", "samePerson", { firstRow: first }));
      else firstRowOf.set(existing.id, row.row);
    }
    if (errors.length === before) plans.push({ row, existing });
  }
  return { plans, errors };
}

/** Reads, checks and matches a sheet: shared by the preview and the commit. */
async function prepare(actor: Actor, activityId: string, file: ImportFile, onProgress?: (p: ImportProgress) => void) {
  const context = await importContext(actor, activityId, file.nsbId);
  onProgress?.({ phase: "parsing", done: 0, total: 1 });
  const sheet = await readSheet(file);
  onProgress?.({ phase: "parsing", done: 1, total: 1 });
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

const byRow = (a: RowError, b: RowError) => a.row - b.row;

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

/** The participant as the row leaves them: the sheet's values where it gives one, the record's otherwise. */
function mergedParticipant(row: ParsedRow, existing: ParticipantSnapshot | null) {
  const p = row.participant;
  return {
    fullName: p.fullName,
    normalizedName: p.normalizedName,
    email: p.email ?? existing?.email ?? null,
    sex: p.sex ?? existing?.sex ?? "UNDISCLOSED",
    ageBand: p.ageBand ?? existing?.ageBand ?? "UNDISCLOSED",
    stakeholderGroup: p.stakeholderGroup ?? existing?.stakeholderGroup ?? "OTHER",
    organizationName: p.organizationName ?? existing?.organizationName ?? "",
    jobTitle: p.jobTitle ?? existing?.jobTitle ?? "",
    countryCode: p.countryCode ?? existing?.countryCode ?? null,
    consentToContact: p.consentToContact ?? existing?.consentToContact ?? false,
    organizationId: p.nsbId ?? existing?.organizationId ?? row.owningNsbId!,
  } satisfies Omit<Prisma.ParticipantCreateManyInput, "id">;
}

function mergedParticipation(row: ParsedRow, existing: ParticipationSnapshot | null) {
  const p = row.participation;
  return {
    role: p.role ?? existing?.role ?? "PARTICIPANT",
    attendance: p.attendance ?? existing?.attendance ?? "REGISTERED",
    completed: p.completed ?? existing?.completed ?? false,
    preTestScore: p.preTestScore ?? existing?.preTestScore ?? null,
    postTestScore: p.postTestScore ?? existing?.postTestScore ?? null,
    satisfaction: p.satisfaction ?? existing?.satisfaction ?? null,
    feedback: p.feedback ?? existing?.feedback ?? "",
  };
}

const changed = <T extends object>(before: T, after: Partial<T>) => (Object.keys(after) as (keyof T)[]).some((key) => before[key] !== after[key]);

const STALE = "Some of these participants changed while the import ran; nothing was imported. Please import the sheet again.";

/**
 * Imports the sheet: every row or none, in one transaction. People are matched by email,
 * else by name within their NSB; a match is updated only where the sheet gives a value,
 * anyone else is created; their participation in the activity is created or updated.
 * Importing the same sheet again changes nothing. Every change is in the audit trail.
 */
export async function commitAttendanceImport(
  actor: Actor,
  activityId: string,
  file: ImportFile,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportCommitResult> {
  const { context, sheet, mapping, validation } = await prepare(actor, activityId, file, onProgress);
  if (validation.errors.length) {
    return { status: "invalid", totalRows: validation.totalRows, validRows: validation.rows.length, errors: validation.errors };
  }
  try {
    return await db().$transaction(async (tx) => {
      const { plans, errors } = await matchParticipants(tx, context, sheet, mapping, validation.rows);
      if (errors.length) return { status: "invalid", totalRows: validation.totalRows, validRows: plans.length, errors: errors.sort(byRow) } as const;
      const summary = await writePlans(tx, actor, activityId, plans, onProgress);
      return { status: "imported", summary } as const;
    }, TRANSACTION);
  } catch (error) {
    // Someone registered one of these emails meanwhile: the unique index refused it, and nothing was written.
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || (error.code === "P2010" && /23505/.test(JSON.stringify(error.meta ?? {}))))) {
      throw new DomainValidationError(STALE);
    }
    throw error;
  }
}


/*
 * The bulk statements take their rows as one JSON parameter, an array of arrays read back
 * into typed columns (measured: about three times faster to send than one array
 * parameter per column, and half the size of an array of objects), and each writes its
 * own audit events in the same statement: the snapshots are the rows as PostgreSQL
 * stored them (to_jsonb), before and after.
 */
type Column = readonly [name: string, type: string];

/** `(SELECT … FROM json_array_elements($1))`: the rows as a table with these columns. */
function recordset(rows: readonly Record<string, unknown>[], columns: readonly Column[]) {
  const json = JSON.stringify(rows.map((row) => columns.map(([name]) => row[name] ?? null)));
  const select = Prisma.raw(columns.map(([name, type], i) => `(r->>${i})::${type} AS "${name}"`).join(", "));
  return Prisma.sql`(SELECT ${select} FROM json_array_elements(${json}::json) AS r)`;
}

const PARTICIPANT_RECORD: readonly Column[] = [
  ["id", "text"], ["auditId", "text"], ["version", "int"], ["fullName", "text"], ["normalizedName", "text"], ["email", "text"],
  ["sex", `"Sex"`], ["ageBand", `"AgeBand"`], ["stakeholderGroup", `"StakeholderGroup"`], ["organizationName", "text"], ["jobTitle", "text"],
  ["countryCode", "text"], ["consentToContact", "boolean"], ["organizationId", "text"],
];
const PARTICIPATION_RECORD: readonly Column[] = [
  ["id", "text"], ["auditId", "text"], ["version", "int"], ["participantId", "text"], ["role", `"ParticipationRole"`], ["attendance", `"Attendance"`],
  ["completed", "boolean"], ["preTestScore", "int"], ["postTestScore", "int"], ["satisfaction", "int"], ["feedback", "text"],
];

/**
 * Writes the matched rows a chunk at a time: each chunk's registered people and their
 * participations are read in full, compared with the sheet here, and only what changes
 * is written (with its audit events). Reading a chunk at a time keeps the memory of a
 * large import to the matching's few columns per row.
 */
async function writePlans(tx: Tx, actor: Actor, activityId: string, plans: readonly Plan[], onProgress?: (p: ImportProgress) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { rows: plans.length, participantsCreated: 0, participantsUpdated: 0, participationsCreated: 0, participationsUpdated: 0, unchanged: 0 };
  const total = plans.length;
  let done = 0;
  onProgress?.({ phase: "writing", done, total });

  /*
   * One statement in flight while the next one's rows are prepared, so the database and
   * this process work at the same time. A statement that writes fewer rows than it was
   * given met a row that changed since it was read: the whole import is refused.
   */
  let inFlight: Promise<void> = Promise.resolve();
  const send = async (statement: PromiseLike<number>, rows: number) => {
    await inFlight;
    inFlight = Promise.resolve(statement).then((count) => {
      if (count !== rows) throw new DomainValidationError(STALE);
    });
    // Awaited before the next read and at the end; this only keeps a failure from being reported as unhandled meanwhile.
    inFlight.catch(() => {});
  };

  for (const part of chunks(plans)) {
    const creates = part.filter((plan) => !plan.existing);
    const known = part.filter((plan) => plan.existing);
    const changedPeople = new Set<Plan>(creates);

    // New people, with ids made here (Prisma fills in no defaults for SQL).
    if (creates.length) {
      const rows = creates.map((plan) => ({ id: (plan.newId = newId()), auditId: newId(), version: 1, ...mergedParticipant(plan.row, null) }));
      await send(tx.$executeRaw`
        WITH v AS ${recordset(rows, PARTICIPANT_RECORD)},
        created AS (
          INSERT INTO "Participant" ("id", "fullName", "normalizedName", "email", "sex", "ageBand", "stakeholderGroup",
            "organizationName", "jobTitle", "countryCode", "consentToContact", "organizationId", "version", "updatedAt")
          SELECT v.id, v."fullName", v."normalizedName", v.email, v.sex, v."ageBand", v."stakeholderGroup",
            v."organizationName", v."jobTitle", COALESCE(v."countryCode", o."countryCode"), v."consentToContact", v."organizationId", 1, now()
          -- A new person with no country cell gets their NSB's (people already registered keep theirs, none included).
          FROM v LEFT JOIN "Organization" o ON o.id = v."organizationId"
          RETURNING *
        )
        INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after")
        SELECT v."auditId", ${actor.id}, 'CREATE', 'Participant', c.id, NULL, to_jsonb(c) FROM created c JOIN v ON v.id = c.id`, rows.length);
      summary.participantsCreated += rows.length;
    }

    // Registered people and everyone's participation, as stored now.
    const ids = known.map((plan) => plan.existing!.id);
    await inFlight;
    const people = ids.length ? await tx.$queryRaw<ParticipantSnapshot[]>`SELECT ${PARTICIPANT_COLUMNS} FROM "Participant" WHERE "id" = ANY(${ids}::text[])` : [];
    const participations = ids.length
      ? await tx.$queryRaw<ParticipationSnapshot[]>`
          SELECT "id", "participantId", "role"::text AS "role", "attendance"::text AS "attendance", "completed", "preTestScore", "postTestScore",
            "satisfaction", "feedback", "version"
          FROM "Participation" WHERE "activityId" = ${activityId} AND "participantId" = ANY(${ids}::text[])`
      : [];
    const personOf = new Map(people.map((p) => [p.id, p]));
    const participationOf = new Map(participations.map((p) => [p.participantId, p]));

    // Changed people: only if still at the version matched.
    const updates = known.flatMap((plan) => {
      const before = personOf.get(plan.existing!.id);
      if (!before || before.version !== plan.existing!.version) throw new DomainValidationError(STALE);
      const after = mergedParticipant(plan.row, before);
      if (!changed(before, after)) return [];
      changedPeople.add(plan);
      return [{ ...after, id: before.id, auditId: newId(), version: before.version }];
    });
    if (updates.length) {
      await send(tx.$executeRaw`
        WITH v AS ${recordset(updates, PARTICIPANT_RECORD)},
        old AS (SELECT p.* FROM "Participant" p JOIN v ON p.id = v.id AND p.version = v.version),
        updated AS (
          UPDATE "Participant" AS p SET
            "fullName" = v."fullName", "normalizedName" = v."normalizedName", "email" = v.email,
            "sex" = v.sex, "ageBand" = v."ageBand", "stakeholderGroup" = v."stakeholderGroup",
            "organizationName" = v."organizationName", "jobTitle" = v."jobTitle", "countryCode" = v."countryCode",
            "consentToContact" = v."consentToContact", "organizationId" = v."organizationId",
            "version" = p."version" + 1, "updatedAt" = now()
          FROM v WHERE p.id = v.id AND p.version = v.version
          RETURNING p.*
        )
        INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after")
        SELECT v."auditId", ${actor.id}, 'UPDATE', 'Participant', u.id, to_jsonb(o), to_jsonb(u)
        FROM updated u JOIN old o ON o.id = u.id JOIN v ON v.id = u.id`, updates.length);
      summary.participantsUpdated += updates.length;
    }

    // Their participation in the activity: created, or updated where the sheet changes it.
    const added: Record<string, unknown>[] = [];
    const edited: Record<string, unknown>[] = [];
    for (const plan of part) {
      const participantId = plan.existing?.id ?? plan.newId!;
      const before = plan.existing ? (participationOf.get(participantId) ?? null) : null;
      const after = mergedParticipation(plan.row, before);
      if (!before) added.push({ ...after, id: newId(), auditId: newId(), version: 1, participantId });
      else if (changed(before, after)) edited.push({ ...after, id: before.id, auditId: newId(), version: before.version, participantId });
      else if (!changedPeople.has(plan)) summary.unchanged++;
    }
    if (added.length) {
      await send(tx.$executeRaw`
        WITH v AS ${recordset(added, PARTICIPATION_RECORD)},
        created AS (
          INSERT INTO "Participation" ("id", "activityId", "participantId", "role", "attendance", "completed",
            "preTestScore", "postTestScore", "satisfaction", "feedback", "recordedById", "version", "updatedAt")
          SELECT v.id, ${activityId}, v."participantId", v.role, v.attendance, v.completed,
            v."preTestScore", v."postTestScore", v.satisfaction, v.feedback, ${actor.id}, 1, now()
          FROM v
          RETURNING *
        )
        INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after")
        SELECT v."auditId", ${actor.id}, 'CREATE', 'Participation', c.id, NULL, to_jsonb(c) FROM created c JOIN v ON v.id = c.id`, added.length);
      summary.participationsCreated += added.length;
    }
    if (edited.length) {
      await send(tx.$executeRaw`
        WITH v AS ${recordset(edited, PARTICIPATION_RECORD)},
        old AS (SELECT p.* FROM "Participation" p JOIN v ON p.id = v.id AND p.version = v.version),
        updated AS (
          UPDATE "Participation" AS p SET
            "role" = v.role, "attendance" = v.attendance, "completed" = v.completed,
            "preTestScore" = v."preTestScore", "postTestScore" = v."postTestScore", "satisfaction" = v.satisfaction, "feedback" = v.feedback,
            "recordedById" = ${actor.id}, "version" = p."version" + 1, "updatedAt" = now()
          FROM v WHERE p.id = v.id AND p.version = v.version
          RETURNING p.*
        )
        INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after")
        SELECT v."auditId", ${actor.id}, 'UPDATE', 'Participation', u.id, to_jsonb(o), to_jsonb(u)
        FROM updated u JOIN old o ON o.id = u.id JOIN v ON v.id = u.id`, edited.length);
      summary.participationsUpdated += edited.length;
    }
    done += part.length;
    onProgress?.({ phase: "writing", done, total });
  }
  await inFlight;
  return summary;
}

/** What the import page needs: the activity, and for staff the NSBs to choose from. */
export async function importPageData(actor: Actor, activityId: string) {
  assertCan(actor, "participants.write");
  const activity = await activityInScope(actor, activityId);
  const staff = choosesNsb(actor);
  return { activity, staff, nsbs: staff ? await participantNsbOptions(actor) : [] };
}
