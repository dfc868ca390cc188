import "server-only";
import type { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { participantScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { normalizeEmail, normalizePersonName } from "@/lib/normalize";
import { findLikelyDuplicates } from "./queries";
import { isBoundToNsb } from "@/server/auth/roles";

export interface ParticipantInput {
  fullName: string;
  email?: string | null;
  sex: Sex;
  ageBand: AgeBand;
  stakeholderGroup: StakeholderGroup;
  organizationName?: string;
  jobTitle?: string;
  countryCode?: string | null;
  /** The owning NSB; a focal point's own NSB whatever is sent. */
  organizationId?: string | null;
  consentToContact?: boolean;
}

/** The NSB a new or edited participant belongs to: forced for focal points, required and checked for staff. */
async function owningNsb(actor: Actor, requested: string | null | undefined): Promise<string> {
  if (isBoundToNsb(actor)) {
    if (!actor.organizationId) throw new DomainValidationError("Your account is not linked to an NSB.");
    return actor.organizationId;
  }
  if (!requested) throw new DomainValidationError("Choose the participant's NSB.", { organizationId: ["Choose an NSB."] });
  const nsb = await db().organization.findFirst({ where: { id: requested, kind: "NSB" }, select: { id: true } });
  if (!nsb) throw new DomainValidationError("Choose the participant's NSB.", { organizationId: ["Choose an NSB."] });
  return nsb.id;
}

async function assertEmailFree(email: string | null, excludeId?: string) {
  if (!email) return;
  const taken = await db().participant.findFirst({ where: { email, ...(excludeId ? { id: { not: excludeId } } : {}) }, select: { id: true } });
  // One wording whoever holds the email (this NSB or another): the message tells a focal point nothing about other NSBs' people.
  const message = "This email cannot be used. If this person is already registered, find them in the participant list; otherwise ask ISO staff.";
  if (taken) throw new DomainValidationError(message, { email: [message] });
}

async function assertCountry(code: string | null | undefined) {
  if (!code) return;
  if (!(await db().country.findUnique({ where: { code }, select: { code: true } }))) {
    throw new DomainValidationError("Unknown country.", { countryCode: ["Choose a country from the list."] });
  }
}

function fields(input: ParticipantInput, organizationId: string) {
  const email = input.email ? normalizeEmail(input.email) : null;
  return {
    fullName: input.fullName.trim(),
    normalizedName: normalizePersonName(input.fullName),
    email,
    sex: input.sex,
    ageBand: input.ageBand,
    stakeholderGroup: input.stakeholderGroup,
    organizationName: input.organizationName?.trim() ?? "",
    jobTitle: input.jobTitle?.trim() ?? "",
    countryCode: input.countryCode || null,
    organizationId,
    consentToContact: input.consentToContact ?? false,
  };
}

export type CreateParticipantResult =
  | { created: true; id: string }
  | { created: false; duplicates: Awaited<ReturnType<typeof findLikelyDuplicates>> };

/**
 * Registers a person. Likely duplicates are returned instead of creating, unless the
 * caller confirms (`allowDuplicate`), so the user decides.
 */
export async function createParticipant(actor: Actor, input: ParticipantInput, options: { allowDuplicate?: boolean } = {}): Promise<CreateParticipantResult> {
  assertCan(actor, "participants.write");
  const organizationId = await owningNsb(actor, input.organizationId);
  const data = fields(input, organizationId);
  await assertEmailFree(data.email);
  await assertCountry(data.countryCode);
  if (!options.allowDuplicate) {
    const duplicates = await findLikelyDuplicates(actor, { ...input, organizationId });
    if (duplicates.length) return { created: false, duplicates };
  }
  const participant = await db().$transaction(async (tx) => {
    const row = await tx.participant.create({ data });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Participant", entityId: row.id, after: row });
    return row;
  });
  return { created: true, id: participant.id };
}

export async function updateParticipant(actor: Actor, id: string, input: ParticipantInput & { version: number }) {
  assertCan(actor, "participants.write");
  const organizationId = await owningNsb(actor, input.organizationId);
  const data = fields(input, organizationId);
  await assertEmailFree(data.email, id);
  await assertCountry(data.countryCode);
  return db().$transaction(async (tx) => {
    const current = await tx.participant.findFirst({ where: { AND: [{ id }, participantScope(actor)] } });
    if (!current) throw new NotFoundError("Participant");
    await assertVersion(tx, "Participant", current, input.version);
    if (current.erasedAt) throw new DomainValidationError("This participant's personal data has been erased: the record cannot be edited.");
    const updated = await updateVersioned(tx, "Participant", id, input.version, data);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Participant", entityId: id, before: current, after: updated });
    return updated;
  });
}

type ParticipationRow = Awaited<ReturnType<ReturnType<typeof db>["participation"]["findMany"]>>[number];

const ATTENDANCE_RANK = { NO_SHOW: 0, REGISTERED: 1, PARTIAL: 2, ATTENDED: 3 } as const;

/** Combines two rows for the same activity: the stronger attendance, and every answer either holds. */
function combine(kept: ParticipationRow, other: ParticipationRow) {
  const joinText = (a: string, b: string) => (a && b && a !== b ? `${a}\n${b}` : a || b);
  return {
    attendance: ATTENDANCE_RANK[other.attendance] > ATTENDANCE_RANK[kept.attendance] ? other.attendance : kept.attendance,
    completed: kept.completed || other.completed,
    preTestScore: kept.preTestScore ?? other.preTestScore,
    postTestScore: kept.postTestScore ?? other.postTestScore,
    satisfaction: kept.satisfaction ?? other.satisfaction,
    feedback: joinText(kept.feedback, other.feedback),
    testimonial: joinText(kept.testimonial, other.testimonial),
    consentToQuote: kept.consentToQuote || other.consentToQuote,
    feedbackAt: kept.feedbackAt ?? other.feedbackAt,
  };
}

/**
 * Merges `duplicateId` into `keepId`: every participation moves to the kept person (rows
 * for the same activity are combined, none is lost), then the duplicate is deleted.
 * Both must be within the caller's scope.
 */
export async function mergeParticipants(actor: Actor, keepId: string, duplicateId: string) {
  assertCan(actor, "participants.write");
  if (keepId === duplicateId) throw new DomainValidationError("Choose two different participants.");
  return db().$transaction(async (tx) => {
    const people = await tx.participant.findMany({ where: { AND: [{ id: { in: [keepId, duplicateId] } }, participantScope(actor)] } });
    const kept = people.find((p) => p.id === keepId);
    const duplicate = people.find((p) => p.id === duplicateId);
    if (!kept || !duplicate) throw new NotFoundError("Participant");

    // One after the other: a transaction is one connection, which runs one query at a time.
    const keptRows = await tx.participation.findMany({ where: { participantId: keepId } });
    const duplicateRows = await tx.participation.findMany({ where: { participantId: duplicateId } });
    const keptByActivity = new Map(keptRows.map((row) => [row.activityId, row]));
    for (const row of duplicateRows) {
      const clash = keptByActivity.get(row.activityId);
      if (clash) {
        const merged = await updateVersioned(tx, "Participation", clash.id, clash.version, combine(clash, row));
        await tx.participation.delete({ where: { id: row.id } });
        await recordAudit(tx, actor, { action: "UPDATE", entityType: "Participation", entityId: clash.id, before: clash, after: merged });
        await recordAudit(tx, actor, { action: "DELETE", entityType: "Participation", entityId: row.id, before: row });
      } else {
        const moved = await updateVersioned(tx, "Participation", row.id, row.version, { participantId: keepId });
        await recordAudit(tx, actor, { action: "UPDATE", entityType: "Participation", entityId: row.id, before: row, after: moved });
      }
    }
    // The duplicate goes first, releasing its email for the kept record to take.
    await tx.participant.delete({ where: { id: duplicateId } });
    // The kept record takes what only the duplicate knew, demographics included (a sex or age
    // band left undisclosed on one record is not a reason to lose it from the GEDSI figures).
    const updated = await updateVersioned(tx, "Participant", keepId, kept.version, {
      email: kept.email ?? duplicate.email,
      sex: kept.sex === "UNDISCLOSED" ? duplicate.sex : kept.sex,
      ageBand: kept.ageBand === "UNDISCLOSED" ? duplicate.ageBand : kept.ageBand,
      stakeholderGroup: kept.stakeholderGroup === "OTHER" ? duplicate.stakeholderGroup : kept.stakeholderGroup,
      jobTitle: kept.jobTitle || duplicate.jobTitle,
      organizationName: kept.organizationName || duplicate.organizationName,
      countryCode: kept.countryCode ?? duplicate.countryCode,
      consentToContact: kept.consentToContact || duplicate.consentToContact,
    });
    await recordAudit(tx, actor, { action: "DELETE", entityType: "Participant", entityId: duplicateId, before: duplicate, after: { mergedInto: keepId } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Participant", entityId: keepId, before: kept, after: updated });
    return updated;
  });
}
