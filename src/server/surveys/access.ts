import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { activityScope, participantScope } from "@/server/auth/scopes";
import { boundNsbId, isBoundToNsb } from "@/server/auth/roles";
import { NotFoundError } from "@/domain/errors";
import { questionSetSchema } from "@/domain/surveys/schema";
import type { SurveyQuestion } from "@/domain/surveys/templates";

/*
 * Which surveys and invitations a caller reaches: surveys of activities in scope (a focal
 * point: those of every NSB or of their own), invitations of people in scope (a focal point:
 * their NSB's people only, whoever scheduled the survey).
 */

export function surveyWhere(actor: Actor): Prisma.FollowUpSurveyWhereInput {
  const own = boundNsbId(actor);
  return { AND: [{ activity: activityScope(actor) }, isBoundToNsb(actor) ? { OR: [{ organizationId: null }, { organizationId: own ?? "__none__" }] } : {}] };
}

export const invitationWhere = (actor: Actor): Prisma.SurveyInvitationWhereInput => ({ participation: { participant: { AND: [participantScope(actor), { erasedAt: null }] } } });

export const surveySelect = {
  id: true,
  activityId: true,
  organizationId: true,
  monthsAfter: true,
  opensAt: true,
  closesAt: true,
  template: true,
  questions: true,
  remindersStopped: true,
  lastReminderAt: true,
  version: true,
  createdAt: true,
  organization: { select: { acronym: true } },
  activity: { select: { id: true, title: true, startDate: true, endDate: true, language: true, programmeId: true, programme: { select: { code: true } } } },
} satisfies Prisma.FollowUpSurveySelect;

/** The survey if the caller may see it; "not found" otherwise. */
export async function surveyInScope(actor: Actor, surveyId: string) {
  const survey = await db().followUpSurvey.findFirst({ where: { AND: [{ id: surveyId }, surveyWhere(actor)] }, select: surveySelect });
  if (!survey) throw new NotFoundError("Survey");
  return survey;
}

/** A stored question set (a JSON column), read back checked. */
export const questionsOf = (json: unknown): SurveyQuestion[] => {
  const parsed = questionSetSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
};

export const isClosed = (survey: { closesAt: Date }) => survey.closesAt.getTime() <= Date.now();
