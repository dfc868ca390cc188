import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

/*
 * The dashboard aggregates ("DashboardPersonDay" and the tables kept from it:
 * "DashboardProgrammeDay", "DashboardScopePerson", "DashboardScopeCount"; see
 * prisma/schema.prisma) are kept by PostgreSQL triggers in the same transaction as every
 * write (the dashboard_aggregates and dashboard_scope_people migrations); these recompute
 * them from the raw rows, for `npm run db:aggregates` (after a restore, or to check) and
 * for the test that proves the triggers keep them equal to this.
 */

/** Every aggregate recomputed from the participations and activities; how many rows they hold. */
export async function rebuildDashboardAggregates(): Promise<number> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT dashboard_aggregates_rebuild()`;
      const counts = await Promise.all([tx.dashboardPersonDay.count(), tx.dashboardProgrammeDay.count(), tx.dashboardScopePerson.count(), tx.dashboardScopeCount.count()]);
      return counts.reduce((a, b) => a + b, 0);
    },
    { timeout: 600_000 },
  );
}

/** Each kept table and the query or view that computes it afresh (the views: the dashboard_scope_people migration). */
const KEPT = [
  { kept: "kept", rebuilt: "rebuilt" },
  { kept: '"DashboardProgrammeDay"', rebuilt: '"DashboardProgrammeDayRebuilt"' },
  { kept: '"DashboardScopePerson"', rebuilt: '"DashboardScopePersonRebuilt"' },
  { kept: '"DashboardScopeCount"', rebuilt: '"DashboardScopeCountRebuilt"' },
];
const sumOver = (sql: (table: (typeof KEPT)[number]) => string) => Prisma.raw(KEPT.map(sql).join(" + "));

/**
 * Rows where the kept aggregates differ from a rebuild, without changing them: none when
 * the triggers kept every figure right. The tables kept from "DashboardPersonDay" are
 * compared with what their views compute from it, and it with the raw rows.
 */
export async function dashboardAggregatesDrift(): Promise<{ kept: number; rebuilt: number; differing: number }> {
  const rows = await db().$queryRaw<{ kept: number; rebuilt: number; differing: number }[]>`
    WITH kept AS (SELECT * FROM "DashboardPersonDay"),
    rebuilt AS (
      SELECT a."programmeId", a."startDate" AS "day", a."type" AS "activityType", p."participantId", count(*)::int AS "rows",
             (count(*) FILTER (WHERE p."attendance" IN ('ATTENDED', 'PARTIAL')))::int AS "reached",
             coalesce(sum(p."satisfaction"), 0)::int AS "satisfactionSum", count(p."satisfaction")::int AS "satisfactionN",
             coalesce(sum(p."postTestScore" - p."preTestScore"), 0)::int AS "gainSum", count(p."postTestScore" - p."preTestScore")::int AS "gainN",
             coalesce(sum(p."satisfaction") FILTER (WHERE p."attendance" IN ('ATTENDED', 'PARTIAL')), 0)::int AS "reachedSatisfactionSum",
             (count(p."satisfaction") FILTER (WHERE p."attendance" IN ('ATTENDED', 'PARTIAL')))::int AS "reachedSatisfactionN",
             coalesce(sum(p."postTestScore" - p."preTestScore") FILTER (WHERE p."attendance" IN ('ATTENDED', 'PARTIAL')), 0)::int AS "reachedGainSum",
             (count(p."postTestScore" - p."preTestScore") FILTER (WHERE p."attendance" IN ('ATTENDED', 'PARTIAL')))::int AS "reachedGainN"
      FROM "Participation" p JOIN "Activity" a ON a.id = p."activityId"
      WHERE p."role" <> 'TRAINER'
      GROUP BY a."programmeId", a."startDate", a."type", p."participantId"
    )
    SELECT ${sumOver((t) => `(SELECT count(*) FROM ${t.kept})::int`)} AS kept,
           ${sumOver((t) => `(SELECT count(*) FROM ${t.rebuilt})::int`)} AS rebuilt,
           ${sumOver((t) => `(SELECT count(*) FROM ((TABLE ${t.kept} EXCEPT ALL TABLE ${t.rebuilt}) UNION ALL (TABLE ${t.rebuilt} EXCEPT ALL TABLE ${t.kept})) d)::int`)} AS differing`;
  return rows[0]!;
}
