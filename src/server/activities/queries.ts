import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActivityLevel, ActivityStatus, ActivityType, Modality } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { activityScope, nsbScope, programmeScope } from "@/server/auth/scopes";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { paginate, type Page, parseSort } from "@/lib/list-params";
import { ACTIVITY_SUMMARY } from "./select";
import { CURRENCIES, toDay } from "@/lib/form-fields";

/*
 * Activities are read by every role within its scope (programmes.read + activityScope):
 * staff all, a focal point those of their NSB's programmes that target their NSB, a donor
 * those of the programmes it funds. Writes are in ./mutations.ts.
 */

export const ACTIVITY_SORTS = ["startDate", "-startDate", "title", "-title", "status", "-status"] as const;
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

export interface ActivityFilters {
  q?: string;
  programmeId?: string;
  status?: ActivityStatus;
  type?: ActivityType;
  level?: ActivityLevel;
  modality?: Modality;
  /** Activities that target this NSB. */
  nsbId?: string;
  /** yyyy-mm-dd: activities still running on or after this day. */
  from?: string;
  /** yyyy-mm-dd: activities starting on or before this day. */
  to?: string;
  sort?: ActivitySort;
  page?: number;
}

function orderBy(sort: ActivitySort = "-startDate"): Prisma.ActivityOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  return field === "startDate" ? [{ startDate: direction }, { endDate: direction }, { id: "asc" }] : [{ [field]: direction }, { startDate: "asc" }, { id: "asc" }];
}

const validDay = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toDay(s).getTime()) ? toDay(s) : undefined);

export async function listActivities(actor: Actor, filters: ActivityFilters = {}) {
  assertCan(actor, "programmes.read");
  const from = validDay(filters.from);
  const to = validDay(filters.to);
  const q = filters.q?.trim();
  const where: Prisma.ActivityWhereInput = {
    AND: [
      activityScope(actor),
      // Archived programmes' activities leave the list with them, unless that programme is asked for.
      filters.programmeId ? { programmeId: filters.programmeId } : { programme: { archived: false } },
      q
        ? {
            OR: [
              { title: { contains: q, mode: "insensitive" } },
              { description: { contains: q, mode: "insensitive" } },
              { venueCity: { contains: q, mode: "insensitive" } },
              { topics: { has: q } },
              { programme: { code: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {},
      filters.status ? { status: filters.status } : {},
      filters.type ? { type: filters.type } : {},
      filters.level ? { level: filters.level } : {},
      filters.modality ? { modality: filters.modality } : {},
      filters.nsbId ? { targetNsbs: { some: { organizationId: filters.nsbId } } } : {},
      from ? { endDate: { gte: from } } : {},
      to ? { startDate: { lte: to } } : {},
    ],
  };
  return paginate(
    filters.page,
    () => db().activity.count({ where }),
    (skip, take) =>
      db().activity.findMany({
        where,
        orderBy: orderBy(filters.sort),
        skip,
        take,
        select: {
          ...ACTIVITY_SUMMARY,
          topics: true,
          programme: { select: { id: true, code: true, title: true } },
          _count: { select: { participations: true, targetNsbs: true } },
        },
      }),
  );
}

export type ActivityListRow = Awaited<ReturnType<typeof listActivities>> extends Page<infer R> ? R : never;

/** Values for the activity list's filter menus, limited to what the caller may see. */
export async function activityFilterOptions(actor: Actor) {
  assertCan(actor, "programmes.read");
  const [programmes, nsbs] = await Promise.all([
    db().programme.findMany({
      where: { AND: [programmeScope(actor), { archived: false }] },
      select: { id: true, code: true, title: true },
      orderBy: [{ code: "asc" }, { id: "asc" }],
    }),
    db().organization.findMany({
      where: { AND: [nsbScope(actor), { targetedBy: { some: { activity: activityScope(actor) } } }] },
      select: { id: true, acronym: true, name: true },
      orderBy: [{ acronym: "asc" }, { id: "asc" }],
    }),
  ]);
  return { programmes, nsbs };
}

/** One activity with what its page shows; "not found" when out of the caller's scope. */
export async function getActivity(actor: Actor, id: string) {
  assertCan(actor, "programmes.read");
  const activity = await db().activity.findFirst({
    where: { AND: [{ id }, activityScope(actor)] },
    include: {
      programme: { select: { id: true, code: true, title: true, archived: true, budgetCurrency: true } },
      resultArea: { select: { id: true, code: true, title: true, level: true } },
      venueCountry: { select: { code: true, name: true } },
      targetNsbs: {
        select: { organization: { select: { id: true, acronym: true, name: true, country: { select: { code: true, name: true } } } } },
        orderBy: { organization: { acronym: "asc" } },
      },
      _count: { select: { participations: true } },
    },
  });
  if (!activity) throw new NotFoundError("Activity");
  return activity;
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>;

/** Programmes staff may add activities to (not archived), for the "new activity" picker. */
export async function activityProgrammeChoices(actor: Actor) {
  assertCan(actor, "activities.write");
  return db().programme.findMany({
    where: { AND: [programmeScope(actor), { archived: false }] },
    select: { id: true, code: true, title: true },
    orderBy: [{ code: "asc" }, { id: "asc" }],
  });
}

/**
 * Choices for the activity form of one programme: its beneficiary NSBs (the only possible
 * targets), the outcomes and outputs it serves, countries and currencies.
 */
export async function activityFormOptions(actor: Actor, programmeId: string) {
  assertCan(actor, "activities.write");
  const [programme, countries] = await Promise.all([
    db().programme.findFirst({
      where: { AND: [{ id: programmeId }, programmeScope(actor)] },
      select: {
        id: true,
        code: true,
        title: true,
        archived: true,
        budgetCurrency: true,
        beneficiaries: {
          select: { organization: { select: { id: true, acronym: true, name: true, country: { select: { name: true } } } } },
          orderBy: { organization: { acronym: "asc" } },
        },
        resultAreas: {
          where: { resultArea: { level: { in: ["OUTCOME", "OUTPUT"] } } },
          select: { resultArea: { select: { id: true, code: true, title: true, level: true } } },
          orderBy: { resultArea: { code: "asc" } },
        },
      },
    }),
    db().country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  if (!programme) throw new NotFoundError("Programme");
  return {
    programme: { id: programme.id, code: programme.code, title: programme.title, archived: programme.archived, currency: programme.budgetCurrency },
    nsbs: programme.beneficiaries.map((b) => ({ id: b.organization.id, acronym: b.organization.acronym, name: b.organization.name, country: b.organization.country?.name ?? "" })),
    resultAreas: programme.resultAreas.map((r) => r.resultArea),
    countries,
    currencies: [...CURRENCIES],
  };
}

export type ActivityFormOptions = Awaited<ReturnType<typeof activityFormOptions>>;
