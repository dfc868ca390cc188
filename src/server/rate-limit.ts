import "server-only";
import { db } from "@/server/db";

/**
 * Counts a request under `key` and says whether it is within `limit` per fixed window of
 * `windowMinutes`. One statement (an upsert that increments the window's counter and
 * returns it): concurrent requests queue on the counter's row, so no two of them read the
 * same count and both pass. Kept in PostgreSQL so the limit holds across app servers.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<boolean> {
  const rows = await db().$queryRaw<{ hits: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "hits")
    VALUES (${key}, date_bin(make_interval(mins => ${windowMinutes}::int), LOCALTIMESTAMP, TIMESTAMP '2000-01-01'), 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "hits" = "RateLimitCounter"."hits" + 1
    RETURNING "hits"`;
  return (rows[0]?.hits ?? Infinity) <= limit;
}

/** Deletes the counters of windows that ended more than a day ago (run by `npm run db:retention`). */
export async function pruneRateLimitCounters(): Promise<number> {
  return db().$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < LOCALTIMESTAMP - interval '1 day'`;
}
