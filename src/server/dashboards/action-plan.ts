import "server-only";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { indicatorScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import { computeIndicatorValue } from "@/server/indicators/computed";
import { flattenTree } from "@/lib/result-tree";
import { reportingPeriods } from "@/domain/reports/rules";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import type { ActionPlanDashboard, PlanArea, PlanIndicatorRow, PlanRollup, RollupMethod, YearValue } from "@/lib/dashboards/types";
import { num, reachedWhere, resolveScope, type DashboardScope } from "./scope";
import { combine, isSummable, nsbWholeTarget, periodValue, progressOf } from "./indicators";
import { cachedResult } from "./cache";
import { isBatched, participantFigures, type FigurePeriod } from "./computed-batch";

/*
 * The Action Plan dashboard: per outcome and output of a plan, every indicator attached to
 * it (plan-wide ones and those of programmes in the caller's scope) with its target,
 * actual to date, progress, and a trend by calendar year of the plan; and per result area a
 * roll-up across programmes of the programme indicators of the same kind (source, unit,
 * currency; plan-wide indicators already cover every programme and are not added in):
 * - counts and amounts (COUNT, CURRENCY): the sum of the indicators' values and targets;
 * - percentages and yes/no values (PERCENT, YES_NO): their average;
 * - people trained (PARTICIPANTS_TRAINED): distinct people over all the programmes
 *   together, so a person trained by two programmes counts once (never the sum).
 * Values: manual indicators from APPROVED reports only (a report counts in the year its
 * period ends); computed ones by src/server/indicators/computed.ts's rules for each year:
 * participant-based ones of programmes in one query (./computed-batch.ts), the others
 * (adoptions, leadership positions, plan-wide indicators) through computeIndicatorValue.
 * Targets: without an NSB the indicators' own; with one (a focal point always) that NSB's
 * per-NSB targets, by year and overall (its longest period, as indicatorProgress gives it),
 * none where it has no target of its own. Progress is actual against that target; a
 * roll-up has a target only when every indicator it combines has one.
 */

const yearStart = (y: number) => new Date(Date.UTC(y, 0, 1));
const yearEnd = (y: number) => new Date(Date.UTC(y, 11, 31));
const later = (a: Date, b: Date) => (a > b ? a : b);
const earlier = (a: Date, b: Date) => (a < b ? a : b);

interface Span {
  start: Date;
  end: Date;
}

const clip = (span: Span, bound: Span): Span | null => {
  const start = later(span.start, bound.start);
  const end = earlier(span.end, bound.end);
  return end < start ? null : { start, end };
};

/** Distinct people trained in the programmes, per year and over the whole span (one query). */
async function uniquePeople(scope: DashboardScope, programmeIds: string[], span: Span) {
  const rows = await db().$queryRaw<{ g: number; year: number | null; people: number }[]>`
    SELECT GROUPING(date_part('year', a."startDate"))::int AS g, date_part('year', a."startDate")::int AS year,
           count(DISTINCT p."participantId")::int AS people
    FROM "Participation" p
    JOIN "Activity" a ON a.id = p."activityId"
    JOIN "Participant" pt ON pt.id = p."participantId"
    WHERE a."programmeId" = ANY(${programmeIds}::text[]) AND a."startDate" >= ${span.start}::date AND a."startDate" <= ${span.end}::date
      AND ${reachedWhere(scope)}
    GROUP BY GROUPING SETS ((), (date_part('year', a."startDate")))`;
  const total = num(rows.find((r) => r.g === 1)?.people);
  const byYear = new Map(rows.filter((r) => r.g === 0 && r.year !== null).map((r) => [r.year!, num(r.people)]));
  return { total, byYear };
}

/**
 * The roll-ups of a plan: per result area, the programme indicators of the same kind
 * (source, unit, currency), two or more of them, keyed "areaId|kind". Plan-wide indicators
 * already cover every programme: they are shown, not rolled up again.
 */
function rollupGroups<T extends { resultAreaId: string | null; programmeId: string | null; source: string; unit: string; currency: string | null }>(indicators: T[]) {
  const groups = new Map<string, T[]>();
  for (const i of indicators) {
    if (i.programmeId === null) continue;
    const key = `${i.resultAreaId}|${i.source}:${i.unit}:${i.currency ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  for (const [key, group] of groups) if (group.length < 2) groups.delete(key);
  return groups;
}

function combineYear(unit: IndicatorUnit, values: (number | null)[]): number | null {
  return combine(unit, values.filter((v): v is number => v !== null));
}

/** The Action Plan dashboard; a plan, programme or NSB out of scope answers NotFoundError. Kept while the data is unchanged (./cache.ts). */
export function actionPlanDashboard(actor: Actor, planId: string, filters: DashboardFilters = {}): Promise<ActionPlanDashboard> {
  return cachedResult("actionPlan", actor, { planId, ...filters }, () => computeActionPlanDashboard(actor, planId, filters));
}

/** The Action Plan dashboard computed afresh. */
export async function computeActionPlanDashboard(actor: Actor, planId: string, filters: DashboardFilters = {}): Promise<ActionPlanDashboard> {
  assertCan(actor, "framework.read");
  const [plan, scope] = await Promise.all([
    db().actionPlan.findFirst({ where: { id: planId }, select: { id: true, title: true, startYear: true, endYear: true } }),
    resolveScope(actor, filters),
  ]);
  if (!plan) throw new NotFoundError("Action Plan");
  const planSpan = clip({ start: yearStart(plan.startYear), end: yearEnd(plan.endYear) }, { start: scope.from ?? yearStart(1900), end: scope.to ?? yearEnd(2999) });
  const years: number[] = [];
  if (planSpan) for (let y = planSpan.start.getUTCFullYear(); y <= planSpan.end.getUTCFullYear(); y++) years.push(y);

  const [areas, indicators] = await Promise.all([
    db().resultArea.findMany({
      where: { actionPlanId: plan.id, archived: false },
      select: { id: true, parentId: true, sortOrder: true, code: true, title: true, level: true },
    }),
    db().indicator.findMany({
      where: {
        AND: [
          indicatorScope(actor),
          { archived: false, resultArea: { actionPlanId: plan.id } },
          // Without a programme filter, plan-wide indicators too; with one, that programme's only.
          filters.programmeId ? { programmeId: { in: scope.programmeIds } } : { OR: [{ programmeId: null }, { programmeId: { in: scope.programmeIds } }] },
        ],
      },
      select: {
        id: true,
        code: true,
        title: true,
        unit: true,
        currency: true,
        source: true,
        direction: true,
        baselineValue: true,
        targetValue: true,
        resultAreaId: true,
        programmeId: true,
        programme: { select: { code: true, startDate: true, endDate: true } },
        targets: { select: { periodStart: true, periodEnd: true, organizationId: true, targetValue: true } },
      },
      orderBy: [{ code: "asc" }, { id: "asc" }],
    }),
  ]);
  const reportsQuery = db().indicatorReport.findMany({
    where: { status: "APPROVED", value: { not: null }, indicatorId: { in: indicators.filter((i) => i.source === "MANUAL").map((i) => i.id) } },
    select: { indicatorId: true, periodStart: true, periodEnd: true, organizationId: true, value: true },
  });

  const spanOf = (i: (typeof indicators)[number]): Span | null =>
    planSpan && (i.programme ? clip({ start: i.programme.startDate, end: i.programme.endDate }, planSpan) : planSpan);

  // Participant-based computed values of programme indicators: all at once (./computed-batch.ts).
  const periods: FigurePeriod[] = [];
  for (const i of indicators) {
    const span = spanOf(i);
    if (i.programmeId === null || !isBatched(i.source) || !span) continue;
    const spans = [span, ...years.map((y) => clip({ start: yearStart(y), end: yearEnd(y) }, span)).filter((s): s is Span => s !== null)];
    periods.push(...spans.map((s) => ({ programmeId: i.programmeId!, ...s })));
  }
  // Distinct people of each people-trained roll-up (below), computed alongside.
  const peopleRollups = new Map<string, ReturnType<typeof uniquePeople>>();
  for (const [key, group] of rollupGroups(indicators.filter((i) => i.source === "PARTICIPANTS_TRAINED"))) {
    const spans = group.map(spanOf).filter((s): s is Span => s !== null);
    if (spans.length === 0) continue;
    const span = { start: spans.map((s) => s.start).reduce(earlier), end: spans.map((s) => s.end).reduce(later) };
    peopleRollups.set(key, uniquePeople(scope, [...new Set(group.map((i) => i.programmeId!))], span));
  }
  const [reports, figures] = await Promise.all([reportsQuery, participantFigures(periods, scope.nsbId)]);

  const rows: (PlanIndicatorRow & { resultAreaId: string | null; programmeId: string | null })[] = await Promise.all(
    indicators.map(async (i) => {
      const targets = i.targets.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd, organizationId: t.organizationId, value: num(t.targetValue) }));
      const span = spanOf(i);
      const activeYears = span ? years.filter((y) => y >= span.start.getUTCFullYear() && y <= span.end.getUTCFullYear()) : [];
      // A year's target: its target periods ending that year, a period that contains shorter
      // ones left out (a whole-programme target is the cumulative goal, not one more year's).
      const targetPeriods = reportingPeriods(targets, null);
      const yearTarget = (y: number) =>
        combineYear(i.unit, targetPeriods.filter((p) => p.periodEnd.getUTCFullYear() === y).map((p) => periodValue(i.unit, targets, p, scope.nsbId)));
      let byYear: YearValue[];
      let actual: number | null;
      if (i.source === "MANUAL") {
        const values = reports.filter((r) => r.indicatorId === i.id).map((r) => ({ ...r, value: num(r.value) }));
        const periodsOfYear = (y: number) => {
          const inYear = values.filter((v) => v.periodEnd.getUTCFullYear() === y);
          return inYear.filter((p, k) => inYear.findIndex((q) => q.periodStart.getTime() === p.periodStart.getTime() && q.periodEnd.getTime() === p.periodEnd.getTime()) === k);
        };
        byYear = activeYears.map((year) => ({ year, target: yearTarget(year), actual: combineYear(i.unit, periodsOfYear(year).map((p) => periodValue(i.unit, values, p, scope.nsbId))) }));
        const actuals = byYear.map((y) => y.actual).filter((v): v is number => v !== null);
        actual = actuals.length === 0 ? null : isSummable(i.unit) ? actuals.reduce((a, b) => a + b, 0) : actuals.at(-1)!;
      } else {
        const batched = i.programmeId !== null && isBatched(i.source);
        const value = (s: Span): Promise<number | null> =>
          batched
            ? Promise.resolve(figures({ programmeId: i.programmeId!, ...s }, i.source))
            : computeIndicatorValue(actor, i.id, { periodStart: s.start, periodEnd: s.end, nsbId: scope.nsbId }).then((v) => v.value);
        byYear = await Promise.all(
          activeYears.map(async (year) => {
            const s = clip({ start: yearStart(year), end: yearEnd(year) }, span!);
            return { year, target: yearTarget(year), actual: s ? await value(s) : null };
          }),
        );
        actual = span ? await value(span) : null;
      }
      const baseline = i.baselineValue === null ? null : num(i.baselineValue);
      // With an NSB, its own target, as the programme dashboard gives it (indicatorProgress):
      // the indicator's overall target is the whole programme's, not this NSB's share.
      const target = scope.nsbId === null ? (i.targetValue === null ? null : num(i.targetValue)) : nsbWholeTarget(i.unit, targets, scope.nsbId);
      return {
        id: i.id,
        code: i.code,
        title: i.title,
        programmeCode: i.programme?.code ?? null,
        unit: i.unit,
        currency: i.currency,
        source: i.source,
        target,
        actual,
        progress: progressOf(i.direction, baseline, target, actual),
        chartGap: chartGap(targets, scope.nsbId, target, actual, years),
        byYear,
        resultAreaId: i.resultAreaId,
        programmeId: i.programmeId,
      };
    }),
  );

  const out: PlanArea[] = [];
  const groups = rollupGroups(rows);
  for (const area of flattenTree(areas)) {
    const mine = rows.filter((r) => r.resultAreaId === area.id);
    const rollups: PlanRollup[] = [];
    for (const [groupKey, group] of groups) {
      if (group[0]!.resultAreaId !== area.id) continue;
      const key = groupKey.slice(groupKey.indexOf("|") + 1);
      const first = group[0]!;
      const method: RollupMethod = first.source === "PARTICIPANTS_TRAINED" ? "uniquePeople" : isSummable(first.unit) ? "sum" : "average";
      const agg = (values: (number | null)[]) => combineYear(first.unit, values);
      // A target only when every rolled-up indicator has one: a sum of some of them, set
      // against all their actuals, would overstate progress (NSB targets are often partial).
      const target = group.every((r) => r.target !== null) ? agg(group.map((r) => r.target)) : null;
      let actual = agg(group.map((r) => r.actual));
      let byYear: YearValue[] = years.map((year) => {
        const ofYear = group.map((r) => r.byYear.find((y) => y.year === year)).filter((y): y is YearValue => y !== undefined);
        return { year, target: agg(ofYear.map((y) => y.target)), actual: ofYear.length ? agg(ofYear.map((y) => y.actual)) : null };
      });
      if (method === "uniquePeople") {
        const people = await peopleRollups.get(groupKey);
        if (people) {
          actual = people.total;
          byYear = byYear.map((y) => ({ ...y, actual: y.actual === null && !people.byYear.has(y.year) ? null : (people.byYear.get(y.year) ?? 0) }));
        }
      }
      rollups.push({
        key,
        source: first.source,
        unit: first.unit,
        currency: first.currency,
        method,
        indicators: group.length,
        programmes: new Set(group.map((r) => r.programmeId)).size,
        target,
        actual,
        progress: progressOf("INCREASE", null, target, actual),
        byYear,
      });
    }
    out.push({
      id: area.id,
      code: area.code,
      title: area.title,
      level: area.level,
      depth: area.depth,
      indicators: mine.map((r): PlanIndicatorRow => ({
        id: r.id, code: r.code, title: r.title, programmeCode: r.programmeCode, unit: r.unit, currency: r.currency,
        source: r.source, target: r.target, actual: r.actual, progress: r.progress, byYear: r.byYear,
      })),
      rollups,
    });
  }
  return { plan, years, areas: out };
}

/**
 * Why an indicator has no progress to chart, for the chart to say in words: no target (for
 * the NSB), target periods that all lie outside the plan's years, period targets but no
 * overall target, or no actual value yet. Null when progress can be drawn.
 */
function chartGap(
  targets: readonly { periodStart: Date; periodEnd: Date; organizationId: string | null }[],
  nsbId: string | null,
  target: number | null,
  actual: number | null,
  years: readonly number[],
): PlanIndicatorRow["chartGap"] {
  if (target !== null && actual !== null) return null;
  const own = targets.filter((t) => t.organizationId === nsbId);
  const inPlan = (t: { periodStart: Date; periodEnd: Date }) => years.some((y) => t.periodStart.getUTCFullYear() <= y && y <= t.periodEnd.getUTCFullYear());
  if (target === null) {
    if (own.length === 0) return "noTarget";
    if (!own.some(inPlan)) return "targetsOutsidePlan";
    return "noOverallTarget";
  }
  return "noActual";
}
