import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { computedContexts, computeValue, type SourceContext } from "@/server/indicators/computed";
import { reportingPeriods } from "@/domain/reports/rules";
import type { PlanIndicatorRow, YearValue } from "@/lib/dashboards/types";
import { clip, spanAndYears, yearEnd, yearStart, type Span } from "@/lib/dashboards/spans";
import { num, type DashboardScope } from "./scope";
import { combine, isSummable, nsbWholeTarget, periodValue, progressIndicatorSelect, progressOf } from "./indicators";
import { isBatched, participantFigures, type Figures, type FigurePeriod } from "./computed-batch";

/* The Action Plan dashboard's row per indicator: its values by year and to date, target and progress. */

export const planIndicatorSelect = { ...progressIndicatorSelect, resultAreaId: true, programmeId: true } satisfies Prisma.IndicatorSelect;

export type PlanIndicator = Prisma.IndicatorGetPayload<{ select: typeof planIndicatorSelect }>;

/** One Action Plan view: the caller, their scope, the plan's years and each indicator's span within them. */
export interface PlanView {
  actor: Actor;
  scope: DashboardScope;
  years: number[];
  spanOf: (i: PlanIndicator) => Span | null;
}

export type PlanRow = PlanIndicatorRow & { resultAreaId: string | null; programmeId: string | null };

interface PlanValues {
  reports: { indicatorId: string; periodStart: Date; periodEnd: Date; organizationId: string | null; value: number }[];
  /** Participant-based values of programme indicators (./computed-batch.ts). */
  figures: Figures;
  /** The other computed indicators, each within the caller's view (built once). */
  computed: Map<string, SourceContext>;
}

const batchedIn = (i: PlanIndicator) => i.programmeId !== null && isBatched(i.source);

/** Every value the rows need, read at once: approved reports, batched figures, the other computed indicators' contexts. */
export async function planValues(view: PlanView, indicators: PlanIndicator[]): Promise<PlanValues> {
  const { actor, scope, years, spanOf } = view;
  const periods: FigurePeriod[] = [];
  for (const i of indicators) {
    const span = spanOf(i);
    if (batchedIn(i) && span) periods.push(...spanAndYears(span, years).map((s) => ({ programmeId: i.programmeId!, ...s })));
  }
  const others = indicators.filter((i) => i.source !== "MANUAL" && !batchedIn(i) && spanOf(i) !== null).map((i) => i.id);
  const [reports, figures, computed] = await Promise.all([
    db().indicatorReport.findMany({
      where: { status: "APPROVED", value: { not: null }, indicatorId: { in: indicators.filter((i) => i.source === "MANUAL").map((i) => i.id) } },
      select: { indicatorId: true, periodStart: true, periodEnd: true, organizationId: true, value: true },
    }),
    participantFigures(periods, scope.nsbId),
    computedContexts(actor, scope.nsbId, others),
  ]);
  return { reports: reports.map((r) => ({ ...r, value: num(r.value) })), figures, computed };
}

const combineYear = (unit: IndicatorUnit, values: (number | null)[]) => combine(unit, values.filter((v): v is number => v !== null));

/** A manual indicator's actual per year (its approved reports ending that year) and to date. */
function manualValues(i: PlanIndicator, values: PlanValues, nsbId: string | null, activeYears: number[]) {
  const mine = values.reports.filter((r) => r.indicatorId === i.id);
  const periodsOfYear = (y: number) => {
    const inYear = mine.filter((v) => v.periodEnd.getUTCFullYear() === y);
    return inYear.filter((p, k) => inYear.findIndex((q) => q.periodStart.getTime() === p.periodStart.getTime() && q.periodEnd.getTime() === p.periodEnd.getTime()) === k);
  };
  const byYear = new Map(activeYears.map((y) => [y, combineYear(i.unit, periodsOfYear(y).map((p) => periodValue(i.unit, mine, p, nsbId)))]));
  const actuals = [...byYear.values()].filter((v): v is number => v !== null);
  const actual = actuals.length === 0 ? null : isSummable(i.unit) ? actuals.reduce((a, b) => a + b, 0) : actuals.at(-1)!;
  return { byYear, actual };
}

/** A computed indicator's value per year (clipped to its span) and over its whole span. */
async function computedValues(i: PlanIndicator, values: PlanValues, span: Span | null, activeYears: number[]) {
  const ctx = values.computed.get(i.id);
  const value = (s: Span): Promise<number | null> =>
    batchedIn(i) ? Promise.resolve(values.figures({ programmeId: i.programmeId!, ...s }, i.source)) : ctx ? computeValue(ctx, s).then((v) => v.value) : Promise.resolve(null);
  const perYear = await Promise.all(
    activeYears.map(async (year) => {
      const s = clip({ start: yearStart(year), end: yearEnd(year) }, span!);
      return [year, s ? await value(s) : null] as const;
    }),
  );
  return { byYear: new Map(perYear), actual: span ? await value(span) : null };
}

/** One indicator's row. */
async function indicatorRow(view: PlanView, i: PlanIndicator, values: PlanValues): Promise<PlanRow> {
  const { scope, years } = view;
  const targets = i.targets.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd, organizationId: t.organizationId, value: num(t.targetValue) }));
  const span = view.spanOf(i);
  const activeYears = span ? years.filter((y) => y >= span.start.getUTCFullYear() && y <= span.end.getUTCFullYear()) : [];
  // A year's target: its target periods ending that year, a period that contains shorter
  // ones left out (a whole-programme target is the cumulative goal, not one more year's).
  const targetPeriods = reportingPeriods(targets, null);
  const yearTarget = (y: number) => combineYear(i.unit, targetPeriods.filter((p) => p.periodEnd.getUTCFullYear() === y).map((p) => periodValue(i.unit, targets, p, scope.nsbId)));
  const got = i.source === "MANUAL" ? manualValues(i, values, scope.nsbId, activeYears) : await computedValues(i, values, span, activeYears);
  const byYear: YearValue[] = activeYears.map((year) => ({ year, target: yearTarget(year), actual: got.byYear.get(year) ?? null }));
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
    actual: got.actual,
    progress: progressOf(i.direction, baseline, target, got.actual),
    chartGap: chartGap(targets, scope.nsbId, target, got.actual, years),
    byYear,
    resultAreaId: i.resultAreaId,
    programmeId: i.programmeId,
  };
}

/** A row per indicator, in the indicators' order. */
export function indicatorRows(view: PlanView, indicators: PlanIndicator[], values: PlanValues): Promise<PlanRow[]> {
  return Promise.all(indicators.map((i) => indicatorRow(view, i, values)));
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
