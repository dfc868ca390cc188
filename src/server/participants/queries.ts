import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { activityScope, participantScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import { paginate, parseSort } from "@/lib/list-params";
import { normalizeEmail, normalizePersonName } from "@/lib/normalize";
import { isBoundToNsb, boundNsbId, NO_ID } from "@/server/auth/roles";

export const PARTICIPANT_SORTS = ["fullName", "-fullName", "createdAt", "-createdAt", "organizationName"] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

export interface ParticipantFilters {
  q?: string;
  sex?: Sex;
  ageBand?: AgeBand;
  stakeholderGroup?: StakeholderGroup;
  organizationName?: string;
  nsbId?: string;
  sort?: ParticipantSort;
  page?: number;
}

export const participantListSelect = {
  id: true,
  fullName: true,
  email: true,
  sex: true,
  ageBand: true,
  stakeholderGroup: true,
  organizationName: true,
  jobTitle: true,
  consentToContact: true,
  countryCode: true,
  organization: { select: { id: true, acronym: true } },
  _count: { select: { participations: true } },
} satisfies Prisma.ParticipantSelect;

/** The where clause of the participant list: the caller's scope AND the filters. */
export function participantWhere(actor: Actor, filters: ParticipantFilters): Prisma.ParticipantWhereInput {
  return {
    AND: [
      participantScope(actor),
      filters.q
        ? {
            OR: [
              { normalizedName: { contains: normalizePersonName(filters.q) } },
              { email: { contains: normalizeEmail(filters.q) } },
              { organizationName: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {},
      filters.sex ? { sex: filters.sex } : {},
      filters.ageBand ? { ageBand: filters.ageBand } : {},
      filters.stakeholderGroup ? { stakeholderGroup: filters.stakeholderGroup } : {},
      filters.organizationName ? { organizationName: { contains: filters.organizationName, mode: "insensitive" } } : {},
      filters.nsbId ? { organizationId: filters.nsbId } : {},
    ],
  };
}

export function participantOrderBy(sort: ParticipantSort = "fullName"): Prisma.ParticipantOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  return [{ [field]: direction }, { id: "asc" }];
}

/** The participants registry: staff see all, a focal point their NSB's; donors are refused. */
export async function listParticipants(actor: Actor, filters: ParticipantFilters = {}) {
  assertCan(actor, "participants.read");
  const where = participantWhere(actor, filters);
  return paginate(
    filters.page,
    () => db().participant.count({ where }),
    (skip, take) =>
      db().participant.findMany({ where, orderBy: participantOrderBy(filters.sort), skip, take, select: participantListSelect }),
  );
}

/** One participant with the participations the caller may see. */
export async function getParticipant(actor: Actor, id: string) {
  assertCan(actor, "participants.read");
  const participant = await db().participant.findFirst({
    where: { AND: [{ id }, participantScope(actor)] },
    include: {
      organization: { select: { id: true, acronym: true, name: true } },
      country: { select: { code: true, name: true } },
      participations: {
        where: { activity: activityScope(actor) },
        orderBy: { activity: { startDate: "desc" } },
        include: { activity: { select: { id: true, title: true, startDate: true, programme: { select: { code: true } } } } },
      },
    },
  });
  if (!participant) throw new NotFoundError("Participant");
  return participant;
}

/**
 * Likely duplicates of a person within the caller's scope: the same email, or the same
 * normalised name at the same organisation (or with no organisation given).
 */
export async function findLikelyDuplicates(
  actor: Actor,
  person: { fullName: string; email?: string | null; organizationName?: string | null; organizationId?: string | null },
  excludeId?: string,
) {
  assertCan(actor, "participants.read");
  const name = normalizePersonName(person.fullName);
  const email = person.email ? normalizeEmail(person.email) : null;
  const org = person.organizationName?.trim() ?? "";
  return db().participant.findMany({
    where: {
      AND: [
        participantScope(actor),
        excludeId ? { id: { not: excludeId } } : {},
        {
          OR: [
            ...(email ? [{ email }] : []),
            { normalizedName: name, ...(org ? { organizationName: { equals: org, mode: "insensitive" as const } } : {}) },
          ],
        },
      ],
    },
    select: {
      id: true,
      fullName: true,
      email: true,
      organizationName: true,
      sex: true,
      ageBand: true,
      stakeholderGroup: true,
      organization: { select: { acronym: true } },
      _count: { select: { participations: true } },
    },
    take: 10,
  });
}

/** NSBs the caller may register participants for: all NSBs for staff, their own for a focal point. */
export async function participantNsbOptions(actor: Actor) {
  assertCan(actor, "participants.write");
  return db().organization.findMany({
    where: { kind: "NSB", archived: false, ...(isBoundToNsb(actor) ? { id: boundNsbId(actor) ?? NO_ID } : {}) },
    select: { id: true, acronym: true, name: true, countryCode: true },
    orderBy: { acronym: "asc" },
  });
}
