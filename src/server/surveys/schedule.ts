import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { nsbScope, participantScope } from "@/server/auth/scopes";
import { boundNsbId, isBoundToNsb } from "@/server/auth/roles";
import { recordAudit } from "@/server/audit/record";
import { activityInScope } from "@/server/participations/queries";
import { DomainValidationError } from "@/domain/errors";
import type { ScheduleInput } from "@/domain/surveys/schema";
import { surveyWindow } from "@/domain/surveys/rules";

/*
 * Scheduling follow-ups: one survey per number of months after the activity's end, each
 * inviting every person who ATTENDED (trainers excepted; people erased left out). Staff may
 * limit a survey to one NSB's people; a focal point's survey is always their own NSB's.
 * The links go out later (invitations.ts), when the survey opens.
 */

async function surveyNsb(actor: Actor, asked: string): Promise<{ id: string; acronym: string } | null> {
  const id = isBoundToNsb(actor) ? boundNsbId(actor) : asked || null;
  if (!id) return null;
  const nsb = await db().organization.findFirst({ where: { AND: [{ id }, nsbScope(actor)] }, select: { id: true, acronym: true } });
  if (!nsb) throw new DomainValidationError("Choose one of the NSBs in the list.", { nsbId: ["Choose one of the NSBs in the list."] });
  return nsb;
}

export async function scheduleFollowUps(actor: Actor, input: ScheduleInput) {
  assertCan(actor, "participants.write");
  const activity = await activityInScope(actor, input.activityId);
  if (activity.status === "CANCELLED") throw new DomainValidationError("A cancelled activity has no follow-up.");
  const nsb = await surveyNsb(actor, input.nsbId);
  const attended = await db().participation.findMany({
    where: { activityId: activity.id, role: { not: "TRAINER" }, attendance: "ATTENDED", participant: { AND: [participantScope(actor), { erasedAt: null }, nsb ? { organizationId: nsb.id } : {}] } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (!attended.length) throw new DomainValidationError("Nobody attended this activity: there is no one to ask.");
  const months = [...new Set(input["months[]"])].sort((a, b) => a - b);
  const clash = await db().followUpSurvey.findFirst({
    where: { activityId: activity.id, monthsAfter: { in: months }, ...(nsb ? { OR: [{ organizationId: null }, { organizationId: nsb.id }] } : {}) },
    select: { monthsAfter: true },
  });
  if (clash) throw new DomainValidationError(`A follow-up ${clash.monthsAfter} months after this activity is already scheduled.`, { "months[]": [`A follow-up ${clash.monthsAfter} months after this activity is already scheduled.`] });
  return db().$transaction(async (tx) => {
    const created = [];
    for (const monthsAfter of months) {
      const { opensAt, closesAt } = surveyWindow(activity.endDate, monthsAfter, input.openDays);
      const survey = await tx.followUpSurvey.create({
        data: { activityId: activity.id, organizationId: nsb?.id ?? null, monthsAfter, opensAt, closesAt, template: input.template, questions: input.questions as object[], createdById: actor.id },
      });
      await tx.surveyInvitation.createMany({ data: attended.map((p) => ({ surveyId: survey.id, participationId: p.id })) });
      await recordAudit(tx, actor, { action: "CREATE", entityType: "FollowUpSurvey", entityId: survey.id, after: { ...survey, invitations: attended.length } });
      created.push({ id: survey.id, monthsAfter, opensAt, closesAt, invited: attended.length });
    }
    return created;
  });
}
