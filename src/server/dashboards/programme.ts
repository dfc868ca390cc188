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
import { keptReach } from "./kept-scope";

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

type ReachSet = "total" | "nsb" | "country" | "programme" | "month";

export interface ReachGroupRow {
  set: ReachSet;
  /** The NSB, country, programme or month of the row's set (null for the total). */
  key: string | null;
  participations: number;
  people: number;
  women: number;
  satisfaction: number | null;
  responses: number;
  gain: number | null;
  tested: number;
}

/**
 * Reach: over a kept scope, from its counts (./kept-scope.ts); else in one query over the
 * reached rows, read once: people (a person has one NSB and
 * country) are summed per person first, then counted per set; programmes count distinct
 * (programme, person) pairs. Pairs are grouped by hashing: count(DISTINCT) under GROUPING
 * SETS sorted the rows once per set, which over every programme took twice as long.
 */
async function reachAggregates(scope: DashboardScope) {
  if (scope.kept !== null) return keptReach(scope.kept, scope.programmeIds);
  return db().$queryRaw<ReachGroupRow[]>`
    WITH r AS MATERIALIZED (
      SELECT r.*, pt."organizationId" AS "nsbId", pt."countryCode"::text AS "countryCode", pt."sex" = 'FEMALE'::"Sex" AS female
      FROM ${reachedRows(scope)}
      JOIN "Participant" pt ON pt.id = r."participantId"
      WHERE ${peopleWhere(scope)}
    ),
    person AS (
      SELECT "nsbId", "countryCode", female, sum(participations) AS participations,
             sum("satisfactionSum") AS "satisfactionSum", sum("satisfactionN") AS "satisfactionN", sum("gainSum") AS "gainSum", sum("gainN") AS "gainN"
      FROM r GROUP BY "participantId", "nsbId", "countryCode", female
    )
    SELECT CASE GROUPING("nsbId", "countryCode") WHEN 3 THEN 'total' WHEN 1 THEN 'nsb' ELSE 'country' END AS "set",
           coalesce("nsbId", "countryCode") AS key,
           sum(participations)::int AS participations, count(*)::int AS people, (count(*) FILTER (WHERE female))::int AS women,
           ${meanOf('"satisfactionSum"', '"satisfactionN"')} AS satisfaction, coalesce(sum("satisfactionN"), 0)::int AS responses,
           ${meanOf('"gainSum"', '"gainN"')} AS gain, coalesce(sum("gainN"), 0)::int AS tested
    FROM person GROUP BY GROUPING SETS ((), ("nsbId"), ("countryCode"))
    UNION ALL
    SELECT 'programme', "programmeId", sum(participations)::int, count(*)::int, (count(*) FILTER (WHERE female))::int, NULL, 0, NULL, 0
    FROM (SELECT "programmeId", female, sum(participations) AS participations FROM r GROUP BY "programmeId", "participantId", female) pp
    GROUP BY "programmeId"
    UNION ALL
    SELECT 'month', to_char("day", 'YYYY-MM'), sum(participations)::int, 0, 0, NULL, 0, NULL, 0 FROM r GROUP BY to_char("day", 'YYYY-MM')`;
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

  const total = reachRows.find((r) => r.set === "total");
  const nsbRows = reachRows.filter((r) => r.set === "nsb" && r.key);
  const countryRows = reachRows.filter((r) => r.set === "country");
  const programmeReach = new Map(reachRows.filter((r) => r.set === "programme" && r.key).map((r) => [r.key!, r]));
  for (const r of reachRows) if (r.set === "month" && r.key) monthOf(r.key).participations = num(r.participations);

  const targeted = new Map(targeting.map((r) => [r.nsbId, num(r.n)]));
  const nsbIds = [...new Set([...nsbRows.map((r) => r.key!), ...targeted.keys()])];
  const countryCodes = countryRows.map((r) => r.key).filter((c): c is string => c !== null);
  const [nsbs, countries] = await Promise.all([
    db().organization.findMany({ where: { id: { in: nsbIds } }, select: { id: true, acronym: true, name: true, country: { select: { code: true, name: true } } } }),
    db().country.findMany({ where: { code: { in: countryCodes } }, select: { code: true, name: true } }),
  ]);
  const nsbById = new Map(nsbs.map((o) => [o.id, o]));
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const nsbReach = new Map(nsbRows.map((r) => [r.key!, r]));

  const byNsb: NsbBreakdownRow[] = nsbIds
    .map((id) => {
      const org = nsbById.get(id);
      return { key: id, label: org?.acronym ?? "?", detail: org?.country?.name ?? "", detailCountry: org?.country?.code, ...reachOf(nsbReach.get(id)), activitiesTargeted: targeted.get(id) ?? 0 };
    })
    .sort((a, b) => b.people - a.people || a.label.localeCompare(b.label));
  const byCountry: BreakdownRow[] = countryRows
    .map((r) => ({ key: r.key ?? "", label: r.key ? (countryName.get(r.key) ?? r.key) : "", ...reachOf(r) }))
    .sort((a, b) => b.people - a.people || a.label.localeCompare(b.label));
  const byProgramme: ProgrammeRow[] = scope.programmes.map((p) => ({ ...p, activities: activitiesByProgramme.get(p.id) ?? 0, ...reachOf(programmeReach.get(p.id)) }));

  return {
    programmes: scope.programmes,
    activitiesByStatus,
    activities: Object.values(activitiesByStatus).reduce((a, b) => a + b, 0),
    reach: reachOf(total),
    nsbsReached: nsbRows.length, // people have one NSB each: the NSBs with anyone reached
    satisfaction: { average: numOrNull(total?.satisfaction), responses: num(total?.responses) },
    knowledgeGain: { average: numOrNull(total?.gain), tested: num(total?.tested) },
    money: [...money.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    byNsb,
    byCountry,
    byProgramme,
    timeline: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
}
