import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { activityScope, participantScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";

/** The activity if the caller may see it; "not found" otherwise. */
export async function activityInScope(actor: Actor, activityId: string) {
  const activity = await db().activity.findFirst({
    where: { AND: [{ id: activityId }, activityScope(actor)] },
    select: { id: true, title: true, status: true, startDate: true, endDate: true, programmeId: true, programme: { select: { code: true, title: true } } },
  });
  if (!activity) throw new NotFoundError("Activity");
  return activity;
}

export const participationRowSelect = {
  id: true,
  version: true,
  role: true,
  attendance: true,
  completed: true,
  preTestScore: true,
  postTestScore: true,
  satisfaction: true,
  feedback: true,
  testimonial: true,
  consentToQuote: true,
  feedbackAt: true,
  participant: {
    select: { id: true, fullName: true, email: true, sex: true, ageBand: true, stakeholderGroup: true, organizationName: true, organization: { select: { acronym: true } } },
  },
} satisfies Prisma.ParticipationSelect;

/**
 * The attendance list of an activity: the rows of participants the caller may see (a
 * focal point sees only their own NSB's people, even on an activity shared by several NSBs).
 */
export async function listActivityParticipations(actor: Actor, activityId: string, filters: { q?: string } = {}) {
  assertCan(actor, "participants.read");
  await activityInScope(actor, activityId);
  return db().participation.findMany({
    where: {
      activityId,
      participant: {
        AND: [participantScope(actor), filters.q ? { OR: [{ fullName: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] } : {}],
      },
    },
    orderBy: [{ participant: { fullName: "asc" } }, { id: "asc" }],
    select: participationRowSelect,
  });
}

export type ParticipationRow = Awaited<ReturnType<typeof listActivityParticipations>>[number];

/**
 * Totals for an activity over every NSB (aggregates only, no names: donors see these
 * too): people registered, and people who attended (fully or partly) by sex and by
 * stakeholder group.
 */
export async function activityTotals(actor: Actor, activityId: string) {
  assertCan(actor, "dashboards.read");
  await activityInScope(actor, activityId);
  const attended: Prisma.ParticipationWhereInput = { activityId, attendance: { in: ["ATTENDED", "PARTIAL"] } };
  const [registered, byAttendance, bySex, byGroup, scores] = await Promise.all([
    db().participation.count({ where: { activityId } }),
    db().participation.groupBy({ by: ["attendance"], where: { activityId }, _count: { _all: true }, orderBy: { attendance: "asc" } }),
    db().participant.groupBy({ by: ["sex"], where: { participations: { some: attended } }, _count: { _all: true }, orderBy: { sex: "asc" } }),
    db().participant.groupBy({ by: ["stakeholderGroup"], where: { participations: { some: attended } }, _count: { _all: true }, orderBy: { stakeholderGroup: "asc" } }),
    db().participation.aggregate({ where: attended, _avg: { satisfaction: true, preTestScore: true, postTestScore: true } }),
  ]);
  const attendedCount = bySex.reduce((sum, row) => sum + row._count._all, 0);
  return {
    registered,
    attended: attendedCount,
    byAttendance: Object.fromEntries(byAttendance.map((r) => [r.attendance, r._count._all])),
    bySex: Object.fromEntries(bySex.map((r) => [r.sex, r._count._all])),
    byStakeholderGroup: Object.fromEntries(byGroup.map((r) => [r.stakeholderGroup, r._count._all])),
    averageSatisfaction: scores._avg.satisfaction,
    averagePreTest: scores._avg.preTestScore,
    averagePostTest: scores._avg.postTestScore,
  };
}

/**
 * People registered on an activity and those who attended (fully or partly), over every
 * NSB: the figures on the activity page's Attendance button (no names, so any role that
 * sees the activity may read them).
 */
export async function attendanceCounts(actor: Actor, activityId: string) {
  await activityInScope(actor, activityId);
  const [registered, attended] = await Promise.all([
    db().participation.count({ where: { activityId } }),
    db().participation.count({ where: { activityId, attendance: { in: ["ATTENDED", "PARTIAL"] } } }),
  ]);
  return { registered, attended };
}

/** Participants of the caller's scope not yet on the activity, for the "register" picker. */
export async function registrationCandidates(actor: Actor, activityId: string, q: string) {
  assertCan(actor, "participants.write");
  await activityInScope(actor, activityId);
  return db().participant.findMany({
    where: {
      AND: [
        participantScope(actor),
        { participations: { none: { activityId } } },
        q ? { OR: [{ fullName: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }, { organizationName: { contains: q, mode: "insensitive" } }] } : {},
      ],
    },
    orderBy: { fullName: "asc" },
    take: 25,
    select: { id: true, fullName: true, email: true, organizationName: true, organization: { select: { acronym: true } } },
  });
}
