import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DevelopmentStatus, OrganizationKind } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { nsbScope } from "@/server/auth/scopes";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { pageOf, paginate, type Page, parseSort } from "@/lib/list-params";

/*
 * Organisations and countries are reference data: every signed-in role may read their
 * names ("framework.read"). An NSB's own page (its profile, see ./profile.ts) is scoped
 * with nsbScope.
 */

/** The acronym of the caller's own organisation (their NSB or donor), for the header. */
export async function organizationLabel(actor: Actor): Promise<string | null> {
  if (!actor.organizationId) return null;
  const org = await db().organization.findUnique({ where: { id: actor.organizationId }, select: { acronym: true } });
  return org?.acronym ?? null;
}

export const ORGANIZATION_SORTS = ["name", "-name", "acronym", "-acronym", "kind", "-kind", "country", "-country"] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

export interface OrganizationFilters {
  q?: string;
  kind?: OrganizationKind;
  countryCode?: string;
  region?: string;
  includeArchived?: boolean;
  sort?: OrganizationSort;
  page?: number;
}

function organizationOrder(sort: OrganizationSort = "name"): Prisma.OrganizationOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  const first: Prisma.OrganizationOrderByWithRelationInput =
    field === "country" ? { country: { name: direction } } : { [field]: direction };
  return [first, { name: "asc" }, { id: "asc" }];
}

/** Where an organisation may be opened: any non-NSB, and the NSBs in the caller's scope. */
export function visibleOrganizationScope(actor: Actor): Prisma.OrganizationWhereInput {
  return { OR: [{ kind: { not: "NSB" } }, nsbScope(actor)] };
}

export async function listOrganizations(actor: Actor, filters: OrganizationFilters = {}) {
  assertCan(actor, "framework.read");
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      filters.includeArchived ? {} : { archived: false },
      filters.q
        ? {
            OR: [
              { name: { contains: filters.q, mode: "insensitive" } },
              { acronym: { contains: filters.q, mode: "insensitive" } },
              { country: { name: { contains: filters.q, mode: "insensitive" } } },
            ],
          }
        : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.countryCode ? { countryCode: filters.countryCode } : {},
      filters.region ? { country: { region: filters.region } } : {},
    ],
  };
  const { rows, total, page } = await paginate(
    filters.page,
    () => db().organization.count({ where }),
    (skip, take) =>
      db().organization.findMany({
        where,
        orderBy: organizationOrder(filters.sort),
        skip,
        take,
        select: {
          id: true,
          name: true,
          acronym: true,
          kind: true,
          membershipCategory: true,
          website: true,
          archived: true,
          country: { select: { code: true, name: true, region: true } },
        },
      }),
  );
  // Names are not personal data, but an NSB's page is scoped: link only what the caller may open.
  const openable = new Set(
    (
      await db().organization.findMany({
        where: { AND: [{ id: { in: rows.map((r) => r.id) } }, visibleOrganizationScope(actor)] },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  return pageOf(
    rows.map((r) => ({ ...r, canOpen: openable.has(r.id) })),
    total,
    page,
  );
}

export type OrganizationListRow = Awaited<ReturnType<typeof listOrganizations>> extends Page<infer R> ? R : never;

/** Values for the organisation list's filters: countries and regions that have organisations. */
export async function organizationFilterOptions(actor: Actor) {
  assertCan(actor, "framework.read");
  const countries = await db().country.findMany({
    where: { organizations: { some: {} } },
    select: { code: true, name: true, region: true },
    orderBy: { name: "asc" },
  });
  return { countries, regions: [...new Set(countries.map((c) => c.region))].sort() };
}

/** One organisation's details; an NSB outside the caller's scope answers "not found". */
export async function getOrganization(actor: Actor, id: string) {
  assertCan(actor, "framework.read");
  const organization = await db().organization.findFirst({
    where: { AND: [{ id }, visibleOrganizationScope(actor)] },
    include: { country: { select: { code: true, name: true, region: true, subRegion: true, developmentStatus: true } } },
  });
  if (!organization) throw new NotFoundError("Organisation");
  return organization;
}

export const COUNTRY_SORTS = ["name", "-name", "code", "-code", "region", "-region"] as const;
export type CountrySort = (typeof COUNTRY_SORTS)[number];

export interface CountryFilters {
  q?: string;
  region?: string;
  developmentStatus?: DevelopmentStatus;
  sort?: CountrySort;
  page?: number;
}

/** The ISO 3166-1 country list (seeded in full), searchable by name or code. */
export async function listCountries(actor: Actor, filters: CountryFilters = {}) {
  assertCan(actor, "framework.read");
  const where: Prisma.CountryWhereInput = {
    AND: [
      filters.q
        ? {
            OR: [
              { name: { contains: filters.q, mode: "insensitive" } },
              { code: { equals: filters.q.toUpperCase() } },
              { subRegion: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {},
      filters.region ? { region: filters.region } : {},
      filters.developmentStatus ? { developmentStatus: filters.developmentStatus } : {},
    ],
  };
  const { field, direction } = parseSort(filters.sort ?? "name");
  return paginate(
    filters.page,
    () => db().country.count({ where }),
    (skip, take) =>
      db().country.findMany({
        where,
        orderBy: [{ [field]: direction }, ...(field === "region" ? [{ subRegion: "asc" as const }] : []), { name: "asc" }],
        skip,
        take,
        select: { code: true, name: true, region: true, subRegion: true, developmentStatus: true, _count: { select: { organizations: true } } },
      }),
  );
}

/** The regions of the country list, for filters. */
export async function countryRegions(actor: Actor): Promise<string[]> {
  assertCan(actor, "framework.read");
  const rows = await db().country.findMany({ distinct: ["region"], select: { region: true }, orderBy: { region: "asc" } });
  return rows.map((r) => r.region);
}

/** Every country as a choice for a form's country select. */
export async function countryOptions(actor: Actor) {
  assertCan(actor, "framework.read");
  return db().country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
