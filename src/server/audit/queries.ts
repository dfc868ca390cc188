import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { paginate, type Page } from "@/lib/list-params";

export interface AuditFilters {
  userId?: string;
  entityType?: string;
  entityId?: string;
  action?: AuditAction;
  /** Events on or after this day (UTC). */
  from?: Date;
  /** Events on or before this day (UTC, the whole day included). */
  to?: Date;
  page?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const eventSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

/** The audit trail, newest first, filtered and paginated. Staff only. */
export async function listAuditEvents(actor: Actor, filters: AuditFilters = {}) {
  assertCan(actor, "audit.read");
  const startOfNextDay = filters.to ? new Date(Date.UTC(filters.to.getUTCFullYear(), filters.to.getUTCMonth(), filters.to.getUTCDate()) + DAY_MS) : undefined;
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      filters.userId ? { actorId: filters.userId } : {},
      filters.entityType ? { entityType: filters.entityType } : {},
      filters.entityId ? { entityId: filters.entityId } : {},
      filters.action ? { action: filters.action } : {},
      filters.from ? { createdAt: { gte: filters.from } } : {},
      startOfNextDay ? { createdAt: { lt: startOfNextDay } } : {},
    ],
  };
  return paginate(
    filters.page,
    () => db().auditEvent.count({ where }),
    (skip, take) =>
      db().auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip,
        take,
        select: eventSelect,
      }),
  );
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>> extends Page<infer R> ? R : never;

/** Values for the audit page's filter menus: users who have events, entity types present. */
export async function auditFilterOptions(actor: Actor) {
  assertCan(actor, "audit.read");
  const [users, types] = await Promise.all([
    db().user.findMany({
      where: { auditEvents: { some: {} } },
      select: { id: true, name: true, email: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db().auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { users, entityTypes: types.map((t) => t.entityType) };
}

/** Every event of one record, newest first (a record's history panel). Staff only. */
export async function listEntityHistory(actor: Actor, entityType: string, entityId: string) {
  assertCan(actor, "audit.read");
  return db().auditEvent.findMany({
    // A user's history includes their one-time links (invitation, reset issued, used, voided).
    where:
      entityType === "User"
        ? { OR: [{ entityType, entityId }, { entityType: "UserToken", after: { path: ["userId"], equals: entityId } }] }
        : { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: eventSelect,
  });
}
