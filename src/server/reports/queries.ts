import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { isStaff, NO_ID } from "@/server/auth/roles";
import { assertCan, can } from "@/server/auth/permissions";
import { indicatorScope, nsbScope, programmeScope, reportScope } from "@/server/auth/scopes";
import { ForbiddenError, NotFoundError, DomainValidationError } from "@/domain/errors";
import { paginate, type Page } from "@/lib/list-params";
import { periodsOverlap, samePeriod, type Period } from "@/domain/reports/rules";
import { canTransition, isEditable } from "@/domain/reports/status";
import { INDICATOR_FOR_REPORT, activeLockFor, assertReportable, loadIndicator, nsbIndicators, periodsOf, type IndicatorForReport } from "./internal";

/*
 * Reading reports. Staff see every report, a focal point their own NSB's (reportScope),
 * donors none: they see approved values only, through latestApprovedValues on programme
 * pages.
 */

/** Whether `actor` may write reports of `indicator` for `organizationId`, and if not, why. */
function reportRefusal(actor: Actor, indicator: IndicatorForReport, organizationId: string | null): string | null {
  if (!can(actor, "reports.write")) return "You do not have permission to do this.";
  try {
    assertReportable(actor, indicator, organizationId);
    return null;
  } catch (error) {
    if (error instanceof DomainValidationError || error instanceof ForbiddenError) return error.message;
    throw error;
  }
}

