import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { indicatorScope } from "@/server/auth/scopes";
import { periodsOverlap, reportingPeriods, samePeriod, type Period } from "@/domain/reports/rules";
import type { IndicatorProgress, IndicatorProgressPeriod } from "@/lib/dashboards/types";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { computedContexts, computeValue, seriesFor, type SourceContext } from "@/server/indicators/computed";
import { calendarYears, isoDay as iso } from "@/lib/dashboards/figures";
import { num, resolveScope, type DashboardScope } from "./scope";
import { cachedResult } from "./cache";
import { isBatched, participantFigures, type Figures, type FigurePeriod } from "./computed-batch";

/*
 * Indicator progress for the programme dashboard: each live indicator of the programmes
 * in scope, per period, its target and its actual.
 * - Manual indicators: per reporting period (src/domain/reports/rules.ts), from APPROVED
 *   reports only. Combining values (several NSBs in a period, several periods to date)
 *   follows the unit: counts and amounts add up, percentages and yes/no values are
 *   averaged (a period) or the latest one stands (to date).
 * - Computed indicators: by the rules of src/server/indicators/computed/, per target
 *   period; "to date" is the value over the programme's whole span (within the date
 *   filter), so a person trained in two periods counts once and a leadership role held
 *   across periods once. Participant-based ones come from one aggregate query
 *   (./computed-batch.ts), the others through seriesFor / computeValue within one view of
 *   the caller built once.
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

const maxDate = (a: Date, b: Date | null) => (b && b > a ? b : a);
const minDate = (a: Date, b: Date | null) => (b && b < a ? b : a);

/** What a progress row reads of an indicator (the Action Plan's rows add their result area). */
export const progressIndicatorSelect = {
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
} satisfies Prisma.IndicatorSelect;

type ProgressIndicator = Prisma.IndicatorGetPayload<{ select: typeof progressIndicatorSelect }>;
type Targets = { periodStart: Date; periodEnd: Date; organizationId: string | null; value: number }[];

interface ProgressView {
  scope: DashboardScope;
  /** The date filter as a period (null: none). */
  range: Period | null;
  reports: { indicatorId: string; periodStart: Date; periodEnd: Date; organizationId: string | null; value: number }[];
  figures: Figures;
  /** The periods of each batched indicator: those shown, and its whole span within the filter. */
  batchPlan: Map<string, { shown: Period[]; whole: Period | null }>;
  /** The other computed indicators, each within the caller's view (built once). */
  computed: Map<string, SourceContext>;
}

type PeriodRows = { rows: IndicatorProgressPeriod[]; actual: number | null };

const figurePeriod = (programmeId: string, p: Period): FigurePeriod => ({ programmeId, start: p.periodStart, end: p.periodEnd });

/**
 * Participant-based computed indicators: computedSeries's periods (distinct target periods,
 * else calendar years of the programme) and its targets (that exact period: the NSB's with
 * one, else the overall one), every value from one query (./computed-batch.ts).
 */
function planBatch(indicators: ProgressIndicator[], scope: DashboardScope, range: Period | null) {
  const batchPlan = new Map<string, { shown: Period[]; whole: Period | null }>();
  const asked: FigurePeriod[] = [];
  for (const indicator of indicators) {
    if (!isBatched(indicator.source)) continue;
    const { id: programmeId, startDate, endDate } = indicator.programme!;
    const distinct = indicator.targets.filter((t, k) => indicator.targets.findIndex((u) => samePeriod(u, t)) === k);
    const periods: Period[] = distinct.length
      ? distinct.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd })).sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.periodEnd.getTime() - b.periodEnd.getTime())
      : calendarYears(startDate, endDate).map((y) => ({ periodStart: y.start, periodEnd: y.end }));
    const shown = periods.filter((p) => range === null || periodsOverlap(p, range));
    const start = maxDate(startDate, scope.from);
    const end = minDate(endDate, scope.to);
    const whole = end >= start ? { periodStart: start, periodEnd: end } : null;
    batchPlan.set(indicator.id, { shown, whole });
    asked.push(...[...shown, ...(whole ? [whole] : [])].map((p) => figurePeriod(programmeId, p)));
  }
  return { batchPlan, asked };
}

/** Everything the rows need, read at once. */
async function progressView(actor: Actor, scope: DashboardScope, indicators: ProgressIndicator[]): Promise<ProgressView> {
  const range: Period | null = scope.from || scope.to ? { periodStart: scope.from ?? new Date("1900-01-01"), periodEnd: scope.to ?? new Date("2999-12-31") } : null;
  const { batchPlan, asked } = planBatch(indicators, scope, range);
  const others = indicators.filter((i) => i.source !== "MANUAL" && !isBatched(i.source)).map((i) => i.id);
  const [reports, figures, computed] = await Promise.all([
    db().indicatorReport.findMany({
      where: { status: "APPROVED", indicatorId: { in: indicators.filter((i) => i.source === "MANUAL").map((i) => i.id) }, value: { not: null } },
      select: { indicatorId: true, periodStart: true, periodEnd: true, organizationId: true, value: true },
    }),
    participantFigures(asked, scope.nsbId),
    computedContexts(actor, scope.nsbId, others),
  ]);
  return { scope, range, reports: reports.map((r) => ({ ...r, value: num(r.value) })), figures, batchPlan, computed };
}

