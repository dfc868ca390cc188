import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { recordAudit } from "@/server/audit/record";
import { NotFoundError } from "@/domain/errors";
import { paginate } from "@/lib/list-params";

/* In-app notifications: every signed-in user sees and marks only their own. */

export async function listMyNotifications(actor: Actor, filters: { unreadOnly?: boolean; page?: number } = {}) {
  const where = { userId: actor.id, ...(filters.unreadOnly ? { readAt: null } : {}) };
  return paginate(
    filters.page,
    () => db().notification.count({ where }),
    (skip, take) =>
      db().notification.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip,
        take,
        select: { id: true, message: true, link: true, readAt: true, createdAt: true },
      }),
  );
}

export function unreadNotificationCount(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks one of the caller's notifications as read (already read: nothing changes). */
export async function markNotificationRead(actor: Actor, id: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.notification.findFirst({ where: { id, userId: actor.id } });
    if (!before) throw new NotFoundError("Notification");
    if (before.readAt) return before;
    const after = await tx.notification.update({ where: { id }, data: { readAt: new Date() } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Notification", entityId: id, before, after });
    return after;
  });
}

/** Marks all of the caller's unread notifications as read; answers how many. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  return db().$transaction(async (tx) => {
    const unread = await tx.notification.findMany({ where: { userId: actor.id, readAt: null } });
    const now = new Date();
    for (const before of unread) {
      const after = await tx.notification.update({ where: { id: before.id }, data: { readAt: now } });
      await recordAudit(tx, actor, { action: "UPDATE", entityType: "Notification", entityId: before.id, before, after });
    }
    return unread.length;
  });
}