/** One report with what its page shows, and what the caller may do with it now. */
export async function getReport(actor: Actor, id: string) {
  assertCan(actor, "reports.write");
  const report = await db().indicatorReport.findFirst({
    where: { AND: [{ id }, reportScope(actor)] },
    include: {
      indicator: { select: { ...INDICATOR_FOR_REPORT, definition: true } },
      organization: { select: { id: true, acronym: true, name: true } },
      submittedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      evidenceFiles: { select: { id: true, fileName: true, contentType: true, sizeBytes: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!report) throw new NotFoundError("Report");
  const lock = await activeLockFor(db(), report.indicator.programmeId, report);
  const refusal = reportRefusal(actor, report.indicator, report.organizationId);
  const writable = refusal === null && lock === null;
  const ownSubmission = report.submittedById === actor.id;
  return {
    report,
    lock,
    allowed: {
      edit: writable && isEditable(report.status),
      submit: writable && canTransition(report.status, "submit"),
      review: can(actor, "reports.review") && report.status === "SUBMITTED" && !ownSubmission,
      /** A reviewer looking at their own submission: someone else must review it. */
      ownSubmission: can(actor, "reports.review") && report.status === "SUBMITTED" && ownSubmission,
    },
  };
}

export type ReportDetail = Awaited<ReturnType<typeof getReport>>;

export const REPORT_SORTS = ["-submittedAt", "submittedAt", "-periodStart", "periodStart", "indicator", "nsb"] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

export interface ReportFilters {
  q?: string;
  programmeId?: string;
  nsbId?: string;
  status?: ReportStatus;
  /** periodKey: "2023-01-01_2023-06-30". */
  period?: Period | null;
  sort?: ReportSort;
  page?: number;
}

function reportOrder(sort: ReportSort = "-submittedAt"): Prisma.IndicatorReportOrderByWithRelationInput[] {
  const tail: Prisma.IndicatorReportOrderByWithRelationInput[] = [{ id: "asc" }];
  switch (sort) {
    case "-submittedAt":
      return [{ submittedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }, ...tail];
    case "submittedAt":
      return [{ submittedAt: { sort: "asc", nulls: "last" } }, { updatedAt: "asc" }, ...tail];
    case "-periodStart":
      return [{ periodStart: "desc" }, { indicator: { code: "asc" } }, ...tail];
    case "periodStart":
      return [{ periodStart: "asc" }, { indicator: { code: "asc" } }, ...tail];
    case "indicator":
      return [{ indicator: { code: "asc" } }, { periodStart: "asc" }, ...tail];
    case "nsb":
      return [{ organization: { acronym: "asc" } }, { periodStart: "asc" }, ...tail];
  }
}

/** Reports in scope with filters, sort and pagination: the staff review queue, and a focal point's history. */
export async function listReports(actor: Actor, filters: ReportFilters = {}): Promise<Page<ReportListRow>> {
  assertCan(actor, "reports.write");
  const where: Prisma.IndicatorReportWhereInput = {
    AND: [
      reportScope(actor),
      { indicator: indicatorScope(actor) },
      filters.q
        ? {
            OR: [
              { indicator: { code: { contains: filters.q, mode: "insensitive" } } },
              { indicator: { title: { contains: filters.q, mode: "insensitive" } } },
              { narrative: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {},
      filters.programmeId ? { indicator: { programmeId: filters.programmeId } } : {},
      filters.nsbId ? { organizationId: filters.nsbId } : {},
      filters.status ? { status: filters.status } : {},
      filters.period ? { periodStart: filters.period.periodStart, periodEnd: filters.period.periodEnd } : {},
    ],
  };
  return paginate(
    filters.page,
    () => db().indicatorReport.count({ where }),
    (skip, take) =>
      db().indicatorReport.findMany({
        where,
        orderBy: reportOrder(filters.sort),
        skip,
        take,
        select: LIST_SELECT,
      }),
  );
}

const LIST_SELECT = {
  id: true,
  version: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  value: true,
  reviewComment: true,
  submittedAt: true,
  submittedById: true,
  updatedAt: true,
  submittedBy: { select: { name: true } },
  organization: { select: { id: true, acronym: true, name: true } },
  indicator: { select: { id: true, code: true, title: true, unit: true, currency: true, programme: { select: { id: true, code: true } } } },
  _count: { select: { evidenceFiles: true } },
} as const satisfies Prisma.IndicatorReportSelect;

export type ReportListRow = Prisma.IndicatorReportGetPayload<{ select: typeof LIST_SELECT }>;

/** Values for the report list's filters, limited to what the caller may see. */
export async function reportFilterOptions(actor: Actor) {
  assertCan(actor, "reports.write");
  const [programmes, nsbs, periods] = await Promise.all([
    db().programme.findMany({
      where: { AND: [programmeScope(actor), { indicators: { some: { source: "MANUAL" } } }] },
      select: { id: true, code: true, title: true },
      orderBy: { code: "asc" },
    }),
    db().organization.findMany({
      where: { AND: [nsbScope(actor), { indicatorReports: { some: {} } }] },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    }),
    db().indicatorReport.findMany({
      where: reportScope(actor),
      distinct: ["periodStart", "periodEnd"],
      select: { periodStart: true, periodEnd: true },
      orderBy: [{ periodStart: "desc" }, { periodEnd: "desc" }],
    }),
  ]);
  return { programmes, nsbs, periods };
}

/** Reports returned to the caller for fixing: a focal point's NSB's, or those staff submitted themselves. */
export async function listReturnedReports(actor: Actor) {
  assertCan(actor, "reports.write");
  return db().indicatorReport.findMany({
    where: { AND: [reportScope(actor), { status: "RETURNED" }, isStaff(actor) ? { submittedById: actor.id } : {}] },
    orderBy: [{ reviewedAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { ...LIST_SELECT, reviewedAt: true, reviewedBy: { select: { name: true } } },
  });
}

/**
 * A focal point's reporting tasks: every MANUAL, NSB-disaggregated indicator of each
 * programme their NSB benefits from, for each reporting period, with their NSB's report
 * when there is one. Staff have none of their own (they use the matrix and the queue).
 */
export async function reportingTasks(actor: Actor, filters: { programmeId?: string } = {}) {
  assertCan(actor, "reports.write");
  if (isStaff(actor) || !actor.organizationId) return [];
  const nsbId = actor.organizationId;
  const items = await nsbIndicators({
    programme: { is: { AND: [programmeScope(actor), { archived: false }, filters.programmeId ? { id: filters.programmeId } : {}] } },
  });
  const reports = await db().indicatorReport.findMany({
    where: { organizationId: nsbId, indicatorId: { in: items.map((i) => i.indicator.id) } },
    select: { id: true, indicatorId: true, periodStart: true, periodEnd: true, status: true, value: true, reviewComment: true, version: true },
  });
  return items.flatMap(({ indicator, periods }) =>
    periods.map((period) => ({
      indicator,
      period,
      report: reports.find((r) => r.indicatorId === indicator.id && samePeriod(r, period)) ?? null,
    })),
  );
}

export type ReportingTask = Awaited<ReturnType<typeof reportingTasks>>[number];

/** MANUAL indicators the caller may report on (the "new report" chooser). */
export async function reportableIndicators(actor: Actor) {
  assertCan(actor, "reports.write");
  return db().indicator.findMany({
    where: {
      AND: [
        indicatorScope(actor),
        { source: "MANUAL", archived: false },
        isStaff(actor) ? {} : { disaggregateByNsb: true, programmeId: { not: null }, programme: { is: { archived: false } } },
      ],
    },
    select: { id: true, code: true, title: true, programme: { select: { code: true } }, actionPlan: { select: { startYear: true, endYear: true } } },
    orderBy: [{ programme: { code: "asc" } }, { code: "asc" }],
  });
}

/**
 * What the new-report form needs for an indicator: its periods, the NSBs the caller may
 * report for, whether a report already exists for the chosen key (then edit that one),
 * and why the caller may not report on it, if so. `choices` says, per period, which lock
 * closes it and which reports (per NSB, those the caller may see) it already has, so the
 * form offers only the periods a new report can take; saveReportDraft still refuses the others.
 */
export async function reportFormContext(actor: Actor, input: { indicatorId: string; period?: Period | null; organizationId?: string | null }) {
  assertCan(actor, "reports.write");
  const indicator = await loadIndicator(db(), actor, input.indicatorId);
  const periods = periodsOf(indicator);
  let nsbs: { id: string; acronym: string; name: string }[] = [];
  if (indicator.disaggregateByNsb) {
    nsbs = await db().organization.findMany({
      where: {
        AND: [
          isStaff(actor) ? { kind: "NSB" } : { id: actor.organizationId ?? NO_ID },
          indicator.programmeId ? { beneficiaryOf: { some: { programmeId: indicator.programmeId } } } : { kind: "NSB", archived: false },
        ],
      },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    });
  }
  const organizationId = indicator.disaggregateByNsb ? (isStaff(actor) ? (input.organizationId ?? null) : actor.organizationId) : null;
  // Staff choose the NSB in the form: judge the indicator alone until then.
  const refusal = reportRefusal(actor, indicator, isStaff(actor) ? (indicator.disaggregateByNsb ? "any-nsb" : null) : organizationId);
  const period = input.period ? (periods.find((p) => samePeriod(p, input.period!)) ?? null) : null;
  const existing =
    period && (organizationId || !indicator.disaggregateByNsb)
      ? await db().indicatorReport.findFirst({
          where: { AND: [reportScope(actor), { indicatorId: indicator.id, periodStart: period.periodStart, periodEnd: period.periodEnd, organizationId }] },
          select: { id: true },
        })
      : null;
  const [lock, locks, reports] = await Promise.all([
    period ? activeLockFor(db(), indicator.programmeId, period) : null,
    periods.length
      ? db().periodLock.findMany({
          // Active locks of this programme or of all, overlapping the indicator's periods (as activeLockFor).
          where: {
            unlockedAt: null,
            periodStart: { lte: periods.reduce((a, p) => (p.periodEnd > a ? p.periodEnd : a), periods[0]!.periodEnd) },
            periodEnd: { gte: periods.reduce((a, p) => (p.periodStart < a ? p.periodStart : a), periods[0]!.periodStart) },
            OR: indicator.programmeId ? [{ programmeId: null }, { programmeId: indicator.programmeId }] : [{ programmeId: null }],
          },
          orderBy: { createdAt: "asc" },
          select: { reason: true, periodStart: true, periodEnd: true },
        })
      : [],
    db().indicatorReport.findMany({
      where: { AND: [reportScope(actor), { indicatorId: indicator.id }] },
      select: { id: true, periodStart: true, periodEnd: true, organizationId: true, status: true },
      orderBy: { organization: { acronym: "asc" } },
    }),
  ]);
  const choices = periods.map((p) => ({
    ...p,
    lock: locks.find((l) => periodsOverlap(l, p)) ?? null,
    reports: reports.filter((r) => samePeriod(r, p)).map((r) => ({ id: r.id, organizationId: r.organizationId, status: r.status })),
  }));
  return { indicator, periods, choices, nsbs, organizationId, period, existing, refusal, lock };
}

/**
 * The latest APPROVED values of each MANUAL indicator of a programme (for its page):
 * the most recent period with an approved report, and every approved row of that period
 * (per NSB, or the whole programme). Only approved values count; visible to whoever may
 * see the programme (the values are aggregates, no personal data).
 */
export async function latestApprovedValues(actor: Actor, programmeId: string) {
  assertCan(actor, "programmes.read");
  const programme = await db().programme.findFirst({ where: { AND: [{ id: programmeId }, programmeScope(actor)] }, select: { id: true } });
  if (!programme) throw new NotFoundError("Programme");
  const indicators = await db().indicator.findMany({
    where: { programmeId, source: "MANUAL", archived: false },
    select: { id: true, code: true, title: true, unit: true, currency: true, disaggregateByNsb: true },
    orderBy: [{ code: "asc" }, { id: "asc" }],
  });
  const approved = await db().indicatorReport.findMany({
    where: { status: "APPROVED", indicatorId: { in: indicators.map((i) => i.id) } },
    select: {
      id: true,
      indicatorId: true,
      periodStart: true,
      periodEnd: true,
      value: true,
      valueFemale: true,
      valueMale: true,
      valueOther: true,
      organization: { select: { id: true, acronym: true, name: true } },
    },
    orderBy: [{ periodEnd: "desc" }, { periodStart: "desc" }, { organization: { acronym: "asc" } }],
  });
  return indicators.map((indicator) => {
    const mine = approved.filter((r) => r.indicatorId === indicator.id);
    const latest = mine[0];
    const rows = latest ? mine.filter((r) => samePeriod(r, latest)) : [];
    const summable = indicator.unit === "COUNT" || indicator.unit === "CURRENCY";
    const total = rows.length && summable ? rows.reduce((sum, r) => sum + Number(r.value ?? 0), 0) : null;
    return {
      indicator,
      period: latest ? { periodStart: latest.periodStart, periodEnd: latest.periodEnd } : null,
      rows: rows.map((r) => ({ id: r.id, organization: r.organization, value: r.value, valueFemale: r.valueFemale, valueMale: r.valueMale, valueOther: r.valueOther })),
      total,
    };
  });
}

