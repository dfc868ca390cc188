import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { indicatorScope } from "@/server/auth/scopes";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { calendarYears, isoDay, type DaySpan } from "@/lib/dashboards/figures";
import { computedIndicatorSelect, loadComputedIndicators, periodOf, viewerScope, type ComputedIndicator, type SourceContext } from "./context";
import { COMPUTED_SOURCES } from "./registry";
import type { ComputedSeries, ComputedSeriesPoint, ComputedValue, ComputeOptions } from "./types";

/*
 * Computed indicators: values derived from the app's own rows, never typed in. Each source
 * (./registry.ts) has one definition in ./sources/, which says its rule.
 *
 * A plan-wide indicator's participant figures cover the activities of every programme in
 * the caller's scope. Scope: a focal point gets their own NSB's figures only (their own
 * people; their own NSB's adoptions and roles); a donor only indicators of programmes it
 * funds (others answer NotFoundError, like everywhere) and no names: its sample rows carry
 * ids only. The caller's view (./context.ts) is built once, then every period and indicator
 * is computed through it.
 */


async function loadIndicator(actor: Actor, indicatorId: string): Promise<ComputedIndicator> {
  assertCan(actor, "dashboards.read");
  const indicator = await db().indicator.findFirst({ where: { AND: [{ id: indicatorId }, indicatorScope(actor)] }, select: computedIndicatorSelect });
  if (!indicator) throw new NotFoundError("Indicator");
  if (indicator.source === "MANUAL") throw new DomainValidationError("This indicator is reported by NSBs, not computed from the app's data.");
  return indicator as ComputedIndicator;
}

/** One indicator's value for one period, within a view built by viewerScope. */
export async function computeValue(ctx: SourceContext, period: DaySpan): Promise<ComputedValue> {
  const { indicator } = ctx;
  const head = { indicatorId: indicator.id, source: indicator.source, unit: indicator.unit, periodStart: isoDay(period.start), periodEnd: isoDay(period.end) };
  return { ...head, ...(await COMPUTED_SOURCES[indicator.source].compute(ctx, period)) };
}

/**
 * The caller's view built once (viewerScope), and each of these computed indicators within
 * it, for a dashboard computing many of them; an indicator out of the caller's scope (or not
 * computed) answers NotFoundError.
 */
export async function computedContexts(actor: Actor, nsbId: string | null, ids: readonly string[]): Promise<Map<string, SourceContext>> {
  assertCan(actor, "dashboards.read");
  if (ids.length === 0) return new Map();
  const viewer = await viewerScope(actor, nsbId);
  const loaded = await loadComputedIndicators(indicatorScope(actor), ids);
  if (loaded.length !== new Set(ids).size) throw new NotFoundError("Indicator");
  return new Map(loaded.map((indicator) => [indicator.id, { ...viewer, indicator }]));
}

/** The value of a computed indicator for one period, with how it was computed and from which rows. */
export async function computeIndicatorValue(actor: Actor, indicatorId: string, options: ComputeOptions): Promise<ComputedValue> {
  const period = periodOf(options);
  const indicator = await loadIndicator(actor, indicatorId);
  const viewer = await viewerScope(actor, options.nsbId);
  return computeValue({ ...viewer, indicator }, period);
}

/** Its target periods (each distinct start and end once), else calendar years of the programme (plan-wide: of its Action Plan). */
function seriesPeriods(indicator: ComputedIndicator): { periods: DaySpan[]; periodsFrom: ComputedSeries["periodsFrom"] } {
  const periods: DaySpan[] = [];
  for (const t of indicator.targets) {
    if (!periods.some((p) => p.start.getTime() === t.periodStart.getTime() && p.end.getTime() === t.periodEnd.getTime())) periods.push({ start: t.periodStart, end: t.periodEnd });
  }
  periods.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  if (periods.length) return { periods, periodsFrom: "targets" };
  if (indicator.programme) periods.push(...calendarYears(indicator.programme.startDate, indicator.programme.endDate));
  else if (indicator.actionPlan) periods.push(...calendarYears(new Date(Date.UTC(indicator.actionPlan.startYear, 0, 1)), new Date(Date.UTC(indicator.actionPlan.endYear, 11, 31))));
  return { periods, periodsFrom: "years" };
}

/** One period's value with the targets beside it: overall (with one NSB: its own), and per NSB. */
async function seriesPoint(ctx: SourceContext, period: DaySpan): Promise<ComputedSeriesPoint> {
  const value = await computeValue(ctx, period);
  const inPeriod = ctx.indicator.targets.filter((t) => t.periodStart.getTime() === period.start.getTime() && t.periodEnd.getTime() === period.end.getTime());
  const targetOf = (nsbId: string | null) => {
    const t = inPeriod.find((x) => x.organizationId === nsbId);
    return t ? Number(t.targetValue.toString()) : null;
  };
  const own = ctx.nsbIds?.length === 1 ? ctx.nsbIds[0]! : null;
  return {
    ...value,
    target: own ? targetOf(own) : targetOf(null),
    ...(value.byNsb ? { byNsb: value.byNsb.map((n) => ({ ...n, target: targetOf(n.nsbId) })) } : {}),
  };
}

/** The series of one indicator within a view built by viewerScope. */
export async function seriesFor(ctx: SourceContext): Promise<ComputedSeries> {
  const { indicator } = ctx;
  const { periods, periodsFrom } = seriesPeriods(indicator);
  const points: ComputedSeriesPoint[] = [];
  for (const period of periods) points.push(await seriesPoint(ctx, period));
  return {
    indicator: {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      source: indicator.source,
      disaggregateByNsb: indicator.disaggregateByNsb,
      disaggregateBySex: indicator.disaggregateBySex,
      programme: indicator.programme ? { id: indicator.programme.id, code: indicator.programme.code, title: indicator.programme.title } : null,
    },
    periodsFrom,
    points,
  };
}

/**
 * The indicator's value for each of its target periods (each distinct start and end once),
 * with the target beside it; without targets, for each calendar year of the programme
 * (a plan-wide indicator: of its Action Plan).
 */
export async function computedSeries(actor: Actor, indicatorId: string, options: { nsbId?: string | null } = {}): Promise<ComputedSeries> {
  const indicator = await loadIndicator(actor, indicatorId);
  const viewer = await viewerScope(actor, options.nsbId);
  return seriesFor({ ...viewer, indicator });
}
