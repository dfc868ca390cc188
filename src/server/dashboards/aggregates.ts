import "server-only";
import { db } from "@/server/db";

/*
 * The dashboard aggregates ("DashboardPersonDay", prisma/schema.prisma) are kept by
 * PostgreSQL triggers in the same transaction as every write (the dashboard_aggregates
 * migration); these recompute them from the raw rows, for `npm run db:aggregates` (after a
 * restore, or to check) and for the test that proves the triggers keep them equal to this.
 */

/** Every aggregate recomputed from the participations and activities; how many rows it holds. */
export async function rebuildDashboardAggregates(): Promise<number> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT dashboard_aggregates_rebuild()`;
    return tx.dashboardPersonDay.count();
  });
}

/**
 * Rows where the kept aggregates differ from a rebuild, without changing them (a rebuild in
 * a transaction rolled back): empty when the triggers kept every figure right.
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
    SELECT (SELECT count(*) FROM kept)::int AS kept, (SELECT count(*) FROM rebuilt)::int AS rebuilt,
           (SELECT count(*) FROM ((TABLE kept EXCEPT ALL TABLE rebuilt) UNION ALL (TABLE rebuilt EXCEPT ALL TABLE kept)) d)::int AS differing`;
  return rows[0]!;
}
