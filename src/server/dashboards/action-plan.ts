import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { indicatorScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import type { ActionPlanDashboard } from "@/lib/dashboards/types";
import { clip, yearEnd, yearStart, type Span } from "@/lib/dashboards/spans";
import { resolveScope, type DashboardScope } from "./scope";
import { cachedResult } from "./cache";
import { indicatorRows, planIndicatorSelect, planValues, type PlanIndicator, type PlanView } from "./action-plan-rows";
import { planAreas, peopleRollups } from "./action-plan-rollups";

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
 * period ends); computed ones by src/server/indicators/computed's rules for each year:
 * participant-based ones of programmes in one query (./computed-batch.ts), the others
 * (adoptions, leadership positions, plan-wide indicators) through computeValue, within one
 * view of the caller built once.
 * Targets: without an NSB the indicators' own; with one (a focal point always) that NSB's
 * per-NSB targets, by year and overall (its longest period, as indicatorProgress gives it),
 * none where it has no target of its own. Progress is actual against that target; a
 * roll-up has a target only when every indicator it combines has one.
 *
 * Steps: the plan and the caller's scope (loadPlan), its areas and indicators
 * (loadPlanContent), every value at once (planValues), a row per indicator (indicatorRows),
 * the areas with their roll-ups (planAreas).
 */

/** The Action Plan dashboard; a plan, programme or NSB out of scope answers NotFoundError. Kept while the data is unchanged (./cache.ts). */
export function actionPlanDashboard(actor: Actor, planId: string, filters: DashboardFilters = {}): Promise<ActionPlanDashboard> {
  return cachedResult("actionPlan", actor, { planId, ...filters }, () => computeActionPlanDashboard(actor, planId, filters));
}

/** The plan, the caller's scope, and the plan's years within the date filter. */
async function loadPlan(actor: Actor, planId: string, filters: DashboardFilters) {
  assertCan(actor, "framework.read");
  const [plan, scope] = await Promise.all([
    db().actionPlan.findFirst({ where: { id: planId }, select: { id: true, title: true, startYear: true, endYear: true } }),
    resolveScope(actor, filters),
  ]);
  if (!plan) throw new NotFoundError("Action Plan");
  const planSpan = clip({ start: yearStart(plan.startYear), end: yearEnd(plan.endYear) }, { start: scope.from ?? yearStart(1900), end: scope.to ?? yearEnd(2999) });
  const years: number[] = [];
  if (planSpan) for (let y = planSpan.start.getUTCFullYear(); y <= planSpan.end.getUTCFullYear(); y++) years.push(y);
  return { plan, scope, planSpan, years };
}

/** The plan's live result areas and the indicators attached to them that the caller may see. */
async function loadPlanContent(actor: Actor, planId: string, scope: DashboardScope, filters: DashboardFilters) {
  const [areas, indicators] = await Promise.all([
    db().resultArea.findMany({
      where: { actionPlanId: planId, archived: false },
      select: { id: true, parentId: true, sortOrder: true, code: true, title: true, level: true },
    }),
    db().indicator.findMany({
      where: {
        AND: [
          indicatorScope(actor),
          { archived: false, resultArea: { actionPlanId: planId } },
          // Without a programme filter, plan-wide indicators too; with one, that programme's only.
          filters.programmeId ? { programmeId: { in: scope.programmeIds } } : { OR: [{ programmeId: null }, { programmeId: { in: scope.programmeIds } }] },
        ],
      },
      select: planIndicatorSelect,
      orderBy: [{ code: "asc" }, { id: "asc" }],
    }),
  ]);
  return { areas, indicators };
}

/** The Action Plan dashboard computed afresh. */
export async function computeActionPlanDashboard(actor: Actor, planId: string, filters: DashboardFilters = {}): Promise<ActionPlanDashboard> {
  const { plan, scope, planSpan, years } = await loadPlan(actor, planId, filters);
  const { areas, indicators } = await loadPlanContent(actor, plan.id, scope, filters);
  const spanOf = (i: PlanIndicator): Span | null =>
    planSpan && (i.programme ? clip({ start: i.programme.startDate, end: i.programme.endDate }, planSpan) : planSpan);
  const view: PlanView = { actor, scope, years, spanOf };
  const people = peopleRollups(view, indicators);
  const values = await planValues(view, indicators);
  const rows = await indicatorRows(view, indicators, values);
  return { plan, years, areas: await planAreas(areas, rows, years, people) };
}
