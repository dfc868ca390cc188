import "server-only";
import type { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { participantScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/server/errors";
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
