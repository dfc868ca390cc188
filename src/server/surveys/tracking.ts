import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Sex } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { activityScope, participantScope, programmeScope } from "@/server/auth/scopes";
import { isBoundToNsb } from "@/server/auth/roles";
import { NotFoundError } from "@/domain/errors";
import { responseRate } from "@/domain/surveys/indicators";
import { activityInScope } from "@/server/participations/queries";
import { invitationWhere, isClosed, questionsOf, surveyInScope, surveyWhere } from "./access";

/*
 * Response tracking: invited, opened, answered and the response rate, by NSB and by sex,
 * per survey, activity or programme. Counts only (any role that sees the activity or the
 * programme; a focal point their own NSB's people). Names of people who have not answered:
 * only for those who may see people (never donors).
 */

export interface TrackingCounts {
  invited: number;
  sent: number;
  opened: number;
  answered: number;
  /** answered / invited, in percent (null: nobody invited). */
  rate: number | null;
}

export interface Tracking extends TrackingCounts {
  byNsb: (TrackingCounts & { nsbId: string; acronym: string })[];
  bySex: (TrackingCounts & { sex: Sex })[];
}

const empty = (): TrackingCounts => ({ invited: 0, sent: 0, opened: 0, answered: 0, rate: null });

function add(c: TrackingCounts, row: { sentAt: Date | null; openedAt: Date | null; submittedAt: Date | null }) {
  c.invited += 1;
  if (row.sentAt) c.sent += 1;
  if (row.openedAt) c.opened += 1;
  if (row.submittedAt) c.answered += 1;
  c.rate = responseRate(c.answered, c.invited);
}

/** Invitations whose counts a caller may read: a focal point their NSB's people; staff and donors every person of what they see. */
const countWhere = (actor: Actor): Prisma.SurveyInvitationWhereInput => (isBoundToNsb(actor) ? { participation: { participant: participantScope(actor) } } : {});

async function tracking(actor: Actor, where: Prisma.SurveyInvitationWhereInput): Promise<Tracking> {
  const rows = await db().surveyInvitation.findMany({
    where: { AND: [where, countWhere(actor), { survey: surveyWhere(actor) }] },
    select: { sentAt: true, openedAt: true, submittedAt: true, participation: { select: { participant: { select: { sex: true, organizationId: true, organization: { select: { acronym: true } } } } } } },
  });
  const total = empty();
  const byNsb = new Map<string, TrackingCounts & { nsbId: string; acronym: string }>();
  const bySex = new Map<Sex, TrackingCounts & { sex: Sex }>();
  for (const row of rows) {
    const { sex, organizationId, organization } = row.participation.participant;
    add(total, row);
    const nsb = byNsb.get(organizationId) ?? { ...empty(), nsbId: organizationId, acronym: organization.acronym };
    add(nsb, row);
    byNsb.set(organizationId, nsb);
    const s = bySex.get(sex) ?? { ...empty(), sex };
    add(s, row);
    bySex.set(sex, s);
  }
  const SEX_ORDER: Sex[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];
  return {
    ...total,
    byNsb: [...byNsb.values()].sort((a, b) => a.acronym.localeCompare(b.acronym)),
    bySex: [...bySex.values()].sort((a, b) => SEX_ORDER.indexOf(a.sex) - SEX_ORDER.indexOf(b.sex)),
  };
}

/** An activity's follow-ups, each with its counts, and the activity's totals. */
export async function activitySurveys(actor: Actor, activityId: string) {
  assertCan(actor, "dashboards.read");
  const activity = await activityInScope(actor, activityId);
  const surveys = await db().followUpSurvey.findMany({
    where: { AND: [{ activityId }, surveyWhere(actor)] },
    select: { id: true, monthsAfter: true, opensAt: true, closesAt: true, template: true, remindersStopped: true, lastReminderAt: true, version: true, organizationId: true, organization: { select: { acronym: true } } },
    orderBy: [{ monthsAfter: "asc" }, { createdAt: "asc" }],
  });
  const withCounts = await Promise.all(surveys.map(async (s) => ({ ...s, closed: isClosed(s), tracking: await tracking(actor, { surveyId: s.id }) })));
  return { activity, surveys: withCounts, total: await tracking(actor, { survey: { activityId } }) };
}

/** A programme's follow-up response figures, over every survey of its activities. */
export async function programmeSurveyTracking(actor: Actor, programmeId: string): Promise<Tracking> {
  assertCan(actor, "dashboards.read");
  const programme = await db().programme.findFirst({ where: { AND: [{ id: programmeId }, programmeScope(actor)] }, select: { id: true } });
  if (!programme) throw new NotFoundError("Programme");
  return tracking(actor, { survey: { activity: { AND: [{ programmeId }, activityScope(actor)] } } });
}

/** One survey: its questions, counts, and the people who have not answered (those who may see people only). */
export async function surveyDetail(actor: Actor, surveyId: string) {
  assertCan(actor, "participants.read");
  const survey = await surveyInScope(actor, surveyId);
  const waiting = await db().surveyInvitation.findMany({
    where: { AND: [{ surveyId, submittedAt: null }, invitationWhere(actor)] },
    select: {
      id: true,
      sentAt: true,
      openedAt: true,
      draftSavedAt: true,
      lastRemindedAt: true,
      reminders: true,
      participation: { select: { participant: { select: { id: true, fullName: true, email: true, sex: true, organization: { select: { acronym: true } } } } } },
    },
    orderBy: [{ participation: { participant: { fullName: "asc" } } }, { id: "asc" }],
  });
  return {
    survey: { ...survey, questions: questionsOf(survey.questions), closed: isClosed(survey) },
    tracking: await tracking(actor, { surveyId }),
    nonRespondents: waiting.map(({ participation, ...row }) => ({ ...row, participant: participation.participant })),
  };
}
