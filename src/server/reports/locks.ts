import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { pageOf, paginate } from "@/lib/list-params";
import type { Period } from "@/domain/reports/rules";
import { refuseFields, refuseIfAny } from "@/server/mutations";
import { holdLocksExclusive } from "./internal";

/*
 * Period locks: while an active lock covers a report's period (any overlap), for the
 * report's programme or for all programmes, nobody creates, edits or submits reports of
 * that period, nor adds or removes their files. Reviews (approve, return) stay possible.
 * Locking and unlocking are staff actions; both reasons are kept (the unlock reason in
 * the audit event).
 */

const ENTITY = "PeriodLock";
export const MAX_REASON = 500;

export interface LockInput extends Period {
  programmeId: string | null;
  reason: string;
}

const reasonErrors = (reason: string, field = "reason") =>
  !reason ? { [field]: ["Give the reason: reporters see it when they are refused."] } : reason.length > MAX_REASON ? { [field]: [`Keep the reason to ${MAX_REASON} characters or fewer.`] } : {};

export async function lockPeriod(actor: Actor, input: LockInput) {
  assertCan(actor, "reports.review");
  const reason = input.reason.trim();
  const errors: Record<string, string[]> = { ...reasonErrors(reason) };
  if (input.periodEnd.getTime() < input.periodStart.getTime()) errors.periodEnd = ["The period must end on or after its start."];
  refuseIfAny(errors);
  return db().$transaction(async (tx) => {
    // Waits for report writes in flight, so none commits into a period locked meanwhile.
    await holdLocksExclusive(tx);
    if (input.programmeId !== null) {
      const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
      if (!programme) refuseFields({ programmeId: ["Choose a programme from the list, or all programmes."] });
    }
    const lock = await tx.periodLock.create({
      data: { periodStart: input.periodStart, periodEnd: input.periodEnd, programmeId: input.programmeId, reason, lockedById: actor.id },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: lock.id, after: lock });
    return lock;
  });
}

export async function unlockPeriod(actor: Actor, lockId: string, reason: string) {
  assertCan(actor, "reports.review");
  const why = reason.trim();
  const errors = reasonErrors(why);
  refuseIfAny(errors);
  return db().$transaction(async (tx) => {
    await holdLocksExclusive(tx);
    const lock = await tx.periodLock.findUnique({ where: { id: lockId } });
    if (!lock) throw new NotFoundError("Lock");
    if (lock.unlockedAt) throw new DomainValidationError("This period is already unlocked.");
    const after = await tx.periodLock.update({ where: { id: lock.id }, data: { unlockedAt: new Date() } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: lock.id, before: lock, after: { ...after, unlockReason: why } });
    return after;
  });
}

export interface LockFilters {
  /** Also the locks already lifted. */
  includeUnlocked?: boolean;
  programmeId?: string;
  page?: number;
}

/** Locks, newest first, with who locked and (from the trail) who unlocked and why. */
export async function listLocks(actor: Actor, filters: LockFilters = {}) {
  assertCan(actor, "reports.review");
  const where: Prisma.PeriodLockWhereInput = {
    AND: [filters.includeUnlocked ? {} : { unlockedAt: null }, filters.programmeId ? { OR: [{ programmeId: filters.programmeId }, { programmeId: null }] } : {}],
  };
  const { rows, total, page } = await paginate(
    filters.page,
    () => db().periodLock.count({ where }),
    (skip, take) =>
      db().periodLock.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip,
        take,
        include: { lockedBy: { select: { name: true } } },
      }),
  );
  const programmeIds = [...new Set(rows.map((r) => r.programmeId).filter((id): id is string => id !== null))];
  const unlockedIds = rows.filter((r) => r.unlockedAt).map((r) => r.id);
  const [programmes, unlocks] = await Promise.all([
    programmeIds.length ? db().programme.findMany({ where: { id: { in: programmeIds } }, select: { id: true, code: true, title: true } }) : [],
    unlockedIds.length
      ? db().auditEvent.findMany({
          where: { entityType: ENTITY, entityId: { in: unlockedIds }, action: "UPDATE" },
          orderBy: { createdAt: "desc" },
          select: { entityId: true, after: true, actor: { select: { name: true } } },
        })
      : [],
  ]);
  const unlockOf = (id: string) => {
    const event = unlocks.find((u) => u.entityId === id);
    const after = event?.after as { unlockReason?: unknown } | null | undefined;
    return event ? { by: event.actor?.name ?? null, reason: typeof after?.unlockReason === "string" ? after.unlockReason : "" } : null;
  };
  return pageOf(
    rows.map((r) => ({ ...r, programme: programmes.find((p) => p.id === r.programmeId) ?? null, unlock: r.unlockedAt ? unlockOf(r.id) : null })),
    total,
    page,
  );
}
