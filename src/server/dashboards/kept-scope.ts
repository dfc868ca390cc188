import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { meanOf, type DashboardScope } from "./scope";
import type { ReachGroupRow } from "./programme";
import type { GedsiRow } from "./gedsi";

/*
 * Dashboards over a kept scope (DashboardScope.kept: one programme, every programme, a
 * donor's programmes, with no NSB, type or date narrowing them) read "DashboardScopeCount":
 * per scope, the people reached and their sums by dimension and sex, kept by triggers in
 * the same transaction as every write (the dashboard_scope_people migration); and sums
 * over days from "DashboardProgrammeDay". A few hundred rows, where computing the same
 * figures from the per-person aggregates groups millions.
 * Each function answers the same rows as its general query over the aggregates
 * (programme.ts, gedsi.ts): tests/integration/dashboard-aggregates.test.ts compares them.
 */

/** The "programme:<id>" scopes of these programmes (each programme's own people). */
const programmeScopes = (programmeIds: string[]) => programmeIds.map((id) => `programme:${id}`);
const PROGRAMME_PREFIX = "programme:".length;

/** Reach rows (see ReachGroupRow in programme.ts): the total, per NSB, country, programme and month. */
export function keptReach(kept: string, programmeIds: string[]) {
  return db().$queryRaw<ReachGroupRow[]>`
    SELECT c."dimension" AS "set", CASE WHEN c."dimension" = 'total' OR c."key" = '' THEN NULL ELSE c."key" END AS key,
           sum(c."participations")::int AS participations, sum(c."people")::int AS people,
           (coalesce(sum(c."people") FILTER (WHERE c."sex" = 'FEMALE'::"Sex"), 0))::int AS women,
           ${meanOf('c."satisfactionSum"', 'c."satisfactionN"')} AS satisfaction, sum(c."satisfactionN")::int AS responses,
           ${meanOf('c."gainSum"', 'c."gainN"')} AS gain, sum(c."gainN")::int AS tested
    FROM "DashboardScopeCount" c
    WHERE c."scope" = ${kept} AND c."dimension" IN ('total', 'nsb', 'country')
    GROUP BY c."dimension", c."key"
    UNION ALL
    SELECT 'programme', substr(c."scope", ${PROGRAMME_PREFIX + 1}), sum(c."participations")::int, sum(c."people")::int,
           (coalesce(sum(c."people") FILTER (WHERE c."sex" = 'FEMALE'::"Sex"), 0))::int, NULL, 0, NULL, 0
    FROM "DashboardScopeCount" c
    WHERE c."scope" = ANY(${programmeScopes(programmeIds)}::text[]) AND c."dimension" = 'total'
    GROUP BY c."scope"
    UNION ALL
    SELECT 'month', to_char(d."day", 'YYYY-MM'), sum(d."reached")::int, 0, 0, NULL, 0, NULL, 0
    FROM "DashboardProgrammeDay" d
    WHERE d."programmeId" = ANY(${programmeIds}::text[]) AND d."reached" > 0
    GROUP BY to_char(d."day", 'YYYY-MM')`;
}

