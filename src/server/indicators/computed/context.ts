import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { nsbScope, programmeScope } from "@/server/auth/scopes";
import { isBoundToNsb, seesPersonalData } from "@/server/auth/roles";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import type { DaySpan } from "@/lib/dashboards/figures";
import { NOT_A_DAY } from "@/lib/form-fields";
import type { ComputedSource } from "./types";

/*
 * What a computation may see, built once per view from the caller (never the actor itself,
 * which stays here): the row scopes as where fragments, the NSBs the figures are limited to,
 * and whether sample rows may carry names. A dashboard builds it once and computes every
 * indicator and period through it.
 */

export const computedIndicatorSelect = {
  id: true,
  code: true,
  title: true,
  unit: true,
  source: true,
  disaggregateByNsb: true,
  disaggregateBySex: true,
  programmeId: true,
  programme: {
    select: {
      id: true,
      code: true,
      title: true,
      startDate: true,
      endDate: true,
      beneficiaries: { select: { organization: { select: { id: true, acronym: true } } } },
    },
  },
  actionPlan: { select: { startYear: true, endYear: true } },
  targets: { select: { periodStart: true, periodEnd: true, organizationId: true, targetValue: true } },
} satisfies Prisma.IndicatorSelect;

export type ComputedIndicator = Prisma.IndicatorGetPayload<{ select: typeof computedIndicatorSelect }> & { source: ComputedSource };

/** The caller's view, built once (viewerScope). */
export interface ViewerScope {
  /** Programmes the caller may see (programmeScope). */
  programmeWhere: Prisma.ProgrammeWhereInput;
  /** NSBs the caller may see (nsbScope). */
  nsbWhere: Prisma.OrganizationWhereInput;
  /** NSB ids the figures are limited to (null: no limit). */
  nsbIds: string[] | null;
  /** Acronym of the one NSB the figures are limited to, for the formula. */
  nsbLabel: string | null;
  /** Names and titles in sample rows (not for donors). */
  names: boolean;
}

/** One indicator computed within a view: what every source definition receives. */
export interface SourceContext extends ViewerScope {
  indicator: ComputedIndicator;
}

/** The caller's view: a focal point only their NSB; an asked-for NSB must be in scope (else NotFoundError). */
export async function viewerScope(actor: Actor, nsbId: string | null | undefined): Promise<ViewerScope> {
  assertCan(actor, "dashboards.read");
  const base = { programmeWhere: programmeScope(actor), nsbWhere: nsbScope(actor), names: seesPersonalData(actor) };
  if (isBoundToNsb(actor)) {
    const own = actor.organizationId;
    if (!own || (nsbId && nsbId !== own)) throw new NotFoundError("NSB");
    const nsb = await db().organization.findFirst({ where: { id: own }, select: { acronym: true } });
    return { ...base, nsbIds: [own], nsbLabel: nsb?.acronym ?? null };
  }
  if (nsbId) {
    const nsb = await db().organization.findFirst({ where: { AND: [{ id: nsbId }, base.nsbWhere] }, select: { id: true, acronym: true } });
    if (!nsb) throw new NotFoundError("NSB");
    return { ...base, nsbIds: [nsb.id], nsbLabel: nsb.acronym };
  }
  return { ...base, nsbIds: null, nsbLabel: null };
}

/** The computed indicators among these ids that the where (the caller's indicatorScope) lets through. */
export async function loadComputedIndicators(where: Prisma.IndicatorWhereInput, ids: readonly string[]): Promise<ComputedIndicator[]> {
  if (ids.length === 0) return [];
  const rows = await db().indicator.findMany({ where: { AND: [{ id: { in: [...ids] } }, { source: { not: "MANUAL" } }, where] }, select: computedIndicatorSelect });
  return rows as ComputedIndicator[];
}

function toDate(value: Date | string, field: string): Date {
  const d = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  if (Number.isNaN(d.getTime())) throw new DomainValidationError("Enter the period as two dates.", { [field]: [NOT_A_DAY] });
  return d;
}

/** A period given as two days (Dates or "yyyy-mm-dd"), checked. */
export function periodOf(options: { periodStart: Date | string; periodEnd: Date | string }): DaySpan {
  const start = toDate(options.periodStart, "periodStart");
  const end = toDate(options.periodEnd, "periodEnd");
  if (end < start) throw new DomainValidationError("The period ends before it starts.", { periodEnd: ["The end must be on or after the start."] });
  return { start, end };
}
