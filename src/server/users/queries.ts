import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { pageOf, paginate, parseSort } from "@/lib/list-params";

export const USER_SORTS = ["name", "-name", "email", "-email", "role", "-role", "lastLoginAt", "-lastLoginAt", "createdAt", "-createdAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export interface UserFilters {
  q?: string;
  role?: Role;
  organizationId?: string;
  active?: boolean;
  sort?: UserSort;
  page?: number;
}

function orderBy(sort: UserSort = "name"): Prisma.UserOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  // Users who never signed in come last whichever way the list is sorted.
  const primary: Prisma.UserOrderByWithRelationInput =
    field === "lastLoginAt" ? { lastLoginAt: { sort: direction, nulls: "last" } } : { [field]: direction };
  return [primary, { email: "asc" }];
}

/** Users for the administration list (administrators only). */
export async function listUsers(actor: Actor, filters: UserFilters = {}) {
  assertCan(actor, "users.manage");
  const where: Prisma.UserWhereInput = {
    AND: [
      filters.q
        ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q, mode: "insensitive" } }] }
        : {},
      filters.role ? { role: filters.role } : {},
      filters.organizationId ? { organizationId: filters.organizationId } : {},
      filters.active === undefined ? {} : { active: filters.active },
    ],
  };
  const { rows, total, page } = await paginate(
    filters.page,
    () => db().user.count({ where }),
    (skip, take) =>
      db().user.findMany({
        where,
        orderBy: orderBy(filters.sort),
        skip,
        take,
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          lastLoginAt: true,
          passwordHash: true,
          organization: { select: { id: true, acronym: true, name: true } },
        },
      }),
  );
  // The hash only tells whether the invitation was accepted; it never leaves this module.
  const safeRows = rows.map(({ passwordHash, ...row }) => ({ ...row, invitationPending: passwordHash === null }));
  return pageOf(safeRows, total, page);
}

/** One user with what the edit page shows; "not found" for an unknown id. */
export async function getUser(actor: Actor, id: string) {
  assertCan(actor, "users.manage");
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organizationId: true,
      organization: { select: { id: true, acronym: true, name: true, kind: true } },
      active: true,
      lastLoginAt: true,
      passwordChangedAt: true,
      passwordHash: true,
      createdAt: true,
      updatedAt: true,
      version: true,
      tokens: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        select: { purpose: true, expiresAt: true },
        orderBy: { expiresAt: "desc" },
      },
    },
  });
  if (!user) throw new NotFoundError("User");
  const { passwordHash, tokens, ...rest } = user;
  return { ...rest, invitationPending: passwordHash === null, openLinks: tokens };
}

/** Organisations a user can be attached to (NSBs, donors, ISO/CS), and those that have users, for filters. */
export async function userOrganizationOptions(actor: Actor) {
  assertCan(actor, "users.manage");
  const select = { id: true, acronym: true, name: true, kind: true } as const;
  const [assignable, withUsers] = await Promise.all([
    db().organization.findMany({
      where: { archived: false, kind: { in: ["NSB", "DONOR", "ISO_CS"] } },
      select,
      orderBy: [{ kind: "asc" }, { acronym: "asc" }],
    }),
    db().organization.findMany({ where: { users: { some: {} } }, select, orderBy: { acronym: "asc" } }),
  ]);
  return { assignable, withUsers };
}
