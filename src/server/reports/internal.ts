import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportStatus } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { isStaff } from "@/server/auth/roles";
import { indicatorScope } from "@/server/auth/scopes";
import { INDICATOR_SUMMARY } from "@/server/indicators/select";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { reportingPeriods, samePeriod, type Period } from "@/domain/reports/rules";
import { transitionRefusal, type ReportAction } from "@/domain/reports/status";

/** Shared rules of the reports module (not exported beyond src/server/reports). */

export const REPORT_ENTITY = "IndicatorReport";

export const INDICATOR_FOR_REPORT = {
  ...INDICATOR_SUMMARY,
  archived: true,
  programmeId: true,
  actionPlanId: true,
  disaggregateByNsb: true,
  disaggregateBySex: true,
  targets: { select: { periodStart: true, periodEnd: true } },
  programme: { select: { id: true, code: true, title: true, startDate: true, endDate: true } },
  actionPlan: { select: { startYear: true, endYear: true } },
} as const satisfies Prisma.IndicatorSelect;

export type IndicatorForReport = Prisma.IndicatorGetPayload<{ select: typeof INDICATOR_FOR_REPORT }>;

const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00Z`);
const yearEnd = (year: number) => new Date(`${year}-12-31T00:00:00Z`);

/** The indicator's reporting periods (see reportingPeriods in src/domain/reports/rules.ts). */
export function periodsOf(indicator: Pick<IndicatorForReport, "targets" | "programme" | "actionPlan">): Period[] {
  const span = indicator.programme
    ? { start: indicator.programme.startDate, end: indicator.programme.endDate }
    : indicator.actionPlan
      ? { start: yearStart(indicator.actionPlan.startYear), end: yearEnd(indicator.actionPlan.endYear) }
      : null;
  return reportingPeriods(indicator.targets, span);
}

/** An indicator the caller may see, with what reporting needs; "not found" otherwise. */
export async function loadIndicator(tx: Pick<Tx, "indicator">, actor: Actor, indicatorId: string): Promise<IndicatorForReport> {
  const indicator = await tx.indicator.findFirst({ where: { AND: [{ id: indicatorId }, indicatorScope(actor)] }, select: INDICATOR_FOR_REPORT });
  if (!indicator) throw new NotFoundError("Indicator");
  return indicator;
}

export const COMPUTED_REFUSAL =
  "This indicator is computed from the app's own data (participants, adoptions, committee roles); its values cannot be typed in.";

/**
 * Who may report what: only MANUAL, live indicators; an NSB-disaggregated indicator is
 * reported per NSB, any other once for the whole programme (organizationId null, staff
 * only). A focal point reports only for their own NSB, only on indicators of programmes
 * their NSB benefits from (never plan-wide ones). Staff report for any beneficiary NSB.
 */
export function assertReportable(actor: Actor, indicator: IndicatorForReport, organizationId: string | null): void {
  if (indicator.source !== "MANUAL") throw new DomainValidationError(COMPUTED_REFUSAL, { indicatorId: [COMPUTED_REFUSAL] });
  if (indicator.archived) {
    throw new DomainValidationError("This indicator is archived; it takes no new values.", { indicatorId: ["This indicator is archived."] });
  }
  if (!isStaff(actor)) {
    if (organizationId === null) throw new ForbiddenError("Only ISO staff report values for a whole programme.");
    if (organizationId !== actor.organizationId) throw new ForbiddenError("You can report only for your own NSB.");
    if (indicator.programmeId === null) throw new ForbiddenError("Plan-wide indicators are reported by ISO staff.");
    if (!indicator.disaggregateByNsb) throw new ForbiddenError("This indicator is reported once for the whole programme, by ISO staff.");
    return;
  }
  if (indicator.disaggregateByNsb && organizationId === null) {
    throw new DomainValidationError("This indicator is reported per NSB.", { organizationId: ["Choose the NSB this value is for."] });
  }
  if (!indicator.disaggregateByNsb && organizationId !== null) {
    throw new DomainValidationError("This indicator is reported once for the whole programme, not per NSB.", {
      organizationId: ["Leave the NSB empty: this indicator is not reported per NSB."],
    });
  }
}

/** The NSB reported for must be an NSB, and a beneficiary of the indicator's programme. */
export async function assertReportingNsb(tx: Tx, indicator: IndicatorForReport, organizationId: string): Promise<void> {
  const nsb = await tx.organization.findFirst({
    where: {
      id: organizationId,
      kind: "NSB",
      ...(indicator.programmeId ? { beneficiaryOf: { some: { programmeId: indicator.programmeId } } } : {}),
    },
    select: { id: true },
  });
  if (!nsb) {
    throw new DomainValidationError("Choose one of the programme's beneficiary NSBs.", {
      organizationId: [indicator.programmeId ? "Choose one of the programme's beneficiary NSBs." : "Choose an NSB."],
    });
  }
}

/** The reporting period of the indicator that `period` names; refused when it is none of them. */
export function assertReportingPeriod(indicator: IndicatorForReport, period: Period): Period {
  const match = periodsOf(indicator).find((p) => samePeriod(p, period));
  if (!match) {
    throw new DomainValidationError("Choose one of the indicator's reporting periods.", { period: ["Choose one of the indicator's reporting periods."] });
  }
  return match;
}

export function assertTransition(status: ReportStatus, action: ReportAction): void {
  const refusal = transitionRefusal(status, action);
  if (refusal) throw new DomainValidationError(refusal);
}

/** The active lock covering `period` (any overlap) for this programme or for all, if any. */
export async function activeLockFor(tx: Tx, programmeId: string | null, period: Period) {
  return tx.periodLock.findFirst({
    where: {
      unlockedAt: null,
      periodStart: { lte: period.periodEnd },
      periodEnd: { gte: period.periodStart },
      OR: programmeId ? [{ programmeId: null }, { programmeId }] : [{ programmeId: null }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, reason: true, periodStart: true, periodEnd: true, programmeId: true },
  });
}

// Report writes hold this advisory lock shared, lockPeriod holds it exclusively: a lock
// cannot slip in between a write's check and its commit.
const LOCKS_KEY = "report-period-locks";

export async function holdLocksShared(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${LOCKS_KEY}))`;
}

export async function holdLocksExclusive(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCKS_KEY}))`;
}

/** Refuses a write (new report, edit, submission, file change) in a locked period, with the lock's reason. */
export async function assertUnlocked(tx: Tx, programmeId: string | null, period: Period): Promise<void> {
  await holdLocksShared(tx);
  const lock = await activeLockFor(tx, programmeId, period);
  if (lock) throw new DomainValidationError(`This reporting period is locked: ${lock.reason}`);
}

/** MANUAL, live indicators reported per NSB, with their reporting periods. */
export async function nsbIndicators(where: Prisma.IndicatorWhereInput) {
  const indicators = await db().indicator.findMany({
    where: { AND: [where, { source: "MANUAL", archived: false, disaggregateByNsb: true }] },
    select: INDICATOR_FOR_REPORT,
    orderBy: [{ programme: { code: "asc" } }, { code: "asc" }, { id: "asc" }],
  });
  return indicators.map((indicator) => ({ indicator, periods: periodsOf(indicator) }));
}

