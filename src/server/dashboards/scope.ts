import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { nsbScope, programmeScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { isBoundToNsb, choosesNsb, isStaff, NO_ID } from "@/server/auth/roles";

/*
 * Every dashboard starts by resolving what the caller may see, through the row scopes of
 * src/server/auth/scopes.ts, into a few ids the aggregate SQL can use:
 * - programmes: programmeScope (staff all, a focal point their NSB's, a donor the ones it
 *   funds), narrowed by the programme filter; archived programmes only when asked for by id;
 * - NSB: a focal point is always limited to their own NSB (as activityScope does: only
 *   activities that target it, and only its own participants); others may filter by an NSB
 *   in nsbScope. With an NSB, activities are those that target it and people are those
 *   affiliated with it.
 * An id out of scope answers NotFoundError, as everywhere else.
 */

const NOTHING = NO_ID;

export interface ProgrammeRef {
  id: string;
  code: string;
  title: string;
}

export interface DashboardScope {
  programmes: ProgrammeRef[];
  programmeIds: string[];
  nsbId: string | null;
  from: Date | null;
  to: Date | null;
  activityType: DashboardFilters["activityType"] | null;
  /**
   * The kept scope ("DashboardScopeCount") whose programmes are exactly these, when no NSB,
   * activity type or date narrows the view: "programme:<id>" for one programme, "all" for
   * staff (every programme not archived), "donor:<id>" for a donor (the ones it funds, not
   * archived); null otherwise (focal points are always narrowed to their NSB).
   */
  kept: string | null;
}

function keptScope(actor: Actor, filters: DashboardFilters, nsbId: string | null): string | null {
  if (nsbId !== null || filters.activityType || filters.from || filters.to) return null;
  if (filters.programmeId) return `programme:${filters.programmeId}`;
  if (isStaff(actor)) return "all";
  if (actor.role === "DONOR" && actor.organizationId) return `donor:${actor.organizationId}`;
  return null;
}

export async function resolveScope(actor: Actor, filters: DashboardFilters): Promise<DashboardScope> {
  assertCan(actor, "dashboards.read");
  let nsbId = filters.nsbId ?? null;
  if (isBoundToNsb(actor)) {
    if (nsbId !== null && nsbId !== actor.organizationId) throw new NotFoundError("NSB");
    nsbId = actor.organizationId ?? NOTHING;
  }
  const [programmes, nsb] = await Promise.all([
    db().programme.findMany({
      where: { AND: [programmeScope(actor), filters.programmeId ? { id: filters.programmeId } : { archived: false }] },
      select: { id: true, code: true, title: true },
      orderBy: { code: "asc" },
    }),
    nsbId !== null && choosesNsb(actor)
      ? db().organization.findFirst({ where: { AND: [{ id: nsbId }, nsbScope(actor)] }, select: { id: true } })
      : Promise.resolve({ id: nsbId }),
  ]);
  if (filters.programmeId && programmes.length === 0) throw new NotFoundError("Programme");
  if (!nsb) throw new NotFoundError("NSB");
  return {
    programmes,
    programmeIds: programmes.map((p) => p.id),
    nsbId,
    from: filters.from ?? null,
    to: filters.to ?? null,
    activityType: filters.activityType ?? null,
    kept: keptScope(actor, filters, nsbId),
  };
}

/** SQL conditions on an activity aliased `a`: programme in scope, NSB targeted, type, start date in range. */
export function activityWhere(scope: DashboardScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."programmeId" = ANY(${scope.programmeIds}::text[])`];
  if (scope.nsbId !== null) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActivityNsb" an WHERE an."activityId" = a.id AND an."organizationId" = ${scope.nsbId})`);
  }
  if (scope.activityType !== null) parts.push(Prisma.sql`a."type" = ${scope.activityType}::"ActivityType"`);
  if (scope.from !== null) parts.push(Prisma.sql`a."startDate" >= ${scope.from}::date`);
  if (scope.to !== null) parts.push(Prisma.sql`a."startDate" <= ${scope.to}::date`);
  return Prisma.join(parts, " AND ");
}

