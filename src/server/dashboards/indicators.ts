import "server-only";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { indicatorScope } from "@/server/auth/scopes";
import { periodsOverlap, reportingPeriods, samePeriod, type Period } from "@/domain/reports/rules";
import type { IndicatorProgress, IndicatorProgressPeriod } from "@/lib/dashboards/types";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { computedSeries, computeIndicatorValue } from "@/server/indicators/computed";
import { num, resolveScope, type DashboardScope } from "./scope";
import { cachedResult } from "./cache";
import { isBatched, participantFigures, type FigurePeriod } from "./computed-batch";

/*
 * Indicator progress for the programme dashboard: each live indicator of the programmes
 * in scope, per period, its target and its actual.
 * - Manual indicators: per reporting period (src/domain/reports/rules.ts), from APPROVED
 *   reports only. Combining values (several NSBs in a period, several periods to date)
 *   follows the unit: counts and amounts add up, percentages and yes/no values are
 *   averaged (a period) or the latest one stands (to date).
 * - Computed indicators: by the rules of src/server/indicators/computed.ts, per target
 *   period; "to date" is the value over the programme's whole span (within the date
 *   filter), so a person trained in two periods counts once and a leadership role held
 *   across periods once. Participant-based ones come from one aggregate query
 *   (./computed-batch.ts), the others from computedSeries / computeIndicatorValue.
 * Kept apart from programmeDashboard: the page streams it in after the figures.
 */

export const isSummable = (unit: IndicatorUnit) => unit === "COUNT" || unit === "CURRENCY";

/** Several values of one unit as one: sum (counts, amounts) or mean (percentages, yes/no). */
export function combine(unit: IndicatorUnit, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return isSummable(unit) ? sum : sum / values.length;
}

/** Progress towards the target in percent: actual ÷ target, or for a decrease the share of the way from baseline. */
export function progressOf(direction: "INCREASE" | "DECREASE", baseline: number | null, target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null;
  if (direction === "DECREASE") {
    if (baseline === null || baseline === target) return null;
    return (100 * (baseline - actual)) / (baseline - target);
  }
  return target === 0 ? null : (100 * actual) / target;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

interface ValueRow extends Period {
  organizationId: string | null;
  value: number;
}

/** The value of one period: the whole-programme row if any, else the NSBs' rows combined; with an NSB, that NSB's. */
export function periodValue(unit: IndicatorUnit, rows: readonly ValueRow[], period: Period, nsbId: string | null): number | null {
  const inPeriod = rows.filter((r) => samePeriod(r, period));
  if (nsbId !== null) return combine(unit, inPeriod.filter((r) => r.organizationId === nsbId).map((r) => r.value));
  const whole = inPeriod.filter((r) => r.organizationId === null);
  return combine(unit, (whole.length ? whole : inPeriod).map((r) => r.value));
}

/** Indicator progress for the dashboard filters; a programme or NSB out of scope answers NotFoundError. Kept while the data is unchanged (./cache.ts). */
export function indicatorProgress(actor: Actor, filters: DashboardFilters = {}): Promise<IndicatorProgress[]> {
  return cachedResult("indicators", actor, filters, () => computeIndicatorProgress(actor, filters));
}

/** Indicator progress computed afresh. */
export async function computeIndicatorProgress(actor: Actor, filters: DashboardFilters = {}): Promise<IndicatorProgress[]> {
  return indicatorProgressFor(actor, await resolveScope(actor, filters));
}

/** Calendar years within [start, end], clipped to it (as computedSeries does without targets). */
function calendarYears(start: Date, end: Date): Period[] {
  const out: Period[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear() && out.length < 50; year++) {
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year, 11, 31));
    out.push({ periodStart: from < start ? start : from, periodEnd: to > end ? end : to });
  }
  return out;
}

const maxDate = (a: Date, b: Date | null) => (b && b > a ? b : a);
const minDate = (a: Date, b: Date | null) => (b && b < a ? b : a);

