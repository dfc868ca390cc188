import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { isoDay, type DaySpan } from "@/lib/dashboards/figures";
import type { ComputedSampleRow } from "./types";
import type { SourceContext } from "./context";
import { SAMPLE_SIZE } from "./shared";

/* The participations a participant-based source reads, and its sample rows. */

/** Attended, fully or partly (partial attendance counts as trained). */
export const TRAINED: Prisma.ParticipationWhereInput = { attendance: { in: ["ATTENDED", "PARTIAL"] } };

function participationWhere(ctx: SourceContext, period: DaySpan, extra: Prisma.ParticipationWhereInput): Prisma.ParticipationWhereInput {
  const { indicator } = ctx;
  return {
    AND: [
      { role: { not: "TRAINER" } },
      {
        activity: {
          AND: [indicator.programmeId ? { programmeId: indicator.programmeId } : { programme: ctx.programmeWhere }, { startDate: { gte: period.start, lte: period.end } }],
        },
      },
      ctx.nsbIds ? { participant: { organizationId: { in: ctx.nsbIds } } } : {},
      extra,
    ],
  };
}

const participationSelect = {
  id: true,
  participantId: true,
  activityId: true,
  preTestScore: true,
  postTestScore: true,
  satisfaction: true,
  activity: { select: { startDate: true } },
  participant: { select: { sex: true, organizationId: true } },
} satisfies Prisma.ParticipationSelect;

export type SourceParticipation = Prisma.ParticipationGetPayload<{ select: typeof participationSelect }>;

/** The participations (trainers excepted) of the indicator's activities starting in the period, oldest first. */
export async function participationsOf(ctx: SourceContext, period: DaySpan, extra: Prisma.ParticipationWhereInput): Promise<SourceParticipation[]> {
  return db().participation.findMany({
    where: participationWhere(ctx, period, extra),
    select: participationSelect,
    orderBy: [{ activity: { startDate: "asc" } }, { activityId: "asc" }, { participantId: "asc" }, { id: "asc" }],
  });
}

/** Sample rows of participations, with names and titles for those who may see them. */
export async function participationSample(
  ctx: SourceContext,
  rows: SourceParticipation[],
  counted: (row: SourceParticipation, index: number) => ComputedSampleRow["counted"],
): Promise<ComputedSampleRow[]> {
  const picked = rows.slice(0, SAMPLE_SIZE);
  const nsbIds = [...new Set(picked.map((r) => r.participant.organizationId))];
  const [orgs, people, activities] = await Promise.all([
    db().organization.findMany({ where: { id: { in: nsbIds } }, select: { id: true, acronym: true } }),
    ctx.names ? db().participant.findMany({ where: { id: { in: picked.map((r) => r.participantId) } }, select: { id: true, fullName: true } }) : [],
    ctx.names ? db().activity.findMany({ where: { id: { in: picked.map((r) => r.activityId) } }, select: { id: true, title: true } }) : [],
  ]);
  const acronym = new Map(orgs.map((o) => [o.id, o.acronym]));
  const person = new Map(people.map((p) => [p.id, p.fullName]));
  const activity = new Map(activities.map((a) => [a.id, a.title]));
  return picked.map((r, i): ComputedSampleRow => ({
    id: r.id,
    kind: "participation",
    date: isoDay(r.activity.startDate),
    nsbId: r.participant.organizationId,
    nsb: acronym.get(r.participant.organizationId) ?? null,
    participantId: r.participantId,
    activityId: r.activityId,
    ...(ctx.names ? { participantName: person.get(r.participantId) ?? "", activityTitle: activity.get(r.activityId) ?? "" } : {}),
    counted: counted(r, i),
  }));
}
