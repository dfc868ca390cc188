import "server-only";
import type { Sex } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { isStaff } from "@/server/auth/roles";
import { activityScope, indicatorScope, nsbScope, programmeScope } from "@/server/auth/scopes";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { getOrganization } from "./queries";

/*
 * The figures of an organisation's page. An NSB's profile is scoped by nsbScope (a focal
 * point sees their own NSB, a donor the NSBs of the programmes it funds); each figure is
 * further limited to the rows the caller may see (programmes, activities, indicators in
 * scope). Participants appear only as counts, never by name.
 */

/** Throws NotFoundError unless `id` is an NSB in the caller's scope. */
async function assertNsbInScope(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "framework.read");
  const found = await db().organization.findFirst({ where: { AND: [{ id }, nsbScope(actor)] }, select: { id: true } });
  if (!found) throw new NotFoundError("NSB");
}

/** Programmes in the caller's scope that the NSB benefits from. */
async function nsbProgrammesQuery(actor: Actor, nsbId: string) {
  return db().programme.findMany({
    where: { AND: [programmeScope(actor), { beneficiaries: { some: { organizationId: nsbId } } }] },
    select: { id: true, code: true, title: true, status: true, startDate: true, endDate: true },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
  });
}

/** Activities in the caller's scope that target the NSB. */
async function nsbActivitiesQuery(actor: Actor, nsbId: string) {
  return db().activity.findMany({
    where: { AND: [activityScope(actor), { targetNsbs: { some: { organizationId: nsbId } } }] },
    select: {
      id: true,
      title: true,
      type: true,
      status: true,
      startDate: true,
      endDate: true,
      programme: { select: { id: true, code: true } },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
}

/**
 * People affiliated with the NSB who took part in (were registered for) at least one
 * activity in the caller's scope: the total and by sex. Counts only.
 */
async function nsbParticipantCountsQuery(actor: Actor, nsbId: string): Promise<{ total: number; bySex: Record<Sex, number> }> {
  const groups = await db().participant.groupBy({
    by: ["sex"],
    where: { organizationId: nsbId, participations: { some: { activity: activityScope(actor) } } },
    _count: { _all: true },
  });
  const bySex: Record<Sex, number> = { FEMALE: 0, MALE: 0, OTHER: 0, UNDISCLOSED: 0 };
  for (const group of groups) bySex[group.sex] = group._count._all;
  return { total: Object.values(bySex).reduce((a, b) => a + b, 0), bySex };
}

/** National adoptions of ISO standards by the NSB (public facts), across programmes. */
async function nsbAdoptionCountQuery(actor: Actor, nsbId: string): Promise<number> {
  return db().nationalAdoption.count({ where: { organizationId: nsbId } });
}

/** The NSB's ISO committee memberships and leadership roles (public facts). */
async function nsbCommitteeRolesQuery(actor: Actor, nsbId: string) {
  return db().committeeRole.findMany({
    where: { organizationId: nsbId },
    select: { id: true, committee: true, membership: true, leadership: true, fromDate: true, toDate: true },
    orderBy: [{ committee: "asc" }, { fromDate: "asc" }],
  });
}

/** Approved indicator reports for the NSB, of indicators the caller may see. */
async function nsbApprovedReportsQuery(actor: Actor, nsbId: string) {
  return db().indicatorReport.findMany({
    where: { organizationId: nsbId, status: "APPROVED", indicator: indicatorScope(actor) },
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      value: true,
      indicator: { select: { id: true, code: true, title: true, unit: true, currency: true, programme: { select: { id: true, code: true } } } },
    },
    orderBy: [{ periodStart: "desc" }, { indicator: { code: "asc" } }],
  });
}

/** The NSB's focal points (name and email): staff only; others get an empty list. */
async function nsbFocalPointsQuery(actor: Actor, nsbId: string) {
  if (!isStaff(actor)) return [];
  return db().user.findMany({
    where: { organizationId: nsbId, role: "FOCAL_POINT" },
    select: { id: true, name: true, email: true, active: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}

/** Each figure on its own, checking the NSB's scope first. */
export async function nsbProgrammes(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbProgrammesQuery(actor, nsbId);
}
export async function nsbActivities(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbActivitiesQuery(actor, nsbId);
}
export async function nsbParticipantCounts(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbParticipantCountsQuery(actor, nsbId);
}
export async function nsbAdoptionCount(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbAdoptionCountQuery(actor, nsbId);
}
export async function nsbCommitteeRoles(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbCommitteeRolesQuery(actor, nsbId);
}
export async function nsbApprovedReports(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbApprovedReportsQuery(actor, nsbId);
}
export async function nsbFocalPoints(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  return nsbFocalPointsQuery(actor, nsbId);
}

/** Programmes in the caller's scope that a donor funds, with the amounts. */
export async function donorProgrammes(actor: Actor, donorId: string) {
  assertCan(actor, "framework.read");
  return db().programme.findMany({
    where: { AND: [programmeScope(actor), { fundings: { some: { donorId } } }] },
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      startDate: true,
      endDate: true,
      fundings: { where: { donorId }, select: { amount: true, currency: true } },
    },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
  });
}

/** Everything an NSB's profile page shows; NotFoundError when the NSB is out of scope. */
export async function getNsbProfile(actor: Actor, nsbId: string) {
  await assertNsbInScope(actor, nsbId);
  const [programmes, activities, participants, adoptions, committeeRoles, approvedReports, focalPoints] = await Promise.all([
    nsbProgrammesQuery(actor, nsbId),
    nsbActivitiesQuery(actor, nsbId),
    nsbParticipantCountsQuery(actor, nsbId),
    nsbAdoptionCountQuery(actor, nsbId),
    nsbCommitteeRolesQuery(actor, nsbId),
    nsbApprovedReportsQuery(actor, nsbId),
    nsbFocalPointsQuery(actor, nsbId),
  ]);
  return { programmes, activities, participants, adoptions, committeeRoles, approvedReports, focalPoints };
}

/**
 * An organisation's page: its details, plus the NSB profile (for an NSB) or the funded
 * programmes (for a donor). An NSB out of the caller's scope answers "not found".
 */
export async function getOrganizationProfile(actor: Actor, id: string) {
  const organization = await getOrganization(actor, id);
  const nsb = organization.kind === "NSB" ? await getNsbProfile(actor, id) : null;
  const funded = organization.kind === "DONOR" ? await donorProgrammes(actor, id) : null;
  return { organization, nsb, funded };
}
