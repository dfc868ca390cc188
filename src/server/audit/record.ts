import "server-only";
import type { AuditAction } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { ConflictError } from "@/domain/errors";

// Secrets never enter the trail.
const REDACTED_KEYS = new Set(["passwordHash", "tokenHash"]);

function snapshot(value: object | null | undefined): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value == null) return Prisma.DbNull;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (REDACTED_KEYS.has(key) ? "[redacted]" : v)),
  ) as Prisma.InputJsonValue;
}

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(
  tx: Tx,
  actor: Pick<Actor, "id"> | null,
  event: { action: AuditAction; entityType: string; entityId: string; before?: object | null; after?: object | null },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: snapshot(event.before),
      after: snapshot(event.after),
    },
  });
}

/**
 * Refuses a stale write: `current` is the row as it is now, `expectedVersion` the
 * version the caller read. Names the last person who changed it, from the trail.
 */
export async function assertVersion(
  tx: Tx,
  entityType: string,
  current: { id: string; version: number; updatedAt: Date },
  expectedVersion: number,
): Promise<void> {
  if (current.version === expectedVersion) return;
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId: current.id },
    orderBy: { createdAt: "desc" },
    select: { actor: { select: { name: true } } },
  });
  throw new ConflictError(last?.actor?.name ?? null, current.updatedAt, current as Record<string, unknown>);
}
