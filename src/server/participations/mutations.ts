import "server-only";
import type { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { participantScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { createParticipant, type ParticipantInput } from "@/server/participants/mutations";
import { activityInScope } from "./queries";

async function writableActivity(actor: Actor, activityId: string) {
  assertCan(actor, "participants.write");
  const activity = await activityInScope(actor, activityId);
  if (activity.status === "CANCELLED") throw new DomainValidationError("This activity is cancelled; its attendance cannot change.");
  return activity;
}

/** Adds participants (of the caller's scope) to an activity; those already on it are left as they are. */
export async function registerParticipants(actor: Actor, activityId: string, participantIds: string[]) {
  await writableActivity(actor, activityId);
  const ids = [...new Set(participantIds)];
  if (ids.length === 0) throw new DomainValidationError("Choose at least one participant.", { participantIds: ["Choose at least one participant."] });
  return db().$transaction(async (tx) => {
    const allowed = await tx.participant.findMany({ where: { AND: [{ id: { in: ids } }, participantScope(actor)] }, select: { id: true } });
    if (allowed.length !== ids.length) throw new NotFoundError("Participant");
    const existing = new Set(
      (await tx.participation.findMany({ where: { activityId, participantId: { in: ids } }, select: { participantId: true } })).map((p) => p.participantId),
    );
    const created = [];
    for (const participantId of ids.filter((id) => !existing.has(id))) {
      const row = await tx.participation.create({ data: { activityId, participantId, recordedById: actor.id } });
      await recordAudit(tx, actor, { action: "CREATE", entityType: "Participation", entityId: row.id, after: row });
      created.push(row.id);
    }
    return { created: created.length, alreadyRegistered: existing.size };
  });
}

export interface AttendanceRowInput {
  participationId: string;
  version: number;
  role: ParticipationRole;
  attendance: Attendance;
  completed: boolean;
  preTestScore: number | null;
  postTestScore: number | null;
  satisfaction: number | null;
  feedback: string;
  testimonial: string;
  consentToQuote: boolean;
}

/**
 * Saves the attendance grid of an activity in one transaction: every row must be one the
 * caller may change, at the version they read; otherwise nothing is saved.
 */
export async function saveAttendance(actor: Actor, activityId: string, rows: AttendanceRowInput[]) {
  await writableActivity(actor, activityId);
  return db().$transaction(async (tx) => {
    const current = await tx.participation.findMany({
      where: { activityId, id: { in: rows.map((r) => r.participationId) }, participant: participantScope(actor) },
    });
    const byId = new Map(current.map((row) => [row.id, row]));
    let changed = 0;
    for (const row of rows) {
      const before = byId.get(row.participationId);
      if (!before) throw new NotFoundError("Participation");
      const data = {
        role: row.role,
        attendance: row.attendance,
        completed: row.completed,
        preTestScore: row.preTestScore,
        postTestScore: row.postTestScore,
        satisfaction: row.satisfaction,
        feedback: row.feedback,
        testimonial: row.testimonial,
        consentToQuote: row.consentToQuote,
      };
      const same = (Object.keys(data) as (keyof typeof data)[]).every((key) => before[key] === data[key]);
      if (same) continue;
      await assertVersion(tx, "Participation", before, row.version);
      const after = await updateVersioned(tx, "Participation", before.id, row.version, { ...data, recordedById: actor.id });
      await recordAudit(tx, actor, { action: "UPDATE", entityType: "Participation", entityId: before.id, before, after });
      changed++;
    }
    return { changed };
  });
}

/** Takes a participant off an activity. */
export async function removeParticipation(actor: Actor, participationId: string, version: number) {
  assertCan(actor, "participants.write");
  return db().$transaction(async (tx) => {
    const row = await tx.participation.findFirst({ where: { id: participationId, participant: participantScope(actor) } });
    if (!row) throw new NotFoundError("Participation");
    await writableActivity(actor, row.activityId);
    await assertVersion(tx, "Participation", row, version);
    await tx.participation.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, { action: "DELETE", entityType: "Participation", entityId: row.id, before: row });
  });
}

/** What a removal leaves on the audit trail: the participation as it was (dates as JSON writes them). */
type RemovedParticipation = Omit<AttendanceRowInput, "participationId"> & {
  id: string;
  activityId: string;
  participantId: string;
  feedbackAt: string | null;
  createdAt: string;
};

/**
 * Undoes the caller's removal of a participation: the row comes back as it was (attendance,
 * scores, feedback), from the snapshot the removal wrote on the audit trail. Its version
 * moves on, so a grid still showing the row from before the removal cannot overwrite it.
 */
export async function restoreParticipation(actor: Actor, participationId: string) {
  assertCan(actor, "participants.write");
  const removal = await db().auditEvent.findFirst({
    where: { entityType: "Participation", entityId: participationId, action: "DELETE", actorId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { before: true },
  });
  const was = removal?.before as RemovedParticipation | null | undefined;
  if (!was?.activityId) throw new NotFoundError("Participation");
  await writableActivity(actor, was.activityId);
  return db().$transaction(async (tx) => {
    const person = await tx.participant.findFirst({ where: { AND: [{ id: was.participantId }, participantScope(actor)] }, select: { id: true } });
    if (!person) throw new NotFoundError("Participant");
    const again = await tx.participation.findFirst({ where: { OR: [{ id: was.id }, { activityId: was.activityId, participantId: was.participantId }] }, select: { id: true } });
    if (again) throw new DomainValidationError("This person is on the activity again already.");
    const row = await tx.participation.create({
      data: {
        id: was.id,
        activityId: was.activityId,
        participantId: was.participantId,
        role: was.role,
        attendance: was.attendance,
        completed: was.completed,
        preTestScore: was.preTestScore,
        postTestScore: was.postTestScore,
        satisfaction: was.satisfaction,
        feedback: was.feedback,
        testimonial: was.testimonial,
        consentToQuote: was.consentToQuote,
        feedbackAt: was.feedbackAt ? new Date(was.feedbackAt) : null,
        createdAt: new Date(was.createdAt),
        recordedById: actor.id,
        version: was.version + 1,
      },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Participation", entityId: row.id, after: row });
    return row;
  });
}

/**
 * Registers a new person straight onto an activity. Likely duplicates are returned
 * instead (as createParticipant does) so the user can pick the existing record.
 */
export async function registerNewParticipant(actor: Actor, activityId: string, input: ParticipantInput, options: { allowDuplicate?: boolean } = {}) {
  await writableActivity(actor, activityId);
  const result = await createParticipant(actor, input, options);
  if (result.created) await registerParticipants(actor, activityId, [result.id]);
  return result;
}
