import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ProgrammeStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { activityScope, programmeScope } from "@/server/auth/scopes";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { paginate, type Page, parseSort } from "@/lib/list-params";
import { ACTIVITY_SUMMARY } from "@/server/activities/select";
import { INDICATOR_SUMMARY } from "@/server/indicators/select";

export const PROGRAMME_SORTS = ["startDate", "-startDate", "title", "-title", "code", "status"] as const;
export type ProgrammeSort = (typeof PROGRAMME_SORTS)[number];

export interface ProgrammeFilters {
  q?: string;
  status?: ProgrammeStatus;
  region?: string;
  donorId?: string;
  nsbId?: string;
  resultAreaId?: string;
  includeArchived?: boolean;
  sort?: ProgrammeSort;
  page?: number;
}

function orderBy(sort: ProgrammeSort = "-startDate"): Prisma.ProgrammeOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  return [{ [field]: direction }, { id: "asc" }];
}

export async function listProgrammes(actor: Actor, filters: ProgrammeFilters = {}) {
  assertCan(actor, "programmes.read");
  const where: Prisma.ProgrammeWhereInput = {
    AND: [
      programmeScope(actor),
      filters.includeArchived ? {} : { archived: false },
      filters.q
        ? {
            OR: [
              { title: { contains: filters.q, mode: "insensitive" } },
              { code: { contains: filters.q, mode: "insensitive" } },
              { summary: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {},
      filters.status ? { status: filters.status } : {},
      filters.region ? { region: filters.region } : {},
      filters.donorId ? { fundings: { some: { donorId: filters.donorId } } } : {},
      filters.nsbId ? { beneficiaries: { some: { organizationId: filters.nsbId } } } : {},
      filters.resultAreaId
        ? { resultAreas: { some: { OR: [{ resultAreaId: filters.resultAreaId }, { resultArea: { parentId: filters.resultAreaId } }] } } }
        : {},
    ],
  };
  return paginate(
    filters.page,
    () => db().programme.count({ where }),
    (skip, take) =>
      db().programme.findMany({
        where,
        orderBy: orderBy(filters.sort),
        skip,
        take,
        select: {
          id: true,
          code: true,
          title: true,
          titleFr: true,
          titleEs: true,
          region: true,
          status: true,
          startDate: true,
          endDate: true,
          archived: true,
          fundings: { select: { donor: { select: { id: true, acronym: true } } } },
          _count: { select: { beneficiaries: true, activities: true } },
        },
      }),
  );
}

export type ProgrammeListRow = Awaited<ReturnType<typeof listProgrammes>> extends Page<infer R> ? R : never;

/** Values for the programme list's filter menus, limited to what the caller may see. */
export async function programmeFilterOptions(actor: Actor) {
  assertCan(actor, "programmes.read");
  const scope = programmeScope(actor);
  const [regions, donors, nsbs, resultAreas] = await Promise.all([
    db().programme.findMany({ where: scope, distinct: ["region"], select: { region: true }, orderBy: { region: "asc" } }),
    db().organization.findMany({
      where: { kind: "DONOR", fundings: { some: { programme: scope } } },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    }),
    db().organization.findMany({
      where: { kind: "NSB", beneficiaryOf: { some: { programme: scope } } },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    }),
    db().resultArea.findMany({
      where: { level: { in: ["OUTCOME", "OUTPUT"] }, archived: false, actionPlan: { archived: false } },
      select: { id: true, code: true, title: true, level: true, actionPlan: { select: { title: true, startYear: true, endYear: true } } },
      orderBy: [{ actionPlan: { startYear: "desc" } }, { sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);
  return { regions: regions.map((r) => r.region).filter(Boolean), donors, nsbs, resultAreas };
}

/** One programme with everything its page shows; "not found" when out of the caller's scope. */
export async function getProgramme(actor: Actor, id: string) {
  assertCan(actor, "programmes.read");
  const programme = await db().programme.findFirst({
    where: { AND: [{ id }, programmeScope(actor)] },
    include: {
      fundings: { include: { donor: { select: { id: true, name: true, acronym: true } } }, orderBy: { amount: "desc" } },
      beneficiaries: {
        include: { organization: { select: { id: true, name: true, acronym: true, country: { select: { code: true, name: true } } } } },
        orderBy: { organization: { acronym: "asc" } },
      },
      resultAreas: {
        include: { resultArea: { select: { id: true, code: true, title: true, level: true, actionPlan: { select: { title: true } } } } },
        orderBy: { resultArea: { code: "asc" } },
      },
      activities: {
        where: activityScope(actor),
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        select: {
          ...ACTIVITY_SUMMARY,
          _count: { select: { participations: true } },
        },
      },
      indicators: {
        where: { archived: false },
        orderBy: { code: "asc" },
        select: {
          ...INDICATOR_SUMMARY,
          baselineValue: true,
          targetValue: true,
          // Whole-indicator period targets: the page shows the one that applies now.
          targets: { where: { organizationId: null }, select: { periodStart: true, periodEnd: true, targetValue: true } },
        },
      },
    },
  });
  if (!programme) throw new NotFoundError("Programme");
  const attendedOf = await attendedByActivity(programme.activities.map((a) => a.id));
  return { ...programme, activities: programme.activities.map((a) => ({ ...a, attended: attendedOf.get(a.id) ?? 0 })) };
}

/**
 * People who attended each activity, fully or partly (as the activity's Attendance button and
 * the dashboards' "reached" count them), beside the registrations `_count` gives: one grouped
 * query for the whole list.
 */
async function attendedByActivity(activityIds: string[]): Promise<Map<string, number>> {
  if (activityIds.length === 0) return new Map();
  const rows = await db().participation.groupBy({
    by: ["activityId"],
    where: { activityId: { in: activityIds }, attendance: { in: ["ATTENDED", "PARTIAL"] } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.activityId, r._count._all]));
}