export async function indicatorProgressFor(actor: Actor, scope: DashboardScope): Promise<IndicatorProgress[]> {
  const indicators = await db().indicator.findMany({
    where: { AND: [indicatorScope(actor), { programmeId: { in: scope.programmeIds }, archived: false }] },
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
      programme: { select: { id: true, code: true, startDate: true, endDate: true } },
      targets: { select: { periodStart: true, periodEnd: true, organizationId: true, targetValue: true } },
    },
    orderBy: [{ programme: { code: "asc" } }, { code: "asc" }, { id: "asc" }],
  });
  if (indicators.length === 0) return [];
  const reportsQuery = db().indicatorReport.findMany({
    where: { status: "APPROVED", indicatorId: { in: indicators.filter((i) => i.source === "MANUAL").map((i) => i.id) }, value: { not: null } },
    select: { indicatorId: true, periodStart: true, periodEnd: true, organizationId: true, value: true },
  });
  const range: Period | null = scope.from || scope.to ? { periodStart: scope.from ?? new Date("1900-01-01"), periodEnd: scope.to ?? new Date("2999-12-31") } : null;

  // Participant-based computed indicators: computedSeries's periods (distinct target periods,
  // else calendar years of the programme) and its targets (that exact period: the NSB's with
  // one, else the overall one), every value from one query (./computed-batch.ts).
  const batchPlan = new Map<string, { shown: Period[]; whole: Period | null }>();
  const asked: FigurePeriod[] = [];
  const figurePeriod = (programmeId: string, p: Period): FigurePeriod => ({ programmeId, start: p.periodStart, end: p.periodEnd });
  for (const indicator of indicators) {
    if (!isBatched(indicator.source)) continue;
    const { id: programmeId, startDate, endDate } = indicator.programme!;
    const distinct = indicator.targets.filter((t, k) => indicator.targets.findIndex((u) => samePeriod(u, t)) === k);
    const periods: Period[] = distinct.length
      ? distinct.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd })).sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.periodEnd.getTime() - b.periodEnd.getTime())
      : calendarYears(startDate, endDate);
    const shown = periods.filter((p) => range === null || periodsOverlap(p, range));
    const start = maxDate(startDate, scope.from);
    const end = minDate(endDate, scope.to);
    const whole = end >= start ? { periodStart: start, periodEnd: end } : null;
    batchPlan.set(indicator.id, { shown, whole });
    asked.push(...[...shown, ...(whole ? [whole] : [])].map((p) => figurePeriod(programmeId, p)));
  }
  const [reports, figures] = await Promise.all([reportsQuery, participantFigures(asked, scope.nsbId)]);

  return Promise.all(
    indicators.map(async (indicator): Promise<IndicatorProgress> => {
      const targets = indicator.targets.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd, organizationId: t.organizationId, value: num(t.targetValue) }));
      const baseline = indicator.baselineValue === null ? null : num(indicator.baselineValue);
      const target = scope.nsbId === null ? (indicator.targetValue === null ? null : num(indicator.targetValue)) : nsbWholeTarget(indicator.unit, targets, scope.nsbId);
      let rows: IndicatorProgressPeriod[];
      let actual: number | null;
      if (indicator.source === "MANUAL") {
        const values = reports.filter((r) => r.indicatorId === indicator.id).map((r) => ({ ...r, value: num(r.value) }));
        const span = indicator.programme ? { start: indicator.programme.startDate, end: indicator.programme.endDate } : null;
        const periods = reportingPeriods(targets, span).filter((p) => range === null || periodsOverlap(p, range));
        rows = periods.map((p) => ({
          periodStart: iso(p.periodStart),
          periodEnd: iso(p.periodEnd),
          target: periodValue(indicator.unit, targets, p, scope.nsbId),
          actual: periodValue(indicator.unit, values, p, scope.nsbId),
        }));
        const actuals = rows.map((r) => r.actual).filter((v): v is number => v !== null);
        actual = actuals.length === 0 ? null : isSummable(indicator.unit) ? actuals.reduce((a, b) => a + b, 0) : actuals.at(-1)!;
      } else if (isBatched(indicator.source)) {
        const plan = batchPlan.get(indicator.id)!;
        const targetOf = (p: Period) => {
          const t = targets.find((x) => samePeriod(x, p) && x.organizationId === scope.nsbId);
          return t ? t.value : null;
        };
        rows = plan.shown.map((p) => ({ periodStart: iso(p.periodStart), periodEnd: iso(p.periodEnd), target: targetOf(p), actual: figures(figurePeriod(indicator.programme!.id, p), indicator.source) }));
        actual = plan.whole ? figures(figurePeriod(indicator.programme!.id, plan.whole), indicator.source) : null;
      } else {
        const nsb = { nsbId: scope.nsbId };
        const series = await computedSeries(actor, indicator.id, nsb);
        rows = series.points
          .filter((p) => range === null || periodsOverlap({ periodStart: new Date(p.periodStart), periodEnd: new Date(p.periodEnd) }, range))
          .map((p) => ({ periodStart: p.periodStart, periodEnd: p.periodEnd, target: p.target, actual: p.value }));
        const start = maxDate(indicator.programme!.startDate, scope.from);
        const end = minDate(indicator.programme!.endDate, scope.to);
        actual = end < start ? null : (await computeIndicatorValue(actor, indicator.id, { periodStart: start, periodEnd: end, ...nsb })).value;
      }
      return {
        id: indicator.id,
        code: indicator.code,
        title: indicator.title,
        programmeCode: indicator.programme?.code ?? null,
        unit: indicator.unit,
        currency: indicator.currency,
        source: indicator.source,
        baseline,
        target,
        actual,
        progress: progressOf(indicator.direction, baseline, target, actual),
        periods: rows,
      };
    }),
  );
}

/** An NSB's overall target: its longest-period target (a whole-programme goal), if any. Shared with the Action Plan dashboard. */
export function nsbWholeTarget(unit: IndicatorUnit, targets: readonly ValueRow[], nsbId: string): number | null {
  const mine = targets.filter((t) => t.organizationId === nsbId);
  if (mine.length === 0) return null;
  const longest = Math.max(...mine.map((t) => t.periodEnd.getTime() - t.periodStart.getTime()));
  const whole = mine.filter((t) => t.periodEnd.getTime() - t.periodStart.getTime() === longest);
  return combine(unit, whole.map((t) => t.value));
}
