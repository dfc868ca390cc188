import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "./actor";
import { ForbiddenError, UnauthenticatedError } from "@/domain/errors";

/**
 * What each role may do. Row-level scope (own NSB, funded programmes) is applied on top
 * of this by the scope helpers in ./scopes.ts, inside each query's where.
 * ARCHITECTURE.md prints this table; keep the two in step.
 */
export const PERMISSIONS = {
  "users.manage": ["ADMIN"],
  "audit.read": ["ADMIN", "STAFF"],
  "framework.read": ["ADMIN", "STAFF", "FOCAL_POINT", "DONOR"],
  "framework.write": ["ADMIN", "STAFF"],
  "organizations.write": ["ADMIN", "STAFF"],
  "programmes.read": ["ADMIN", "STAFF", "FOCAL_POINT", "DONOR"],
  "programmes.write": ["ADMIN", "STAFF"],
  "activities.write": ["ADMIN", "STAFF"],
  "indicators.write": ["ADMIN", "STAFF"],
  "participants.read": ["ADMIN", "STAFF", "FOCAL_POINT"],
  "participants.write": ["ADMIN", "STAFF", "FOCAL_POINT"],
  "participants.erase": ["ADMIN", "STAFF"],
  "reports.write": ["ADMIN", "STAFF", "FOCAL_POINT"],
  "reports.review": ["ADMIN", "STAFF"],
  "dashboards.read": ["ADMIN", "STAFF", "FOCAL_POINT", "DONOR"],
  "evidence.read": ["ADMIN", "STAFF", "FOCAL_POINT", "DONOR"],
  "evidence.write": ["ADMIN", "STAFF", "FOCAL_POINT"],
  "assessments.read": ["ADMIN", "STAFF", "FOCAL_POINT", "DONOR"],
  "assessments.write": ["ADMIN", "STAFF", "FOCAL_POINT"],
  "assessments.validate": ["ADMIN", "STAFF"],
  "assessments.templates": ["ADMIN", "STAFF"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Pick<Actor, "role"> | null, permission: Permission): boolean {
  if (!actor) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: Pick<Actor, "role"> | null, permission: Permission): void {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission)) throw new ForbiddenError();
}
