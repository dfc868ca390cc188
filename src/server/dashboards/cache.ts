import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { isStaff } from "@/server/auth/roles";

/*
 * Dashboard results, kept correct on write.
 *
 * A dashboard aggregates up to millions of participations; many people open the same
 * views (a programme, a donor's programmes, the Action Plan) while the data changes far
 * less often. Each result is kept in memory under its key (the function, the caller's
 * scope — role and organisation, which decide every row scope — and the filters) together
 * with PostgreSQL's transaction snapshot at the time it was computed
 * (`pg_current_snapshot()`: the next transaction id and those still in progress). A request
 * first reads the snapshot (one tiny query): a write transaction that starts or ends
 * anywhere in the database changes it, so an unchanged snapshot proves that nothing was
 * committed since and the kept result is exact; a changed one recomputes. (Background work
 * that writes no rows, such as checkpoints, hint bits or a vacuum, leaves it alone, unlike
 * the WAL position.) Concurrent requests for the same key share one computation (no
 * stampede after a write). Errors (not found, forbidden) are never kept.
 *
 * The snapshot is conservative: unrelated writes (a sign-in, an audit event) also
 * invalidate. That costs little: computing afresh reads the aggregates PostgreSQL keeps
 * on every write (./kept-scope.ts), tens of milliseconds for the widest views at
 * 2 000 000 participations (README, "Performance"), and every app server reads the same.
 */

const MAX_ENTRIES = 500;

interface Entry {
  version: string;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

/**
 * "xmin:xmax:in-progress ids": equal twice only if no transaction that writes began or
 * ended in between, so the committed data is the same (a read replica answers it too).
 */
async function dataVersion(): Promise<string> {
  const rows = await db().$queryRaw<{ v: string }[]>`SELECT pg_current_snapshot()::text AS v`;
  return rows[0]?.v ?? "";
}

/** Who the result is for: row scopes depend on the role and the organisation only. */
const scopeKey = (actor: Actor) => `${actor.role}:${isStaff(actor) ? "" : (actor.organizationId ?? "")}`;

const stableJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** `compute()`'s result for this caller and these arguments, reused while the database is unchanged. */
export async function cachedResult<T>(name: string, actor: Actor, args: unknown, compute: () => Promise<T>): Promise<T> {
  const key = `${name}|${scopeKey(actor)}|${stableJson(args)}`;
  const version = await dataVersion();
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    // Most recently used last: the oldest entry is evicted first.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  // Frozen: every caller shares the object, so none may change it.
  const value = compute().then(deepFreeze);
  const entry: Entry = { version, value };
  entries.delete(key);
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return value;
}
