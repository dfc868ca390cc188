import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CommitteeMembership, Leadership } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { deleteVersioned, updateVersioned } from "@/server/audit/versioned";
import { NotFoundError } from "@/domain/errors";
import { paginate, type Page, parseSort } from "@/lib/list-params";
import { toDay } from "@/lib/form-fields";
import { committeeRoleSchema, type CommitteeRoleData, type CommitteeRoleInput } from "@/domain/evidence/schema";
import { refuseFields, validateWith, versionOf } from "@/server/mutations";
import { assertWritableNsb, dayOrNull, evidenceScope } from "./shared";

/*
 * NSBs' roles in ISO committees (Outcome 2 evidence): P- or O-membership and leadership
 * (chair, secretary, convener, twinning), from a date, to a date or ongoing. Same access
 * rules as national adoptions. One role per (NSB, committee, start date): the database
 * has no unique index for it, so writers of one NSB's roles take turns (advisory lock).
 */

export const COMMITTEE_ROLE_ENTITY = "CommitteeRole";
export const COMMITTEE_ROLE_SORTS = ["committee", "-committee", "nsb", "-nsb", "-fromDate", "fromDate"] as const;
export type CommitteeRoleSort = (typeof COMMITTEE_ROLE_SORTS)[number];

export interface CommitteeRoleFilters {
  q?: string;
  nsbId?: string;
  membership?: CommitteeMembership;
  leadership?: Leadership;
  /** Roles held at some point on or after this day (yyyy-mm-dd). */
  from?: string;
  /** Roles held at some point on or before this day (yyyy-mm-dd). */
  to?: string;
  sort?: CommitteeRoleSort;
  page?: number;
}

function roleOrder(sort: CommitteeRoleSort = "committee"): Prisma.CommitteeRoleOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  if (field === "nsb") return [{ organization: { acronym: direction } }, { committee: "asc" }, { id: "asc" }];
  if (field === "fromDate") return [{ fromDate: direction }, { committee: "asc" }, { id: "asc" }];
  return [{ committee: direction }, { organization: { acronym: "asc" } }, { fromDate: "asc" }, { id: "asc" }];
}

const isDay = (s: string | undefined): s is string => Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toDay(s).getTime()));

const listSelect = {
  id: true,
  version: true,
  committee: true,
  membership: true,
  leadership: true,
  fromDate: true,
  toDate: true,
  organization: { select: { id: true, acronym: true, name: true } },
} satisfies Prisma.CommitteeRoleSelect;

export async function listCommitteeRoles(actor: Actor, filters: CommitteeRoleFilters = {}) {
  assertCan(actor, "evidence.read");
  const where: Prisma.CommitteeRoleWhereInput = {
    AND: [
      evidenceScope(actor),
      filters.q ? { committee: { contains: filters.q.trim(), mode: "insensitive" } } : {},
      filters.nsbId ? { organizationId: filters.nsbId } : {},
      filters.membership ? { membership: filters.membership } : {},
      filters.leadership ? { leadership: filters.leadership } : {},
      // Held during [from, to]: started by `to`, not ended before `from`.
      isDay(filters.to) ? { fromDate: { lte: toDay(filters.to) } } : {},
      isDay(filters.from) ? { OR: [{ toDate: null }, { toDate: { gte: toDay(filters.from) } }] } : {},
    ],
  };
  return paginate(
    filters.page,
    () => db().committeeRole.count({ where }),
    (skip, take) =>
      db().committeeRole.findMany({ where, orderBy: roleOrder(filters.sort), skip, take, select: listSelect }),
  );
}

export type CommitteeRoleListRow = Awaited<ReturnType<typeof listCommitteeRoles>> extends Page<infer R> ? R : never;

export async function getCommitteeRole(actor: Actor, id: string) {
  assertCan(actor, "evidence.read");
  const row = await db().committeeRole.findFirst({ where: { AND: [{ id }, evidenceScope(actor)] }, select: listSelect });
  if (!row) throw new NotFoundError("Committee role");
  return row;
}

const scalarData = (data: CommitteeRoleData) => ({
  organizationId: data.organizationId,
  committee: data.committee,
  membership: data.membership,
  leadership: data.leadership,
  fromDate: toDay(data.fromDate),
  toDate: dayOrNull(data.toDate),
});

/** One writer of an NSB's committee roles at a time, so two saves cannot both add the same role. */
export async function lockCommitteeRoles(tx: Tx, organizationIds: string[]) {
  for (const id of [...new Set(organizationIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`committee-role:${id}`}))`;
  }
}

export async function checkCommitteeRole(tx: Tx, actor: Actor, data: CommitteeRoleData, current: { id: string; organizationId: string } | null) {
  await assertWritableNsb(tx, actor, data.organizationId, current?.organizationId ?? null);
  await lockCommitteeRoles(tx, [data.organizationId]);
  const same = await tx.committeeRole.findFirst({
    where: { organizationId: data.organizationId, committee: data.committee, fromDate: toDay(data.fromDate), ...(current ? { id: { not: current.id } } : {}) },
    select: { id: true },
  });
  if (same) refuseFields({ committee: ["This NSB already has a role in this committee from this date; edit that one instead."] });
}

export async function createCommitteeRole(actor: Actor, input: CommitteeRoleInput): Promise<{ id: string }> {
  assertCan(actor, "evidence.write");
  const data = validateWith(committeeRoleSchema, input);
  return db().$transaction(async (tx) => {
    await checkCommitteeRole(tx, actor, data, null);
    const row = await tx.committeeRole.create({ data: scalarData(data) });
    await recordAudit(tx, actor, { action: "CREATE", entityType: COMMITTEE_ROLE_ENTITY, entityId: row.id, after: row });
    return { id: row.id };
  });
}

async function currentFor(tx: Tx, actor: Actor, id: string, version: number) {
  const current = await tx.committeeRole.findFirst({ where: { AND: [{ id }, evidenceScope(actor)] } });
  if (!current) throw new NotFoundError("Committee role");
  await assertVersion(tx, COMMITTEE_ROLE_ENTITY, current, version);
  return current;
}

export async function updateCommitteeRole(actor: Actor, id: string, input: CommitteeRoleInput & { version: number }): Promise<{ id: string; version: number }> {
  assertCan(actor, "evidence.write");
  const data = validateWith(committeeRoleSchema, input);
  const version = versionOf(input.version);
  return db().$transaction(async (tx) => {
    const current = await currentFor(tx, actor, id, version);
    await checkCommitteeRole(tx, actor, data, current);
    const after = await updateVersioned(tx, "CommitteeRole", id, version, scalarData(data));
    await recordAudit(tx, actor, { action: "UPDATE", entityType: COMMITTEE_ROLE_ENTITY, entityId: id, before: current, after });
    return { id, version: after.version };
  });
}

export async function deleteCommitteeRole(actor: Actor, id: string, version: number): Promise<void> {
  assertCan(actor, "evidence.write");
  const expected = versionOf(version);
  await db().$transaction(async (tx) => {
    const current = await currentFor(tx, actor, id, expected);
    await deleteVersioned(tx, "CommitteeRole", id, expected, "Committee role");
    await recordAudit(tx, actor, { action: "DELETE", entityType: COMMITTEE_ROLE_ENTITY, entityId: id, before: current });
  });
}
