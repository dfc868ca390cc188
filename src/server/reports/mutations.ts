import "server-only";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { reportScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { evidenceLinkErrors, reportValueErrors, type Period, type ReportValues } from "@/domain/reports/rules";
import { nextStatus } from "@/domain/reports/status";
import { refuseFields, refuseIfAny } from "@/server/mutations";
import {
  INDICATOR_FOR_REPORT,
  REPORT_ENTITY,
  assertReportable,
  assertReportingNsb,
  assertReportingPeriod,
  assertTransition,
  assertUnlocked,
  loadIndicator,
  type IndicatorForReport,
} from "./internal";
import { notifyReportStatus, sendNoticeMails } from "./notices";

/** Which report: one per indicator, period and NSB (organizationId null: the whole programme). */
export interface ReportKey extends Period {
  indicatorId: string;
  organizationId: string | null;
}

export interface ReportInput extends ReportKey, ReportValues {
  narrative: string;
  evidenceLinks: readonly string[];
  /** The version read; omit (or null) when creating (refused when the report exists already). */
  version?: number | null;
  /** Submit for review in the same transaction, after saving. */
  submit?: boolean;
}

export const MAX_NARRATIVE = 5000;
export const MAX_COMMENT = 2000;

const withIndicator = { indicator: { select: INDICATOR_FOR_REPORT }, evidenceFiles: { select: { id: true } } } as const;

/** A report in the caller's scope, with its indicator, for a write; "not found" otherwise. */
async function reportForWrite(tx: Tx, actor: Actor, id: string) {
  const report = await tx.indicatorReport.findFirst({ where: { AND: [{ id }, reportScope(actor)] }, include: withIndicator });
  if (!report) throw new NotFoundError("Report");
  return report;
}

/** A report and the indicator it belongs to, as the audit trail keeps them. */
function auditView<R extends object>(report: R): Omit<R, "indicator" | "evidenceFiles"> {
  const row = { ...report } as Record<string, unknown>;
  delete row.indicator;
  delete row.evidenceFiles;
  return row as Omit<R, "indicator" | "evidenceFiles">;
}

function valueData(indicator: IndicatorForReport, input: ReportValues & { narrative: string; evidenceLinks: readonly string[] }) {
  const bySex = indicator.disaggregateBySex;
  return {
    value: input.value,
    // Values by sex are kept only for indicators disaggregated by sex; otherwise they are dropped.
    valueFemale: bySex ? input.valueFemale : null,
    valueMale: bySex ? input.valueMale : null,
    valueOther: bySex ? (input.valueOther ?? 0) : null,
    narrative: input.narrative,
    evidenceLinks: [...input.evidenceLinks],
  };
}

function assertValues(indicator: IndicatorForReport, input: ReportValues & { narrative: string; evidenceLinks: readonly string[] }) {
  const errors = { ...reportValueErrors(indicator, input), ...evidenceLinkErrors(input.evidenceLinks) };
  if (input.narrative.length > MAX_NARRATIVE) (errors.narrative ??= []).push(`Keep the narrative to ${MAX_NARRATIVE} characters or fewer.`);
  refuseIfAny(errors);
}

async function markSubmitted(tx: Tx, actor: Actor, id: string, version: number, before: object) {
  const after = await updateVersioned(tx, "IndicatorReport", id, version, { status: "SUBMITTED", submittedById: actor.id, submittedAt: new Date() });
  await recordAudit(tx, actor, { action: "UPDATE", entityType: REPORT_ENTITY, entityId: id, before, after });
  return after;
}

/**
 * Creates or updates the report of an indicator for a period and NSB (or the whole
 * programme), as a draft; a RETURNED report stays RETURNED until it is resubmitted.
 * With `submit`, also submits it in the same transaction. Refused: computed indicators,
 * another NSB (focal points), periods the indicator is not reported for, locked
 * periods, submitted or approved reports, stale versions. A submission notifies the
 * reviewers (./notices.ts).
 */
export async function saveReportDraft(actor: Actor, input: ReportInput) {
  assertCan(actor, "reports.write");
  const links = input.evidenceLinks.map((l) => l.trim()).filter(Boolean);
  const values = { ...input, narrative: input.narrative.trim(), evidenceLinks: links };
  const { report: saved, mails } = await db().$transaction(async (tx) => {
    const indicator = await loadIndicator(tx, actor, input.indicatorId);
    assertReportable(actor, indicator, input.organizationId);
    if (input.organizationId !== null) await assertReportingNsb(tx, indicator, input.organizationId);
    const period = assertReportingPeriod(indicator, input);
    assertValues(indicator, values);
    await assertUnlocked(tx, indicator.programmeId, period);
    // One report per indicator, period and NSB: two saves of a new report queue here.
    const key = `report:${indicator.id}:${period.periodStart.toISOString()}:${period.periodEnd.toISOString()}:${input.organizationId ?? "programme"}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const existing = await tx.indicatorReport.findFirst({
      where: { indicatorId: indicator.id, periodStart: period.periodStart, periodEnd: period.periodEnd, organizationId: input.organizationId },
    });
    const data = valueData(indicator, values);
    let report;
    if (existing) {
      if (input.version == null) {
        throw new DomainValidationError("A report for this indicator, period and NSB already exists: open it to change it.", {
          period: ["There is already a report for this period (and NSB); open it from the reports list to change it."],
        });
      }
      await assertVersion(tx, REPORT_ENTITY, existing, input.version);
      assertTransition(existing.status, "save");
      report = await updateVersioned(tx, "IndicatorReport", existing.id, input.version, data);
      await recordAudit(tx, actor, { action: "UPDATE", entityType: REPORT_ENTITY, entityId: existing.id, before: existing, after: report });
    } else {
      report = await tx.indicatorReport.create({
        data: { indicatorId: indicator.id, periodStart: period.periodStart, periodEnd: period.periodEnd, organizationId: input.organizationId, status: "DRAFT", ...data },
      });
      await recordAudit(tx, actor, { action: "CREATE", entityType: REPORT_ENTITY, entityId: report.id, after: report });
    }
    if (!input.submit) return { report, mails: [] };
    assertTransition(report.status, "submit");
    report = await markSubmitted(tx, actor, report.id, report.version, report);
    return { report, mails: await notifyReportStatus(tx, actor, report.id, "submitted") };
  });
  await sendNoticeMails(mails);
  return saved;
}

/** DRAFT or RETURNED → SUBMITTED, by whoever may write the report; refused in a locked period. Notifies the reviewers. */
export async function submitReport(actor: Actor, input: { id: string; version: number }) {
  assertCan(actor, "reports.write");
  const { submitted, mails } = await db().$transaction(async (tx) => {
    const report = await reportForWrite(tx, actor, input.id);
    assertReportable(actor, report.indicator, report.organizationId);
    await assertVersion(tx, REPORT_ENTITY, auditView(report), input.version);
    assertTransition(report.status, "submit");
    await assertUnlocked(tx, report.indicator.programmeId, report);
    // The indicator may have changed since the draft was saved (unit, disaggregation).
    const errors = reportValueErrors(report.indicator, {
      value: report.value === null ? null : Number(report.value),
      valueFemale: report.valueFemale === null ? null : Number(report.valueFemale),
      valueMale: report.valueMale === null ? null : Number(report.valueMale),
      valueOther: report.valueOther === null ? null : Number(report.valueOther),
    });
    if (Object.keys(errors).length) throw new DomainValidationError(`Edit the report before submitting it: ${Object.values(errors).flat().join(" ")}`, errors);
    const submitted = await markSubmitted(tx, actor, report.id, input.version, auditView(report));
    return { submitted, mails: await notifyReportStatus(tx, actor, report.id, "submitted") };
  });
  await sendNoticeMails(mails);
  return submitted;
}

/**
 * Review: SUBMITTED → APPROVED or RETURNED (staff). A reviewer may not review a report
 * they submitted themselves (another staff member does). Reviews are allowed in a
 * locked period: a lock stops reporters' changes, not the review of what was submitted.
 * The reporter and their NSB's focal points are notified (./notices.ts).
 */
async function review(actor: Actor, input: { id: string; version: number; comment: string }, action: "approve" | "return") {
  assertCan(actor, "reports.review");
  const comment = input.comment.trim();
  if (action === "return" && !comment) {
    throw new DomainValidationError("Say what needs fixing.", { comment: ["Say what the reporter should fix: the comment is required to return a report."] });
  }
  if (comment.length > MAX_COMMENT) refuseFields({ comment: [`Keep the comment to ${MAX_COMMENT} characters or fewer.`] });
  const { after, mails } = await db().$transaction(async (tx) => {
    const report = await reportForWrite(tx, actor, input.id);
    await assertVersion(tx, REPORT_ENTITY, auditView(report), input.version);
    assertTransition(report.status, action);
    if (report.submittedById === actor.id) {
      throw new DomainValidationError("You submitted this report yourself: another ISO staff member must review it.");
    }
    const after = await updateVersioned(tx, "IndicatorReport", report.id, input.version, {
      status: nextStatus(report.status, action)!,
      reviewedById: actor.id,
      reviewedAt: new Date(),
      reviewComment: comment,
    });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: REPORT_ENTITY, entityId: report.id, before: auditView(report), after });
    return { after, mails: await notifyReportStatus(tx, actor, report.id, action === "approve" ? "approved" : "returned") };
  });
  await sendNoticeMails(mails);
  return after;
}

/** SUBMITTED → APPROVED (staff), with an optional comment. Only approved values count on dashboards. */
export function approveReport(actor: Actor, input: { id: string; version: number; comment?: string }) {
  return review(actor, { ...input, comment: input.comment ?? "" }, "approve");
}

/** SUBMITTED → RETURNED (staff), with the comment the reporter sees. */
export function returnReport(actor: Actor, input: { id: string; version: number; comment: string }) {
  return review(actor, input, "return");
}
