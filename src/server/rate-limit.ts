import "server-only";
import { db } from "@/server/db";

/**
 * Counts a request under `key` and says whether it is within `limit` per `windowMinutes`.
 * Kept in PostgreSQL so the limit holds across app servers.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<boolean> {
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const recent = await db().rateLimitHit.count({ where: { key, createdAt: { gt: since } } });
  if (recent >= limit) return false;
  await db().rateLimitHit.create({ data: { key } });
  return true;
}