/** GEDSI rows (see GedsiRow in gedsi.ts): people by sex in the cube and per programme, NSB, activity type and year. */
export function keptGedsi(kept: string, programmeIds: string[]) {
  return db().$queryRaw<GedsiRow[]>`
    SELECT CASE c."dimension" WHEN 'total' THEN 'programme' ELSE c."dimension" END AS "set", c."sex"::text AS sex,
           CASE WHEN c."dimension" = 'cube' THEN split_part(c."key", '|', 1) END AS "ageBand",
           CASE WHEN c."dimension" = 'cube' THEN split_part(c."key", '|', 2) END AS "stakeholderGroup",
           CASE c."dimension" WHEN 'cube' THEN NULL WHEN 'total' THEN substr(c."scope", ${PROGRAMME_PREFIX + 1}) ELSE c."key" END AS key,
           c."people" AS people
    FROM "DashboardScopeCount" c
    WHERE c."people" > 0 AND (
      (c."scope" = ${kept} AND c."dimension" IN ('cube', 'nsb', 'type'))
      OR (c."scope" = ANY(${programmeScopes(programmeIds)}::text[]) AND c."dimension" = 'total'))
    UNION ALL
    SELECT 'year', c."sex"::text, NULL, NULL, y.year, sum(c."people")::int
    FROM "DashboardScopeCount" c CROSS JOIN LATERAL unnest(string_to_array(c."key", ',')) y(year)
    WHERE c."scope" = ${kept} AND c."dimension" = 'years' AND c."people" > 0
    GROUP BY c."sex", y.year`;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Whether a programme had anyone reached in the part of a span's first or last calendar
 * year that the span leaves out: if not, the span's people are those reached in its years,
 * which the "years" counts give.
 */
const leavesOutDays = (programme: Prisma.Sql, start: Prisma.Sql, end: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM "DashboardProgrammeDay" d
  WHERE d."programmeId" = ${programme} AND d."reached" > 0
    AND (d."day" BETWEEN make_date(date_part('year', ${start})::int, 1, 1) AND ${start} - 1
         OR d."day" BETWEEN ${end} + 1 AND make_date(date_part('year', ${end})::int, 12, 31)))`;

/** Rows with a list of years ("2023,2024") meeting the span's years. */
const yearsMeet = (key: Prisma.Sql, start: Prisma.Sql, end: Prisma.Sql) =>
  Prisma.sql`string_to_array(${key}, ',')::int[] && ARRAY(SELECT generate_series(date_part('year', ${start})::int, date_part('year', ${end})::int))`;

export interface KeptWindow {
  /** Whether the counts cannot answer it (see leavesOutDays): computed from the per-person aggregates instead. */
  partial: boolean;
  people: number;
  women: number;
  satisfactionSum: number;
  satisfactionN: number;
  gainSum: number;
  gainN: number;
}

/**
 * The computed indicators' figures (./computed-batch.ts) of periods of programmes, all
 * people: the people trained and the women among them from each programme's "years"
 * counts, the sums behind the averages (every participation, as the rules say) from its
 * days. In the order given.
 */
export async function keptWindows(windows: { programmeId: string; start: Date; end: Date }[]): Promise<KeptWindow[]> {
  const [p, s, e] = [Prisma.sql`w.p`, Prisma.sql`w.s`, Prisma.sql`w.e`];
  const rows = await db().$queryRaw<(KeptWindow & { k: number })[]>`
    SELECT w.k, ${leavesOutDays(p, s, e)} AS partial,
           coalesce(people.n, 0)::int AS people, coalesce(people.women, 0)::int AS women,
           coalesce(sums."satisfactionSum", 0)::int AS "satisfactionSum", coalesce(sums."satisfactionN", 0)::int AS "satisfactionN",
           coalesce(sums."gainSum", 0)::int AS "gainSum", coalesce(sums."gainN", 0)::int AS "gainN"
    FROM unnest(${windows.map((_, k) => k)}::int[], ${windows.map((w) => w.programmeId)}::text[],
                ${windows.map((w) => isoDay(w.start))}::date[], ${windows.map((w) => isoDay(w.end))}::date[]) AS w(k, p, s, e)
    LEFT JOIN LATERAL (
      SELECT sum(c."people") AS n, sum(c."people") FILTER (WHERE c."sex" = 'FEMALE'::"Sex") AS women
      FROM "DashboardScopeCount" c
      WHERE c."scope" = 'programme:' || w.p AND c."dimension" = 'years' AND ${yearsMeet(Prisma.sql`c."key"`, s, e)}
    ) people ON true
    LEFT JOIN LATERAL (
      SELECT sum(d."satisfactionSum") AS "satisfactionSum", sum(d."satisfactionN") AS "satisfactionN", sum(d."gainSum") AS "gainSum", sum(d."gainN") AS "gainN"
      FROM "DashboardProgrammeDay" d WHERE d."programmeId" = w.p AND d."day" BETWEEN w.s AND w.e
    ) sums ON true
    ORDER BY w.k`;
  return rows;
}

/**
 * People reached in these programmes within a span, per list of years they were reached in
 * ("2023,2024"), from kept counts: one programme's, or those of the view's own scope (every
 * programme, a donor's) with the people reached in its other programmes moved to the years
 * they were reached in these (when there are fewer of those people than of these). Null when
 * the counts cannot answer (see leavesOutDays), or cannot do it cheaper than the aggregates.
 */
export async function keptYears(scope: DashboardScope, programmeIds: string[], span: { start: Date; end: Date }): Promise<{ years: number[]; people: number }[] | null> {
  const single = programmeIds.length === 1;
  const kept = single ? `programme:${programmeIds[0]}` : scope.kept;
  const inScope = new Set(scope.programmeIds);
  if (kept === null || scope.nsbId !== null || (!single && !programmeIds.every((id) => inScope.has(id)))) return null;
  const wanted = new Set(programmeIds);
  const others = single ? [] : scope.programmeIds.filter((id) => !wanted.has(id));
  const [start, end] = [Prisma.sql`${isoDay(span.start)}::date`, Prisma.sql`${isoDay(span.end)}::date`];
  const [check] = await db().$queryRaw<{ partial: boolean; wanted: number; others: number }[]>`
    SELECT (SELECT bool_or(${leavesOutDays(Prisma.sql`p`, start, end)}) FROM unnest(${programmeIds}::text[]) p) AS partial,
           coalesce(sum(d."reached") FILTER (WHERE d."programmeId" = ANY(${programmeIds}::text[])), 0)::int AS wanted,
           coalesce(sum(d."reached") FILTER (WHERE d."programmeId" = ANY(${others}::text[])), 0)::int AS others
    FROM "DashboardProgrammeDay" d WHERE d."programmeId" = ANY(${[...programmeIds, ...others]}::text[])`;
  if (!check || check.partial || check.others > check.wanted) return null;
  const rows = await db().$queryRaw<{ key: string; people: number }[]>`
    WITH moved AS (
      SELECT sp."years" AS "before",
             ARRAY(SELECT DISTINCT date_part('year', d."day")::int FROM "DashboardPersonDay" d
                   WHERE d."participantId" = sp."participantId" AND d."programmeId" = ANY(${programmeIds}::text[]) AND d."reached" > 0 ORDER BY 1) AS "after"
      FROM "DashboardScopePerson" sp
      WHERE sp."scope" = ${kept} AND sp."participantId" IN (
        SELECT d."participantId" FROM "DashboardPersonDay" d WHERE d."programmeId" = ANY(${others}::text[]) AND d."reached" > 0)
    )
    SELECT x."key", sum(x."people")::int AS people FROM (
      SELECT c."key", c."people" FROM "DashboardScopeCount" c WHERE c."scope" = ${kept} AND c."dimension" = 'years'
      UNION ALL SELECT array_to_string("before", ','), -1 FROM moved
      UNION ALL SELECT array_to_string("after", ','), 1 FROM moved WHERE cardinality("after") > 0
    ) x
    GROUP BY x."key" HAVING sum(x."people") <> 0`;
  return rows.map((r) => ({ years: r.key.split(",").map(Number), people: r.people }));
}
