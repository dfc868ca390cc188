import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { indicatorScope, programmeScope } from "@/server/auth/scopes";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { paginate, type Page, parseSort } from "@/lib/list-params";
import { INDICATOR_SUMMARY } from "./select";

/*
 * Indicators: programme indicators are visible within programmeScope, plan-wide ones
 * (programmeId null) to every role (indicatorScope).
 */

export const INDICATOR_SORTS = ["code", "-code", "title", "-title", "programme", "-programme"] as const;
export type IndicatorSort = (typeof INDICATOR_SORTS)[number];

export interface IndicatorFilters {
  q?: string;
  programmeId?: string;
  /** Only plan-wide indicators (no programme). */
  planWide?: boolean;
  resultAreaId?: string;
  includeArchived?: boolean;
  sort?: IndicatorSort;
  page?: number;
}

function indicatorOrder(sort: IndicatorSort = "code"): Prisma.IndicatorOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  if (field === "programme") return [{ programme: { code: direction } }, { code: "asc" }, { id: "asc" }];
  return [{ [field]: direction }, { id: "asc" }];
}

export async function listIndicators(actor: Actor, filters: IndicatorFilters = {}) {
  assertCan(actor, "programmes.read");
  const where: Prisma.IndicatorWhereInput = {
    AND: [
      indicatorScope(actor),
      filters.includeArchived ? {} : { archived: false },
      filters.q
        ? {
            OR: [
              { code: { contains: filters.q, mode: "insensitive" } },
              { title: { contains: filters.q, mode: "insensitive" } },
              { definition: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {},
      filters.programmeId ? { programmeId: filters.programmeId } : {},
      filters.planWide ? { programmeId: null } : {},
      filters.resultAreaId
        ? { OR: [{ resultAreaId: filters.resultAreaId }, { resultArea: { parentId: filters.resultAreaId } }] }
        : {},
    ],
  };
  return paginate(
    filters.page,
    () => db().indicator.count({ where }),
    (skip, take) =>
      db().indicator.findMany({
        where,
        orderBy: indicatorOrder(filters.sort),
        skip,
        take,
        select: {
          ...INDICATOR_SUMMARY,
          baselineValue: true,
          targetValue: true,
          targetDate: true,
          archived: true,
          programme: { select: { id: true, code: true } },
          actionPlan: { select: { id: true, startYear: true, endYear: true } },
          resultArea: { select: { id: true, code: true, title: true } },
          _count: { select: { targets: true } },
          targets: { where: { organizationId: null }, select: { periodStart: true, periodEnd: true, targetValue: true } },
        },
      }),
  );
}

export type IndicatorListRow = Awaited<ReturnType<typeof listIndicators>> extends Page<infer R> ? R : never;

/** Values for the indicator list's filters, limited to what the caller may see. */
export async function indicatorFilterOptions(actor: Actor) {
  assertCan(actor, "programmes.read");
  const [programmes, resultAreas] = await Promise.all([
    db().programme.findMany({
      where: { AND: [programmeScope(actor), { archived: false }] },
      select: { id: true, code: true, title: true },
      orderBy: { code: "asc" },
    }),
    db().resultArea.findMany({
      where: { level: { in: ["OUTCOME", "OUTPUT"] }, archived: false, actionPlan: { archived: false } },
      select: { id: true, code: true, title: true, actionPlan: { select: { startYear: true, endYear: true } } },
      orderBy: [{ actionPlan: { startYear: "desc" } }, { sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);
  return { programmes, resultAreas };
}

/** One indicator with its period targets; "not found" when out of the caller's scope. */
export async function getIndicator(actor: Actor, id: string) {
  assertCan(actor, "programmes.read");
  const indicator = await db().indicator.findFirst({
    where: { AND: [{ id }, indicatorScope(actor)] },
    include: {
      programme: { select: { id: true, code: true, title: true, titleFr: true, titleEs: true } },
      actionPlan: { select: { id: true, title: true, startYear: true, endYear: true } },
      resultArea: { select: { id: true, code: true, title: true, level: true, actionPlan: { select: { title: true } } } },
      targets: {
        select: {
          id: true,
          periodStart: true,
          periodEnd: true,
          targetValue: true,
          organizationId: true,
          organization: { select: { id: true, acronym: true, name: true } },
        },
        orderBy: [{ periodStart: "asc" }, { organization: { acronym: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!indicator) throw new NotFoundError("Indicator");
  return indicator;
}

/**
 * Choices for the indicator form (staff): programmes with the outcomes and outputs they
 * serve and their beneficiary NSBs, Action Plans with theirs, and every NSB (targets of
 * plan-wide indicators).
 */
export async function indicatorFormOptions(actor: Actor) {
  assertCan(actor, "indicators.write");
  const area = { select: { id: true, code: true, title: true, level: true } } as const;
  const [programmes, plans, nsbs] = await Promise.all([
    db().programme.findMany({
      where: { archived: false },
      select: {
        id: true,
        code: true,
        title: true,
        resultAreas: {
          where: { resultArea: { level: { in: ["OUTCOME", "OUTPUT"] }, archived: false } },
          select: { resultArea: area },
          orderBy: { resultArea: { sortOrder: "asc" } },
        },
        beneficiaries: {
          select: { organization: { select: { id: true, acronym: true, name: true } } },
          orderBy: { organization: { acronym: "asc" } },
        },
      },
      orderBy: { code: "asc" },
    }),
    db().actionPlan.findMany({
      where: { archived: false },
      select: {
        id: true,
        title: true,
        startYear: true,
        endYear: true,
        resultAreas: { where: { level: { in: ["OUTCOME", "OUTPUT"] }, archived: false }, ...area, orderBy: { sortOrder: "asc" } },
      },
      orderBy: { startYear: "desc" },
    }),
    db().organization.findMany({
      where: { kind: "NSB", archived: false },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    }),
  ]);
  return {
    programmes: programmes.map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      resultAreas: p.resultAreas.map((r) => r.resultArea),
      nsbs: p.beneficiaries.map((b) => b.organization),
    })),
    plans,
    nsbs,
  };
}
