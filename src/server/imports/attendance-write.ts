import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { DomainValidationError } from "@/domain/errors";
import type { ParsedRow } from "@/lib/import/validate";
import type { Plan } from "./attendance-match";
import { chunks, type OnProgress } from "./engine";
import { newId } from "./ids";

/*
 * The attendance import's writes: a chunk of matched rows at a time, with bulk statements
 * (inserts and updates of whole chunks with their audit events), never one query per row.
 */

export interface ImportSummary {
  rows: number;
  participantsCreated: number;
  participantsUpdated: number;
  participationsCreated: number;
  participationsUpdated: number;
  /** Rows that changed nothing (already imported as they are). */
  unchanged: number;
}

// Rows per statement: Prisma keeps the arguments of its last hundred debug calls, so bigger statements hold more memory.
const CHUNK = 1_000;

export const STALE = "Some of these participants changed while the import ran; nothing was imported. Please import the sheet again.";

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


type Row = Record<string, unknown>;

/**
 * One statement in flight while the next one's rows are prepared, so the database and
 * this process work at the same time. A statement that writes fewer rows than it was
 * given met a row that changed since it was read: the whole import is refused.
 */
function statementQueue() {
  let inFlight: Promise<void> = Promise.resolve();
  return {
    send: async (statement: PromiseLike<number>, rows: number) => {
      await inFlight;
      inFlight = Promise.resolve(statement).then((count) => {
        if (count !== rows) throw new DomainValidationError(STALE);
      });
      // Awaited before the next read and at the end; this only keeps a failure from being reported as unhandled meanwhile.
      inFlight.catch(() => {});
    },
    drain: () => inFlight,
  };
}
type Send = ReturnType<typeof statementQueue>["send"];

