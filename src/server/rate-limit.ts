import "server-only";
import { db } from "@/server/db";

/**
 * Fixed-window counters kept in PostgreSQL (so limits hold across app servers), each
 * change ONE statement: of many requests at once, no two read the same count.
 */

export interface Count {
  count: number;
  /** When the current window ends (the counter starts again from zero). */
  resetsAt: Date;
}

/** Adds one to `key`'s count in its window (a new window once the old one is over). */
export async function incrementCounter(key: string, windowMinutes: number): Promise<Count> {
  const [row] = await db().$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitCounter"."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE "RateLimitCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  return { count: row!.count, resetsAt: new Date(row!.windowStart.getTime() + windowMinutes * 60_000) };
}

/** Takes one back (an attempt that turned out not to count, such as a right password). */
export async function decrementCounter(key: string): Promise<void> {
  await db().$executeRaw`UPDATE "RateLimitCounter" SET "count" = greatest("count" - 1, 0) WHERE "key" = ${key}`;
}

/** `key`'s count in its current window (0 when none or over). */
export async function readCounter(key: string, windowMinutes: number): Promise<Count | null> {
  const row = await db().rateLimitCounter.findUnique({ where: { key } });
  const resetsAt = row ? new Date(row.windowStart.getTime() + windowMinutes * 60_000) : null;
  return row && resetsAt! > new Date() ? { count: row.count, resetsAt: resetsAt! } : null;
}

export async function clearCounter(key: string): Promise<void> {
  await db().rateLimitCounter.deleteMany({ where: { key } });
}

/**
 * Counts a request under `key` and says whether it is within `limit` per `windowMinutes`.
 * The count is taken before the work, in one statement, so simultaneous requests cannot
 * all slip under the limit.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<boolean> {
  return (await incrementCounter(key, windowMinutes)).count <= limit;
}

/** Deletes counters whose window began more than a day ago (run by `npm run db:retention`). */
export async function pruneRateLimitCounters(): Promise<number> {
  return db().$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < now() - interval '1 day'`;
}
