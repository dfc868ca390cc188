import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { flattenTree } from "@/lib/result-tree";
import type { PlanArea, PlanIndicatorRow, PlanRollup, RollupMethod, YearValue } from "@/lib/dashboards/types";
import { earlier, later, type Span } from "@/lib/dashboards/spans";
import { num, type DashboardScope } from "./scope";
import { keptYears } from "./kept-scope";
import { combine, isSummable, progressOf } from "./indicators";
import type { PlanIndicator, PlanRow, PlanView } from "./action-plan-rows";

/* The Action Plan dashboard's areas, each with its indicators and its roll-ups across programmes. */

type People = { total: number; byYear: Map<number, number> };

/** People over the span's years and per year, from the people per list of years they were reached in. */
function peopleOfYears(byYears: { years: number[]; people: number }[], span: Span): People {
  const [first, last] = [span.start.getUTCFullYear(), span.end.getUTCFullYear()];
  const byYear = new Map<number, number>();
  let total = 0;
  for (const { years, people } of byYears) {
    const within = years.filter((y) => y >= first && y <= last);
    if (within.length > 0) total += people;
    for (const y of within) byYear.set(y, (byYear.get(y) ?? 0) + people);
  }
  return { total, byYear };
}

/**
 * Distinct people trained in the programmes, per year and over the whole span: from the
 * kept counts when they can answer (./kept-scope.ts: keptYears); else in one query: per
 * person, the mask of the years they were trained in; a year's people are the masks with
 * its bit, the span's all of them.
 */
async function uniquePeople(scope: DashboardScope, programmeIds: string[], span: Span): Promise<People> {
  const byYears = await keptYears(scope, programmeIds, span);
  if (byYears) return peopleOfYears(byYears, span);
  // From the aggregates (./aggregates.ts): people, not activities, are narrowed by the NSB here.
  const nsb = scope.nsbId === null ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM "Participant" pt WHERE pt.id = d."participantId" AND pt."organizationId" = ${scope.nsbId})`;
  const first = span.start.getUTCFullYear();
  // A bigint mask: 63 years, where a plan spans a few.
  const rows = await db().$queryRaw<{ mask: string; people: number }[]>`
    SELECT mask::text AS mask, count(*)::int AS people FROM (
      SELECT bit_or(1::bigint << (date_part('year', d."day")::int - ${first}::int)) AS mask
      FROM "DashboardPersonDay" d
      WHERE d."programmeId" = ANY(${programmeIds}::text[]) AND d."day" >= ${span.start}::date AND d."day" <= ${span.end}::date
        AND d."reached" > 0 ${nsb}
      GROUP BY d."participantId"
    ) person
    GROUP BY mask`;
  const byYear = new Map<number, number>();
  for (let year = first; year <= span.end.getUTCFullYear(); year++) {
    const bit = 1n << BigInt(year - first);
    const people = rows.reduce((n, r) => ((BigInt(r.mask) & bit) !== 0n ? n + num(r.people) : n), 0);
    if (people > 0) byYear.set(year, people);
  }
  return { total: rows.reduce((n, r) => n + num(r.people), 0), byYear };
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

/** Distinct people of each people-trained roll-up, started now and awaited by planAreas. */
export function peopleRollups(view: PlanView, indicators: PlanIndicator[]): Map<string, Promise<People>> {
  const out = new Map<string, Promise<People>>();
  for (const [key, group] of rollupGroups(indicators.filter((i) => i.source === "PARTICIPANTS_TRAINED"))) {
    const spans = group.map(view.spanOf).filter((s): s is Span => s !== null);
    if (spans.length === 0) continue;
    const span = { start: spans.map((s) => s.start).reduce(earlier), end: spans.map((s) => s.end).reduce(later) };
    const people = uniquePeople(view.scope, [...new Set(group.map((i) => i.programmeId!))], span);
    people.catch(() => undefined); // awaited (and its error thrown) by planAreas
    out.set(key, people);
  }
  return out;
}

const combineYear = (unit: IndicatorUnit, values: (number | null)[]) => combine(unit, values.filter((v): v is number => v !== null));

/** One roll-up of a group of rows of the same kind. */
async function rollupOf(groupKey: string, group: PlanRow[], years: number[], people: Map<string, Promise<People>>): Promise<PlanRollup> {
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
  const distinct = method === "uniquePeople" ? await people.get(groupKey) : undefined;
  if (distinct) {
    actual = distinct.total;
    byYear = byYear.map((y) => ({ ...y, actual: y.actual === null && !distinct.byYear.has(y.year) ? null : (distinct.byYear.get(y.year) ?? 0) }));
  }
  return {
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
  };
}

const publicRow = (r: PlanRow): PlanIndicatorRow => ({
  id: r.id, code: r.code, title: r.title, programmeCode: r.programmeCode, unit: r.unit, currency: r.currency,
  source: r.source, target: r.target, actual: r.actual, progress: r.progress, byYear: r.byYear,
});

/** The plan's areas in tree order, each with its indicators and roll-ups. */
export async function planAreas(
  areas: { id: string; parentId: string | null; sortOrder: number; code: string; title: string; level: PlanArea["level"] }[],
  rows: PlanRow[],
  years: number[],
  people: Map<string, Promise<People>>,
): Promise<PlanArea[]> {
  const groups = [...rollupGroups(rows)];
  const out: PlanArea[] = [];
  for (const area of flattenTree(areas)) {
    const rollups: PlanRollup[] = [];
    for (const [groupKey, group] of groups) if (group[0]!.resultAreaId === area.id) rollups.push(await rollupOf(groupKey, group, years, people));
    out.push({
      id: area.id,
      code: area.code,
      title: area.title,
      level: area.level,
      depth: area.depth,
      indicators: rows.filter((r) => r.resultAreaId === area.id).map(publicRow),
      rollups,
    });
  }
  return out;
}