/** New people, with ids made here (Prisma fills in no defaults for SQL). */
function createParticipants(tx: Tx, actor: Actor, rows: Row[], send: Send) {
  return send(tx.$executeRaw`
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
}

/**
 * Updates rows of `table` that are still at the version read, each with its audit event
 * (the row before and after, as PostgreSQL stored them). `set` assigns the columns from `v`.
 */
function updateAudited(tx: Tx, actor: Actor, table: "Participant" | "Participation", rows: Row[], record: readonly Column[], set: Prisma.Sql) {
  const name = Prisma.raw(`"${table}"`);
  return tx.$executeRaw`
        WITH v AS ${recordset(rows, record)},
        old AS (SELECT p.* FROM ${name} p JOIN v ON p.id = v.id AND p.version = v.version),
        updated AS (
          UPDATE ${name} AS p SET ${set}, "version" = p."version" + 1, "updatedAt" = now()
          FROM v WHERE p.id = v.id AND p.version = v.version
          RETURNING p.*
        )
        INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after")
        SELECT v."auditId", ${actor.id}, 'UPDATE', ${table}, u.id, to_jsonb(o), to_jsonb(u)
        FROM updated u JOIN old o ON o.id = u.id JOIN v ON v.id = u.id`;
}

/** Changed people: only if still at the version matched. */
function updateParticipants(tx: Tx, actor: Actor, updates: Row[], send: Send) {
  const set = Prisma.sql`"fullName" = v."fullName", "normalizedName" = v."normalizedName", "email" = v.email,
    "sex" = v.sex, "ageBand" = v."ageBand", "stakeholderGroup" = v."stakeholderGroup",
    "organizationName" = v."organizationName", "jobTitle" = v."jobTitle", "countryCode" = v."countryCode",
    "consentToContact" = v."consentToContact", "organizationId" = v."organizationId"`;
  return send(updateAudited(tx, actor, "Participant", updates, PARTICIPANT_RECORD, set), updates.length);
}

function createParticipations(tx: Tx, actor: Actor, activityId: string, added: Row[], send: Send) {
  return send(tx.$executeRaw`
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
}

function updateParticipations(tx: Tx, actor: Actor, edited: Row[], send: Send) {
  const set = Prisma.sql`"role" = v.role, "attendance" = v.attendance, "completed" = v.completed,
    "preTestScore" = v."preTestScore", "postTestScore" = v."postTestScore", "satisfaction" = v.satisfaction, "feedback" = v.feedback,
    "recordedById" = ${actor.id}`;
  return send(updateAudited(tx, actor, "Participation", edited, PARTICIPATION_RECORD, set), edited.length);
}

/** Each chunk's registered people and their participations, as stored now. */
async function storedNow(tx: Tx, activityId: string, known: readonly Plan[]) {
  const ids = known.map((plan) => plan.existing!.id);
  const people = ids.length ? await tx.$queryRaw<ParticipantSnapshot[]>`SELECT ${PARTICIPANT_COLUMNS} FROM "Participant" WHERE "id" = ANY(${ids}::text[])` : [];
  const participations = ids.length
    ? await tx.$queryRaw<ParticipationSnapshot[]>`
        SELECT "id", "participantId", "role"::text AS "role", "attendance"::text AS "attendance", "completed", "preTestScore", "postTestScore",
          "satisfaction", "feedback", "version"
        FROM "Participation" WHERE "activityId" = ${activityId} AND "participantId" = ANY(${ids}::text[])`
    : [];
  return { personOf: new Map(people.map((p) => [p.id, p])), participationOf: new Map(participations.map((p) => [p.participantId, p])) };
}

/** The registered people a chunk changes (refused if one changed since it was matched). */
function participantUpdates(known: readonly Plan[], personOf: ReadonlyMap<string, ParticipantSnapshot>, changedPeople: Set<Plan>): Row[] {
  return known.flatMap((plan) => {
    const before = personOf.get(plan.existing!.id);
    if (!before || before.version !== plan.existing!.version) throw new DomainValidationError(STALE);
    const after = mergedParticipant(plan.row, before);
    if (!changed(before, after)) return [];
    changedPeople.add(plan);
    return [{ ...after, id: before.id, auditId: newId(), version: before.version }];
  });
}

/** Everyone's participation in the activity: created, or updated where the sheet changes it. */
function participationChanges(part: readonly Plan[], participationOf: ReadonlyMap<string, ParticipationSnapshot>, changedPeople: ReadonlySet<Plan>) {
  const added: Row[] = [];
  const edited: Row[] = [];
  let unchanged = 0;
  for (const plan of part) {
    const participantId = plan.existing?.id ?? plan.newId!;
    const before = plan.existing ? (participationOf.get(participantId) ?? null) : null;
    const after = mergedParticipation(plan.row, before);
    if (!before) added.push({ ...after, id: newId(), auditId: newId(), version: 1, participantId });
    else if (changed(before, after)) edited.push({ ...after, id: before.id, auditId: newId(), version: before.version, participantId });
    else if (!changedPeople.has(plan)) unchanged++;
  }
  return { added, edited, unchanged };
}

/** One chunk of matched rows: its new people, then its registered ones and the participations, as they change. */
async function writeChunk(tx: Tx, actor: Actor, activityId: string, part: readonly Plan[], queue: ReturnType<typeof statementQueue>, summary: ImportSummary) {
  const creates = part.filter((plan) => !plan.existing);
  const known = part.filter((plan) => plan.existing);
  const changedPeople = new Set<Plan>(creates);
  if (creates.length) {
    const rows = creates.map((plan) => ({ id: (plan.newId = newId()), auditId: newId(), version: 1, ...mergedParticipant(plan.row, null) }));
    await createParticipants(tx, actor, rows, queue.send);
    summary.participantsCreated += rows.length;
  }
  await queue.drain();
  const { personOf, participationOf } = await storedNow(tx, activityId, known);
  const updates = participantUpdates(known, personOf, changedPeople);
  if (updates.length) {
    await updateParticipants(tx, actor, updates, queue.send);
    summary.participantsUpdated += updates.length;
  }
  const { added, edited, unchanged } = participationChanges(part, participationOf, changedPeople);
  summary.unchanged += unchanged;
  if (added.length) {
    await createParticipations(tx, actor, activityId, added, queue.send);
    summary.participationsCreated += added.length;
  }
  if (edited.length) {
    await updateParticipations(tx, actor, edited, queue.send);
    summary.participationsUpdated += edited.length;
  }
}

/**
 * Writes the matched rows a chunk at a time: each chunk's registered people and their
 * participations are read in full, compared with the sheet here, and only what changes
 * is written (with its audit events). Reading a chunk at a time keeps the memory of a
 * large import to the matching's few columns per row.
 */
export async function writePlans(tx: Tx, actor: Actor, activityId: string, plans: readonly Plan[], onProgress?: OnProgress): Promise<ImportSummary> {
  const summary: ImportSummary = { rows: plans.length, participantsCreated: 0, participantsUpdated: 0, participationsCreated: 0, participationsUpdated: 0, unchanged: 0 };
  const total = plans.length;
  let done = 0;
  onProgress?.({ phase: "writing", done, total });
  const queue = statementQueue();
  for (const part of chunks(plans, CHUNK)) {
    await writeChunk(tx, actor, activityId, part, queue, summary);
    done += part.length;
    onProgress?.({ phase: "writing", done, total });
  }
  await queue.drain();
  return summary;
}
