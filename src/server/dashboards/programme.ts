import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ActivityStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import {
  ACTIVITY_STATUSES,
  shareOf,
  type BreakdownRow,
  type MoneyByCurrency,
  type NsbBreakdownRow,
  type ProgrammeDashboard,
  type ProgrammeRow,
  type Reach,
  type TimelinePoint,
} from "@/lib/dashboards/types";
import { activityWhere, meanOf, num, numOrNull, peopleWhere, reachedRows, resolveScope, type DashboardScope } from "./scope";
import { cachedResult } from "./cache";

/*
 * The programme dashboard: for the programmes in scope (one, or all the caller may see)
 * and the filters, what was planned and done, whom it reached and what it cost. Each
 * figure is one aggregate in PostgreSQL (GROUPING SETS: one pass over the rows for the
 * totals and every breakdown), never rows brought back to count in JavaScript.
 *
 * - People are counted once however many activities they attended (COUNT DISTINCT),
 *   participations once per person per activity; both only for people who attended
 *   (fully or partly) as participants or observers.
 * - Share of women: women among the distinct people reached.
 * - Satisfaction: mean of the 1-5 answers given; knowledge gain: mean of post − pre test
 *   scores (percentage points) where both were taken.
 * - Money is added up per currency only: amounts in different currencies are never summed.
 */

interface ActivityGroupRow {
  g: number;
  status: ActivityStatus | null;
  currency: string | null;
  month: string | null;
  programmeId: string | null;
  n: number;
  budget: unknown;
  actual: unknown;
  costed: number;
}

async function activityAggregates(scope: DashboardScope) {
  return db().$queryRaw<ActivityGroupRow[]>`
    SELECT GROUPING(a."status", a."currency", to_char(a."startDate", 'YYYY-MM'), a."programmeId")::int AS g,
           a."status"::text AS status, a."currency" AS currency, to_char(a."startDate", 'YYYY-MM') AS month, a."programmeId" AS "programmeId",
           count(*)::int AS n,
           sum(a."budgetAmount") FILTER (WHERE a."status" <> 'CANCELLED'::"ActivityStatus") AS budget,
           coalesce(sum(a."actualCost"), 0) AS actual,
           count(a."actualCost")::int AS costed
    FROM "Activity" a
    WHERE ${activityWhere(scope)}
    GROUP BY GROUPING SETS ((a."status", a."currency"), (to_char(a."startDate", 'YYYY-MM'), a."status"), (a."programmeId"))`;
}

interface ReachGroupRow {
  g: number;
  nsbId: string | null;
  countryCode: string | null;
  programmeId: string | null;
  month: string | null;
  participations: number;
  people: number;
  women: number;
  nsbs: number;
  satisfaction: number | null;
  responses: number;
  gain: number | null;
  tested: number;
}

async function reachAggregates(scope: DashboardScope) {
  return db().$queryRaw<ReachGroupRow[]>`
    SELECT GROUPING(pt."organizationId", pt."countryCode", r."programmeId", to_char(r."day", 'YYYY-MM'))::int AS g,
           pt."organizationId" AS "nsbId", pt."countryCode"::text AS "countryCode", r."programmeId" AS "programmeId",
           to_char(r."day", 'YYYY-MM') AS month,
           sum(r.participations)::int AS participations,
           count(DISTINCT r."participantId")::int AS people,
           count(DISTINCT r."participantId") FILTER (WHERE pt."sex" = 'FEMALE'::"Sex")::int AS women,
           count(DISTINCT pt."organizationId")::int AS nsbs,
           ${meanOf('r."satisfactionSum"', 'r."satisfactionN"')} AS satisfaction,
           coalesce(sum(r."satisfactionN"), 0)::int AS responses,
           ${meanOf('r."gainSum"', 'r."gainN"')} AS gain,
           coalesce(sum(r."gainN"), 0)::int AS tested
    FROM ${reachedRows(scope)}
    JOIN "Participant" pt ON pt.id = r."participantId"
    WHERE ${peopleWhere(scope)}
    GROUP BY GROUPING SETS ((), (pt."organizationId"), (pt."countryCode"), (r."programmeId"), (to_char(r."day", 'YYYY-MM')))`;
}

async function nsbTargeting(scope: DashboardScope) {
  return db().$queryRaw<{ nsbId: string; n: number }[]>`
    SELECT an."organizationId" AS "nsbId", count(*)::int AS n
    FROM "ActivityNsb" an JOIN "Activity" a ON a.id = an."activityId"
    WHERE ${activityWhere(scope)} ${scope.nsbId === null ? Prisma.empty : Prisma.sql`AND an."organizationId" = ${scope.nsbId}`}
    GROUP BY an."organizationId"`;
}

async function programmeBudgets(scope: DashboardScope) {
  return db().programme.groupBy({
    by: ["budgetCurrency"],
    where: { id: { in: scope.programmeIds }, budgetAmount: { not: null } },
    _sum: { budgetAmount: true },
  });
}

const reachOf = (row: { people: number; participations: number; women: number } | undefined): Reach => {
  const people = num(row?.people);
  const women = num(row?.women);
  return { people, participations: num(row?.participations), women, womenShare: shareOf(women, people) };
};

// GROUPING() bits, highest first: a 0 bit is a column grouped by in that row's set.
const ACT = { statusCurrency: 0b0011, monthStatus: 0b0101, programme: 0b1110 } as const;
const REACH = { total: 0b1111, nsb: 0b0111, country: 0b1011, programme: 0b1101, month: 0b1110 } as const;

