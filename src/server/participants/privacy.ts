import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { env } from "@/env";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { participantScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { ConflictError, DomainValidationError, NotFoundError } from "@/domain/errors";

/*
 * Erasure and retention. A participant's personal data (name, email, organisation name, job
 * title, their free-text answers) is removed; the row stays, anonymous, with the attributes
 * the aggregates count (sex, age band, stakeholder group, NSB, country) and the attendance,
 * so every dashboard total stays as it was. Earlier audit snapshots of the person (and of
 * records merged into them) lose the same fields, and the erasure's own event holds none.
 */

/** What an erased participant is called wherever a name is shown (no language: it is data). */
export const ERASED_NAME = "—";
const PERSON_FIELDS = ["fullName", "normalizedName", "email", "organizationName", "jobTitle"] as const;
const ANSWER_FIELDS = ["feedback", "testimonial"] as const;

const withoutPersonalData = <T extends object>(row: T) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !(PERSON_FIELDS as readonly string[]).includes(key) && !(ANSWER_FIELDS as readonly string[]).includes(key)));

/** Removes the personal data of the participants `ids` (already checked in scope) and from their audit snapshots. */
async function erase(tx: Tx, ids: string[], now: Date) {
  await tx.participant.updateMany({
    where: { id: { in: ids } },
    data: { fullName: ERASED_NAME, normalizedName: "", email: null, organizationName: "", jobTitle: "", consentToContact: false, erasedAt: now, version: { increment: 1 } },
  });
  await tx.participation.updateMany({ where: { participantId: { in: ids } }, data: { feedback: "", testimonial: "", consentToQuote: false, version: { increment: 1 } } });
  await tx.personalLink.deleteMany({ where: { participation: { participantId: { in: ids } } } });
  // Records merged into these people carried their data too.
  const merged = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "entityId" AS id FROM "AuditEvent"
    WHERE "entityType" = 'Participant' AND "after"->>'mergedInto' = ANY(${ids})`;
  const people = [...ids, ...merged.map((m) => m.id)];
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET "before" = "before" - ${[...PERSON_FIELDS]}::text[], "after" = "after" - ${[...PERSON_FIELDS]}::text[]
    WHERE "entityType" = 'Participant' AND "entityId" = ANY(${people})`;
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET "before" = "before" - ${[...ANSWER_FIELDS]}::text[], "after" = "after" - ${[...ANSWER_FIELDS]}::text[]
    WHERE "entityType" = 'Participation' AND ("before"->>'participantId' = ANY(${people}) OR "after"->>'participantId' = ANY(${people}))`;
}

/** Erases one participant (staff only), from the version the caller read. */
export async function eraseParticipant(actor: Actor, id: string, version: number) {
  assertCan(actor, "participants.erase");
  return db().$transaction(async (tx) => {
    const current = await tx.participant.findFirst({ where: { AND: [{ id }, participantScope(actor)] } });
    if (!current) throw new NotFoundError("Participant");
    await assertVersion(tx, "Participant", current, version);
    if (current.erasedAt) throw new DomainValidationError("This participant's personal data has already been erased.");
    // Row-locking read and version check in one step, so a concurrent edit cannot slip in between.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Participant" WHERE id = ${id} AND version = ${version} FOR UPDATE`;
    if (!locked.length) throw new ConflictError(null, current.updatedAt, current as Record<string, unknown>);
    await erase(tx, [id], new Date());
    const after = await tx.participant.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Participant", entityId: id, before: withoutPersonalData(current), after: withoutPersonalData(after) });
  });
}

/** Everything held about one person, for a subject access request (staff only). */
export async function exportParticipantData(actor: Actor, id: string) {
  assertCan(actor, "participants.erase");
  const participant = await db().participant.findFirst({
    where: { AND: [{ id }, participantScope(actor)] },
    include: { organization: { select: { name: true, acronym: true } }, country: { select: { name: true } } },
  });
  if (!participant) throw new NotFoundError("Participant");
  const participations = await db().participation.findMany({
    where: { participantId: id },
    orderBy: { activity: { startDate: "asc" } },
    include: {
      activity: { select: { id: true, title: true, startDate: true, endDate: true, programme: { select: { code: true, title: true } } } },
      personalLinks: { select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true } },
    },
  });
  const auditTrail = await db().auditEvent.findMany({
    where: { OR: [{ entityType: "Participant", entityId: id }, { entityType: "Participation", entityId: { in: participations.map((p) => p.id) } }] },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return { exportedAt: new Date(), participant, participations, auditTrail };
}

/** Months after a closed programme's end date before its participants are anonymised. */
export const retentionMonths = () => env().PARTICIPANT_RETENTION_MONTHS;

/**
 * Anonymises every participant whose activities all belong to CLOSED programmes that ended
 * more than the retention period ago (`npm run db:retention`; no actor: the system acts).
 * Someone also trained by an open programme is kept until that one is closed and past it too.
 */
export async function applyRetention(now = new Date(), months = retentionMonths()) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT pt.id FROM "Participant" pt
      WHERE pt."erasedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Participation" p WHERE p."participantId" = pt.id)
        AND NOT EXISTS (
          SELECT 1 FROM "Participation" p JOIN "Activity" a ON a.id = p."activityId" JOIN "Programme" g ON g.id = a."programmeId"
          WHERE p."participantId" = pt.id AND (g.status <> 'CLOSED' OR g."endDate" >= ${cutoff}::date))
      FOR UPDATE OF pt`;
    const ids = due.map((d) => d.id);
    if (ids.length) {
      await erase(tx, ids, now);
      await tx.auditEvent.createMany({
        data: ids.map((entityId) => ({ actorId: null, action: "UPDATE" as const, entityType: "Participant", entityId, before: Prisma.DbNull, after: { erasedAt: now.toISOString(), reason: `retention: ${months} months after the programme closed` } })),
      });
    }
    return { anonymised: ids.length, cutoff };
  }, { timeout: 120_000 });
}