/**
 * SQL conditions on the aggregates aliased `d` ("DashboardPersonDay"): programme in scope,
 * type, start day in range. They answer every filter but the NSB's "activities that target
 * it" (an activity-level fact the aggregates do not keep): see readsAggregates.
 */
export function personDayWhere(scope: DashboardScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d."programmeId" = ANY(${scope.programmeIds}::text[])`];
  if (scope.activityType !== null) parts.push(Prisma.sql`d."activityType" = ${scope.activityType}::"ActivityType"`);
  if (scope.from !== null) parts.push(Prisma.sql`d."day" >= ${scope.from}::date`);
  if (scope.to !== null) parts.push(Prisma.sql`d."day" <= ${scope.to}::date`);
  return Prisma.join(parts, " AND ");
}

/** Whether a figure over reached people can come from the aggregates: yes, unless the activities are narrowed to those that target an NSB. */
export const readsAggregates = (scope: DashboardScope) => scope.nsbId === null;

/**
 * The selected activities as a derived table aliased `a` (id, programme, type, start): the
 * planner then reads their participations through the (activityId, participantId) index
 * when the selection is small, and scans when it is large.
 */
export function selectedActivities(scope: DashboardScope): Prisma.Sql {
  return Prisma.sql`(SELECT a.id, a."programmeId", a."type", a."startDate" FROM "Activity" a WHERE ${activityWhere(scope)}) a`;
}

/**
 * The reached people's rows as a derived table aliased `r` (participantId, programmeId, day,
 * activityType, participations, and the sums and counts behind the satisfaction and
 * knowledge-gain averages), from the aggregates when they can answer (readsAggregates),
 * else from the participations of the selected activities (one row each). Join the
 * participant as `pt` and add peopleWhere(scope).
 */
export function reachedRows(scope: DashboardScope): Prisma.Sql {
  if (readsAggregates(scope)) {
    return Prisma.sql`(
      SELECT d."participantId", d."programmeId", d."day", d."activityType", d."reached" AS participations,
             d."reachedSatisfactionSum" AS "satisfactionSum", d."reachedSatisfactionN" AS "satisfactionN", d."reachedGainSum" AS "gainSum", d."reachedGainN" AS "gainN"
      FROM "DashboardPersonDay" d WHERE d."reached" > 0 AND ${personDayWhere(scope)}) r`;
  }
  return Prisma.sql`(
    SELECT p."participantId", a."programmeId", a."startDate" AS "day", a."type" AS "activityType", 1 AS participations,
           p."satisfaction" AS "satisfactionSum", (p."satisfaction" IS NOT NULL)::int AS "satisfactionN",
           p."postTestScore" - p."preTestScore" AS "gainSum", (p."postTestScore" - p."preTestScore" IS NOT NULL)::int AS "gainN"
    FROM ${selectedActivities(scope)} JOIN "Participation" p ON p."activityId" = a.id
    WHERE p."attendance" IN ('ATTENDED'::"Attendance", 'PARTIAL'::"Attendance") AND p."role" <> 'TRAINER'::"ParticipationRole") r`;
}

/** SQL condition on the participant `pt` of reachedRows: with an NSB, affiliated with it. */
export function peopleWhere(scope: DashboardScope): Prisma.Sql {
  return scope.nsbId === null ? Prisma.sql`true` : Prisma.sql`pt."organizationId" = ${scope.nsbId}`;
}

/** The mean of sums over counts, as PostgreSQL's avg() gives it (numeric division, then float). */
export const meanOf = (sum: string, n: string) => Prisma.raw(`(sum(${sum})::numeric / nullif(sum(${n}), 0))::float8`);

/** PostgreSQL's integer and numeric aggregates arrive as bigint or Decimal: as a plain number. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(String(value));
}

/** Like num, but keeps "no value" (an average of nothing) as null. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}