/** A manual indicator per reporting period, from approved reports; to date: their sum or the latest. */
function manualRows(view: ProgressView, indicator: ProgressIndicator, targets: Targets): PeriodRows {
  const { scope, range } = view;
  const values = view.reports.filter((r) => r.indicatorId === indicator.id);
  const span = indicator.programme ? { start: indicator.programme.startDate, end: indicator.programme.endDate } : null;
  const periods = reportingPeriods(targets, span).filter((p) => range === null || periodsOverlap(p, range));
  const rows = periods.map((p) => ({
    periodStart: iso(p.periodStart),
    periodEnd: iso(p.periodEnd),
    target: periodValue(indicator.unit, targets, p, scope.nsbId),
    actual: periodValue(indicator.unit, values, p, scope.nsbId),
  }));
  const actuals = rows.map((r) => r.actual).filter((v): v is number => v !== null);
  return { rows, actual: actuals.length === 0 ? null : isSummable(indicator.unit) ? actuals.reduce((a, b) => a + b, 0) : actuals.at(-1)! };
}

/** A participant-based computed indicator from the batched figures. */
function batchedRows(view: ProgressView, indicator: ProgressIndicator, targets: Targets): PeriodRows {
  const plan = view.batchPlan.get(indicator.id)!;
  const targetOf = (p: Period) => targets.find((x) => samePeriod(x, p) && x.organizationId === view.scope.nsbId)?.value ?? null;
  const figure = (p: Period) => view.figures(figurePeriod(indicator.programme!.id, p), indicator.source);
  const rows = plan.shown.map((p) => ({ periodStart: iso(p.periodStart), periodEnd: iso(p.periodEnd), target: targetOf(p), actual: figure(p) }));
  return { rows, actual: plan.whole ? figure(plan.whole) : null };
}

/** Any other computed indicator: its series within the filter, and its value over the programme's span. */
async function computedRows(view: ProgressView, indicator: ProgressIndicator): Promise<PeriodRows> {
  const { scope, range } = view;
  const ctx = view.computed.get(indicator.id)!;
  const series = await seriesFor(ctx);
  const rows = series.points
    .filter((p) => range === null || periodsOverlap({ periodStart: new Date(p.periodStart), periodEnd: new Date(p.periodEnd) }, range))
    .map((p) => ({ periodStart: p.periodStart, periodEnd: p.periodEnd, target: p.target, actual: p.value }));
  const start = maxDate(indicator.programme!.startDate, scope.from);
  const end = minDate(indicator.programme!.endDate, scope.to);
  return { rows, actual: end < start ? null : (await computeValue(ctx, { start, end })).value };
}

async function progressRow(view: ProgressView, indicator: ProgressIndicator): Promise<IndicatorProgress> {
  const { scope } = view;
  const targets = indicator.targets.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd, organizationId: t.organizationId, value: num(t.targetValue) }));
  const baseline = indicator.baselineValue === null ? null : num(indicator.baselineValue);
  const target = scope.nsbId === null ? (indicator.targetValue === null ? null : num(indicator.targetValue)) : nsbWholeTarget(indicator.unit, targets, scope.nsbId);
  const { rows, actual } =
    indicator.source === "MANUAL" ? manualRows(view, indicator, targets) : isBatched(indicator.source) ? batchedRows(view, indicator, targets) : await computedRows(view, indicator);
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
}

export async function indicatorProgressFor(actor: Actor, scope: DashboardScope): Promise<IndicatorProgress[]> {
  const indicators = await db().indicator.findMany({
    where: { AND: [indicatorScope(actor), { programmeId: { in: scope.programmeIds }, archived: false }] },
    select: progressIndicatorSelect,
    orderBy: [{ programme: { code: "asc" } }, { code: "asc" }, { id: "asc" }],
  });
  if (indicators.length === 0) return [];
  const view = await progressView(actor, scope, indicators);
  return Promise.all(indicators.map((indicator) => progressRow(view, indicator)));
}

/** An NSB's overall target: its longest-period target (a whole-programme goal), if any. Shared with the Action Plan dashboard. */
export function nsbWholeTarget(unit: IndicatorUnit, targets: readonly ValueRow[], nsbId: string): number | null {
  const mine = targets.filter((t) => t.organizationId === nsbId);
  if (mine.length === 0) return null;
  const longest = Math.max(...mine.map((t) => t.periodEnd.getTime() - t.periodStart.getTime()));
  const whole = mine.filter((t) => t.periodEnd.getTime() - t.periodStart.getTime() === longest);
  return combine(unit, whole.map((t) => t.value));
}