/** Activities by status and by programme, money per currency, and the timeline's activity counts. */
function activityFigures(activityRows: ActivityGroupRow[], budgets: Awaited<ReturnType<typeof programmeBudgets>>) {
  const activitiesByStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  const money = new Map<string, MoneyByCurrency>();
  const moneyOf = (currency: string) => {
    let row = money.get(currency);
    if (!row) money.set(currency, (row = { currency, programmeBudget: null, activityBudget: 0, actualCost: 0, costedActivities: 0 }));
    return row;
  };
  const months = new Map<string, TimelinePoint>();
  const monthOf = (month: string) => {
    let point = months.get(month);
    if (!point) months.set(month, (point = { month, planned: 0, ongoing: 0, completed: 0, cancelled: 0, participations: 0 }));
    return point;
  };
  const activitiesByProgramme = new Map<string, number>();
  for (const row of activityRows) {
    if (row.g === ACT.statusCurrency && row.status && row.currency) {
      activitiesByStatus[row.status] += num(row.n);
      const m = moneyOf(row.currency);
      m.activityBudget += num(row.budget);
      m.actualCost += num(row.actual);
      m.costedActivities += num(row.costed);
    } else if (row.g === ACT.monthStatus && row.month && row.status) {
      monthOf(row.month)[row.status.toLowerCase() as Lowercase<ActivityStatus>] += num(row.n);
    } else if (row.g === ACT.programme && row.programmeId) {
      activitiesByProgramme.set(row.programmeId, num(row.n));
    }
  }
  for (const b of budgets) moneyOf(b.budgetCurrency).programmeBudget = num(b._sum.budgetAmount);

  return { activitiesByStatus, money, months, monthOf, activitiesByProgramme };
}

/** The programme dashboard for the filters; a programme or NSB out of scope answers NotFoundError. Kept while the data is unchanged (./cache.ts). */
export function programmeDashboard(actor: Actor, filters: DashboardFilters = {}): Promise<ProgrammeDashboard> {
  return cachedResult("programme", actor, filters, () => computeProgrammeDashboard(actor, filters));
}

/** The programme dashboard computed afresh from the tables. */
export async function computeProgrammeDashboard(actor: Actor, filters: DashboardFilters = {}): Promise<ProgrammeDashboard> {
  const scope = await resolveScope(actor, filters);
  const [activityRows, reachRows, targeting, budgets] = await Promise.all([
    activityAggregates(scope),
    reachAggregates(scope),
    nsbTargeting(scope),
    programmeBudgets(scope),
  ]);

  const { activitiesByStatus, money, months, monthOf, activitiesByProgramme } = activityFigures(activityRows, budgets);

  const total = reachRows.find((r) => r.g === REACH.total);
  const nsbRows = reachRows.filter((r) => r.g === REACH.nsb && r.nsbId);
  const countryRows = reachRows.filter((r) => r.g === REACH.country);
  const programmeReach = new Map(reachRows.filter((r) => r.g === REACH.programme && r.programmeId).map((r) => [r.programmeId!, r]));
  for (const r of reachRows) if (r.g === REACH.month && r.month) monthOf(r.month).participations = num(r.participations);

  const targeted = new Map(targeting.map((r) => [r.nsbId, num(r.n)]));
  const nsbIds = [...new Set([...nsbRows.map((r) => r.nsbId!), ...targeted.keys()])];
  const countryCodes = countryRows.map((r) => r.countryCode).filter((c): c is string => c !== null);
  const [nsbs, countries] = await Promise.all([
    db().organization.findMany({ where: { id: { in: nsbIds } }, select: { id: true, acronym: true, name: true, country: { select: { name: true } } } }),
    db().country.findMany({ where: { code: { in: countryCodes } }, select: { code: true, name: true } }),
  ]);
  const nsbById = new Map(nsbs.map((o) => [o.id, o]));
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const nsbReach = new Map(nsbRows.map((r) => [r.nsbId!, r]));

  const byNsb: NsbBreakdownRow[] = nsbIds
    .map((id) => {
      const org = nsbById.get(id);
      return { key: id, label: org?.acronym ?? "?", detail: org?.country?.name ?? "", ...reachOf(nsbReach.get(id)), activitiesTargeted: targeted.get(id) ?? 0 };
    })
    .sort((a, b) => b.people - a.people || a.label.localeCompare(b.label));
  const byCountry: BreakdownRow[] = countryRows
    .map((r) => ({ key: r.countryCode ?? "", label: r.countryCode ? (countryName.get(r.countryCode) ?? r.countryCode) : "", ...reachOf(r) }))
    .sort((a, b) => b.people - a.people || a.label.localeCompare(b.label));
  const byProgramme: ProgrammeRow[] = scope.programmes.map((p) => ({ ...p, activities: activitiesByProgramme.get(p.id) ?? 0, ...reachOf(programmeReach.get(p.id)) }));

  return {
    programmes: scope.programmes,
    activitiesByStatus,
    activities: Object.values(activitiesByStatus).reduce((a, b) => a + b, 0),
    reach: reachOf(total),
    nsbsReached: num(total?.nsbs),
    satisfaction: { average: numOrNull(total?.satisfaction), responses: num(total?.responses) },
    knowledgeGain: { average: numOrNull(total?.gain), tested: num(total?.tested) },
    money: [...money.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    byNsb,
    byCountry,
    byProgramme,
    timeline: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
}
