import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { approveReport, returnReport, saveReportDraft, submitReport, type ReportInput } from "@/server/reports/mutations";
import { attachEvidenceFile, openEvidenceFile, removeEvidenceFile } from "@/server/reports/evidence";
import { listLocks, lockPeriod, unlockPeriod } from "@/server/reports/locks";
import { getReport, latestApprovedValues, listReports, listReturnedReports, reportFormContext, reportingTasks } from "@/server/reports/queries";
import { notReportedMatrix } from "@/server/reports/matrix";
import { reportContext } from "@/server/reports/context";
import { sendReminders } from "@/server/reports/reminders";
import { listMyNotifications, markNotificationRead, unreadNotificationCount } from "@/server/notifications/notifications";
import { REPORT_ACTIONS, REPORT_STATUSES, canTransition, type ReportAction } from "@/domain/reports/status";
import type { Actor } from "@/server/auth/actor";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";
import { startFakeSmtp } from "../support/fake-smtp";

// Uploaded files of this test file go to a folder of its own (env() reads it on first use).
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "reports-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
// Mail through a local fake SMTP server (env() is read lazily, so setting it here is enough);
// the last test of the file stops it.
const smtp = await startFakeSmtp();
process.env.SMTP_HOST = "127.0.0.1";
process.env.SMTP_PORT = String(smtp.port);

let actors: DemoActors;
let cet: string;
let africa: string;
let resultAreaId: string;
const org = new Map<string, string>();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

beforeAll(async () => {
  actors = await seedDemo();
  cet = (await programmeByCode("CET-SEA")).id;
  africa = (await programmeByCode("AP-AFR-EAST")).id;
  resultAreaId = (await db().resultArea.findFirstOrThrow({ where: { code: "O1.1" } })).id;
  for (const o of await db().organization.findMany()) org.set(o.acronym, o.id);
});

let seq = 0;
/** A CET-SEA indicator of this test, with monthly period targets from January 2023. */
async function indicator(overrides: { source?: "MANUAL" | "PARTICIPANTS_TRAINED"; byNsb?: boolean; bySex?: boolean; unit?: "COUNT" | "PERCENT"; months?: number; programmeId?: string; year?: number } = {}) {
  const months = overrides.months ?? 6;
  const year = overrides.year ?? 2023;
  return db().indicator.create({
    data: {
      programmeId: overrides.programmeId ?? cet,
      resultAreaId,
      code: `RPT-${++seq}`,
      title: `Reported indicator ${seq}`,
      unit: overrides.unit ?? "COUNT",
      source: overrides.source ?? "MANUAL",
      disaggregateByNsb: overrides.byNsb ?? true,
      disaggregateBySex: overrides.bySex ?? false,
      targets: {
        create: Array.from({ length: months }, (_, i) => {
          const start = new Date(Date.UTC(year, i, 1));
          const end = new Date(Date.UTC(year, i + 1, 0));
          return { periodStart: start, periodEnd: end, targetValue: 1 };
        }),
      },
    },
  });
}

const month = (i: number, year = 2023) => ({ periodStart: new Date(Date.UTC(year, i, 1)), periodEnd: new Date(Date.UTC(year, i + 1, 0)) });

function draft(indicatorId: string, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    indicatorId,
    ...month(0),
    organizationId: org.get("BSN")!,
    value: 3,
    valueFemale: null,
    valueMale: null,
    valueOther: null,
    narrative: "Three experts joined ISO/IEC JTC 1/SC 42.",
    evidenceLinks: ["https://example.org/evidence.pdf"],
    ...overrides,
  };
}

async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").not.toBeNull();
  return error;
}

const reportCount = () => db().indicatorReport.count();
const auditCount = () => db().auditEvent.count();
const reportAuditCount = () => db().auditEvent.count({ where: { entityType: "IndicatorReport" } });

describe("reporting a value", () => {
  it("lets a focal point save a draft for their NSB and submit it, with audit events", async () => {
    const ind = await indicator();
    const saved = await saveReportDraft(actors.focalBsn, draft(ind.id));
    expect(saved).toMatchObject({ status: "DRAFT", version: 1, organizationId: org.get("BSN") });
    expect(Number(saved.value)).toBe(3);
    const edited = await saveReportDraft(actors.focalBsn, draft(ind.id, { value: 4, version: 1 }));
    expect(edited).toMatchObject({ id: saved.id, status: "DRAFT", version: 2 });
    const submitted = await submitReport(actors.focalBsn, { id: saved.id, version: 2 });
    expect(submitted).toMatchObject({ status: "SUBMITTED", submittedById: actors.focalBsn.id, version: 3 });
    const events = await db().auditEvent.findMany({ where: { entityType: "IndicatorReport", entityId: saved.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect(events.every((e) => e.actorId === actors.focalBsn.id)).toBe(true);
    expect((events[2]!.after as { status: string }).status).toBe("SUBMITTED");
  });

  it("refuses a stale version and a second report for the same indicator, period and NSB", async () => {
    const ind = await indicator();
    const saved = await saveReportDraft(actors.focalBsn, draft(ind.id));
    await saveReportDraft(actors.staff, draft(ind.id, { value: 5, version: 1 }));
    expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, { value: 6, version: 1 })))).toBeInstanceOf(ConflictError);
    // Creating again (no version) while one exists: refused, never a duplicate.
    expect(((await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, { value: 7 })))) as DomainValidationError).fieldErrors.period).toBeDefined();
    expect(await db().indicatorReport.count({ where: { indicatorId: ind.id } })).toBe(1);
    expect(Number((await db().indicatorReport.findUniqueOrThrow({ where: { id: saved.id } })).value)).toBe(5);
  });

  it("checks values against the unit, evidence links and the reporting periods", async () => {
    const ind = await indicator({ unit: "PERCENT" });
    const before = await reportCount();
    const errorOf = async (input: ReportInput) => {
      const e = await refusal(() => saveReportDraft(actors.focalBsn, input));
      expect(e).toBeInstanceOf(DomainValidationError);
      return (e as DomainValidationError).fieldErrors;
    };
    expect((await errorOf(draft(ind.id, { value: 120 }))).value).toBeDefined();
    expect((await errorOf(draft(ind.id, { value: null }))).value).toBeDefined();
    expect((await errorOf(draft(ind.id, { evidenceLinks: ["javascript:alert(1)"] }))).evidenceLinks).toBeDefined();
    expect((await errorOf(draft(ind.id, { periodStart: day("2023-01-01"), periodEnd: day("2023-12-31") }))).period).toBeDefined();
    expect(await reportCount()).toBe(before);
  });

  it("requires the values by sex to add up to the total where the indicator asks for them", async () => {
    const ind = await indicator({ bySex: true });
    const before = await reportCount();
    const missing = (await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, { value: 5 })))) as DomainValidationError;
    expect(missing.fieldErrors.valueFemale).toEqual(["Enter the value for women."]);
    expect(missing.fieldErrors.valueMale).toEqual(["Enter the value for men."]);
    const wrong = (await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, { value: 5, valueFemale: 2, valueMale: 2 })))) as DomainValidationError;
    expect(wrong.fieldErrors.value?.[0]).toMatch(/add up/);
    expect(await reportCount()).toBe(before);
    const saved = await saveReportDraft(actors.focalBsn, draft(ind.id, { value: 5, valueFemale: 2, valueMale: 2, valueOther: 1 }));
    expect([saved.valueFemale, saved.valueMale, saved.valueOther].map(Number)).toEqual([2, 2, 1]);
    // Without disaggregation by sex, values by sex are not kept.
    const plain = await indicator();
    const kept = await saveReportDraft(actors.focalBsn, draft(plain.id, { value: 5, valueFemale: 9, valueMale: 9, valueOther: 9 }));
    expect([kept.valueFemale, kept.valueMale, kept.valueOther]).toEqual([null, null, null]);
  });

  it("refuses a computed indicator with a clear message, writing nothing", async () => {
    const computed = await db().indicator.findFirstOrThrow({ where: { code: "CET-1", programmeId: cet } });
    const before = [await reportCount(), await auditCount()];
    for (const actor of [actors.staff, actors.focalBsn]) {
      const error = await refusal(() => saveReportDraft(actor, draft(computed.id, { periodStart: day("2023-01-01"), periodEnd: day("2023-06-30"), valueFemale: 1, valueMale: 2 })));
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as Error).message).toMatch(/computed/);
    }
    expect([await reportCount(), await auditCount()]).toEqual(before);
  });
});

describe("who may report what", () => {
  it("keeps a focal point to their own NSB, on NSB rows only (nothing written)", async () => {
    const ind = await indicator();
    const programmeWide = await indicator({ byNsb: false });
    const before = [await reportCount(), await auditCount()];
    expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, { organizationId: org.get("TISI")! })))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, { organizationId: null })))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(programmeWide.id, { organizationId: null })))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(programmeWide.id)))).toBeInstanceOf(ForbiddenError);
    // A programme BSN does not benefit from: the indicator is not even visible.
    const afr = await indicator({ programmeId: africa });
    expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(afr.id)))).toBeInstanceOf(NotFoundError);
    expect([await reportCount(), await auditCount()]).toEqual(before);
  });

  it("lets staff report for any beneficiary NSB and programme-wide, but not for an NSB outside the programme", async () => {
    const ind = await indicator();
    const programmeWide = await indicator({ byNsb: false });
    expect((await saveReportDraft(actors.staff, draft(ind.id, { organizationId: org.get("TISI")! }))).organizationId).toBe(org.get("TISI"));
    expect((await saveReportDraft(actors.staff, draft(programmeWide.id, { organizationId: null }))).organizationId).toBeNull();
    const outside = (await refusal(() => saveReportDraft(actors.staff, draft(ind.id, { organizationId: org.get("KEBS")! })))) as DomainValidationError;
    expect(outside.fieldErrors.organizationId).toBeDefined();
    expect(await refusal(() => saveReportDraft(actors.staff, draft(programmeWide.id)))).toBeInstanceOf(DomainValidationError);
  });

  it("hides another NSB's report from a focal point and refuses them reviews", async () => {
    const ind = await indicator();
    const tisi = await saveReportDraft(actors.focalTisi, draft(ind.id, { organizationId: org.get("TISI")!, submit: true }));
    expect(await refusal(() => getReport(actors.focalBsn, tisi.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(() => submitReport(actors.focalBsn, { id: tisi.id, version: tisi.version }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(() => approveReport(actors.focalBsn, { id: tisi.id, version: tisi.version }))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(() => returnReport(actors.focalTisi, { id: tisi.id, version: tisi.version, comment: "no" }))).toBeInstanceOf(ForbiddenError);
    expect((await listReports(actors.focalBsn)).rows.every((r) => r.organization?.id === org.get("BSN"))).toBe(true);
    expect((await db().indicatorReport.findUniqueOrThrow({ where: { id: tisi.id } })).status).toBe("SUBMITTED");
  });

  it("refuses a donor everything, writing nothing", async () => {
    const ind = await indicator();
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, { submit: true }));
    const file = await saveAndAttach(ind.id);
    const before = [await reportCount(), await auditCount(), await db().periodLock.count(), await db().notification.count(), await db().evidenceFile.count()];
    for (const donor of [actors.donorDfat, actors.donorSida]) {
      const calls: (() => Promise<unknown>)[] = [
        () => saveReportDraft(donor, draft(ind.id, { organizationId: org.get("BSN")! })),
        () => submitReport(donor, { id: report.id, version: report.version }),
        () => approveReport(donor, { id: report.id, version: report.version }),
        () => returnReport(donor, { id: report.id, version: report.version, comment: "x" }),
        () => attachEvidenceFile(donor, report.id, { fileName: "a.pdf", bytes: PDF }),
        () => removeEvidenceFile(donor, file.id),
        () => openEvidenceFile(donor, file.id),
        () => getReport(donor, report.id),
        () => listReports(donor),
        () => listReturnedReports(donor),
        () => reportingTasks(donor),
        () => reportFormContext(donor, { indicatorId: ind.id }),
        () => notReportedMatrix(donor, { programmeId: cet }),
        () => lockPeriod(donor, { ...month(0), programmeId: cet, reason: "x" }),
        () => listLocks(donor),
        () => sendReminders(donor, { programmeId: cet, ...month(0) }),
      ];
      for (const call of calls) expect(await refusal(call)).toBeInstanceOf(ForbiddenError);
    }
    expect([await reportCount(), await auditCount(), await db().periodLock.count(), await db().notification.count(), await db().evidenceFile.count()]).toEqual(before);
  });
});

/** A BSN draft of a fresh indicator with one PDF attached. */
async function saveAndAttach(indicatorId: string) {
  const report = await db().indicatorReport.findFirst({ where: { indicatorId, organizationId: org.get("BSN"), ...month(1) } });
  const id = report?.id ?? (await saveReportDraft(actors.focalBsn, draft(indicatorId, month(1)))).id;
  return attachEvidenceFile(actors.focalBsn, id, { fileName: "registration.pdf", bytes: PDF });
}

describe("status transitions", () => {
  /** A report of a fresh period in the given status, submitted by the BSN focal point. */
  async function reportIn(indicatorId: string, status: ReportStatus, i: number) {
    return db().indicatorReport.create({
      data: {
        indicatorId,
        ...month(i),
        organizationId: org.get("BSN")!,
        value: 1,
        status,
        submittedById: status === "DRAFT" ? null : actors.focalBsn.id,
        submittedAt: status === "DRAFT" ? null : new Date(),
        reviewComment: status === "RETURNED" ? "Please fix." : "",
      },
    });
  }

  const run = (action: ReportAction, report: { id: string; indicatorId: string; version: number; periodStart: Date; periodEnd: Date }) => {
    switch (action) {
      case "save":
        return saveReportDraft(actors.focalBsn, draft(report.indicatorId, { periodStart: report.periodStart, periodEnd: report.periodEnd, value: 2, version: report.version }));
      case "submit":
        return submitReport(actors.focalBsn, { id: report.id, version: report.version });
      case "approve":
        return approveReport(actors.staff, { id: report.id, version: report.version });
      case "return":
        return returnReport(actors.staff, { id: report.id, version: report.version, comment: "Please add the registration confirmation." });
    }
  };

  it("refuses every illegal (status, action) pair in the data layer and allows the legal ones", async () => {
    const ind = await indicator({ months: 16 });
    let i = 0;
    const outcomes: string[] = [];
    for (const status of REPORT_STATUSES) {
      for (const action of REPORT_ACTIONS) {
        const report = await reportIn(ind.id, status, i++);
        const eventsBefore = await auditCount();
        const reportEventsBefore = await reportAuditCount();
        const result = await run(action, report).then(
          (r) => r,
          (e: unknown) => e,
        );
        const after = await db().indicatorReport.findUniqueOrThrow({ where: { id: report.id } });
        if (canTransition(status, action)) {
          expect(result, `${status} ${action}`).not.toBeInstanceOf(Error);
          expect(after.version).toBe(report.version + 1);
          // One event for the report (the notifications it caused have their own).
          expect(await reportAuditCount()).toBe(reportEventsBefore + 1);
          outcomes.push(`${status} ${action} → ${after.status}`);
        } else {
          expect(result, `${status} ${action}`).toBeInstanceOf(DomainValidationError);
          expect(after).toEqual(report);
          expect(await auditCount()).toBe(eventsBefore);
        }
      }
    }
    expect(outcomes.sort()).toEqual(
      ["DRAFT save → DRAFT", "DRAFT submit → SUBMITTED", "RETURNED save → RETURNED", "RETURNED submit → SUBMITTED", "SUBMITTED approve → APPROVED", "SUBMITTED return → RETURNED"].sort(),
    );
  });

  it("refuses a return without a comment and a review of one's own submission", async () => {
    const programmeWide = await indicator({ byNsb: false });
    const report = await saveReportDraft(actors.staff, draft(programmeWide.id, { organizationId: null, submit: true }));
    expect(((await refusal(() => returnReport(actors.admin, { id: report.id, version: report.version, comment: "  " }))) as DomainValidationError).fieldErrors.comment).toBeDefined();
    expect(((await refusal(() => approveReport(actors.staff, { id: report.id, version: report.version }))) as Error).message).toMatch(/another ISO staff member/);
    expect((await approveReport(actors.admin, { id: report.id, version: report.version })).status).toBe("APPROVED");
  });

  it("round trip: submit, return with a comment, the reporter sees it, fixes, resubmits, approval", async () => {
    const ind = await indicator();
    const first = await saveReportDraft(actors.focalBsn, draft(ind.id, { value: 2, submit: true }));
    expect(first.status).toBe("SUBMITTED");
    const comment = "Please name the subcommittees and attach the JTC 1 registration confirmation.";
    const returned = await returnReport(actors.staff, { id: first.id, version: first.version, comment });
    expect(returned).toMatchObject({ status: "RETURNED", reviewComment: comment, reviewedById: actors.staff.id });

    const mine = await listReturnedReports(actors.focalBsn);
    expect(mine.find((r) => r.id === first.id)?.reviewComment).toBe(comment);
    expect((await listReturnedReports(actors.focalTisi)).some((r) => r.id === first.id)).toBe(false);
    const task = (await reportingTasks(actors.focalBsn)).find((t) => t.indicator.id === ind.id && t.report?.id === first.id);
    expect(task?.report).toMatchObject({ status: "RETURNED", reviewComment: comment });

    // Fixing keeps it RETURNED (comment in view) until it is resubmitted.
    const fixed = await saveReportDraft(actors.focalBsn, draft(ind.id, { value: 3, narrative: "SC 27 and SC 42; confirmation attached.", version: returned.version }));
    expect(fixed.status).toBe("RETURNED");
    await attachEvidenceFile(actors.focalBsn, first.id, { fileName: "confirmation.pdf", bytes: PDF });
    const resubmitted = await submitReport(actors.focalBsn, { id: first.id, version: fixed.version });
    expect(resubmitted.status).toBe("SUBMITTED");
    expect((await listReturnedReports(actors.focalBsn)).some((r) => r.id === first.id)).toBe(false);
    const approved = await approveReport(actors.staff, { id: first.id, version: resubmitted.version });
    expect(approved.status).toBe("APPROVED");
    expect(Number(approved.value)).toBe(3);

    const values = (await latestApprovedValues(actors.donorDfat, cet)).find((v) => v.indicator.id === ind.id);
    expect(values?.rows.map((r) => [r.organization?.acronym, Number(r.value)])).toEqual([["BSN", 3]]);
    const statuses = (await db().auditEvent.findMany({ where: { entityType: "IndicatorReport", entityId: first.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => (e.after as { status: string }).status,
    );
    expect(statuses).toEqual(["DRAFT", "SUBMITTED", "RETURNED", "RETURNED", "SUBMITTED", "APPROVED"]);
  });
});

describe("a report's history and comparison", () => {
  it("lists every submission and review, and shows the period's target, earlier periods and (staff only) other NSBs", async () => {
    const ind = await indicator();
    await db().indicatorTarget.create({ data: { indicatorId: ind.id, ...month(1), organizationId: org.get("BSN")!, targetValue: 4 } });
    const earlier = await saveReportDraft(actors.focalBsn, draft(ind.id, { value: 2, submit: true }));
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, { ...month(1), value: 5, submit: true }));
    const tisi = await saveReportDraft(actors.staff, draft(ind.id, { ...month(1), organizationId: org.get("TISI")!, value: 9 }));
    const returned = await returnReport(actors.staff, { id: report.id, version: report.version, comment: "Attach the list." });
    await submitReport(actors.focalBsn, { id: report.id, version: returned.version });

    const staffView = await reportContext(actors.staff, report.id);
    expect(staffView.history.map((h) => [h.status, h.by, h.comment])).toEqual([
      ["SUBMITTED", actors.focalBsn.name, ""],
      ["RETURNED", actors.staff.name, "Attach the list."],
      ["SUBMITTED", actors.focalBsn.name, ""],
    ]);
    expect(staffView.targets).toEqual({ nsb: 4, overall: 1 });
    expect(staffView.earlier.map((r) => [r.id, r.value, r.status])).toEqual([[earlier.id, 2, "SUBMITTED"]]);
    expect(staffView.others.map((r) => [r.id, r.acronym, r.value])).toEqual([[tisi.id, "TISI", 9]]);

    // A focal point sees the same history and targets, never another NSB's values.
    const focalView = await reportContext(actors.focalBsn, report.id);
    expect(focalView.history).toHaveLength(3);
    expect(focalView.others).toEqual([]);
    await expect(reportContext(actors.focalTisi, report.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a report loaded without an audit trail (a migration, an import, the demo data)", () => {
  it("shows its submission and review from the report itself, then what the trail records", async () => {
    const ind = await indicator();
    const submittedAt = new Date("2023-02-10T09:30:00Z");
    const loaded = await db().indicatorReport.create({
      data: { indicatorId: ind.id, ...month(0), organizationId: org.get("BSN")!, value: 2, status: "SUBMITTED", submittedById: actors.focalBsn.id, submittedAt },
    });
    // Not "Not submitted yet" under a status card that names who submitted it.
    expect((await reportContext(actors.staff, loaded.id)).history).toEqual([{ status: "SUBMITTED", by: actors.focalBsn.name, at: submittedAt, comment: "" }]);

    await returnReport(actors.staff, { id: loaded.id, version: loaded.version, comment: "Which committees?" });
    expect((await reportContext(actors.focalBsn, loaded.id)).history.map((h) => [h.status, h.by, h.comment])).toEqual([
      ["SUBMITTED", actors.focalBsn.name, ""],
      ["RETURNED", actors.staff.name, "Which committees?"],
    ]);

    // An approved one loaded the same way reads submitted, then approved.
    const approved = await db().indicatorReport.create({
      data: {
        indicatorId: ind.id, ...month(1), organizationId: org.get("BSN")!, value: 1, status: "APPROVED",
        submittedById: actors.focalBsn.id, submittedAt, reviewedById: actors.staff.id, reviewedAt: new Date("2023-02-20T10:00:00Z"),
      },
    });
    expect((await reportContext(actors.staff, approved.id)).history.map((h) => [h.status, h.by])).toEqual([
      ["SUBMITTED", actors.focalBsn.name],
      ["APPROVED", actors.staff.name],
    ]);
  });
});

describe("period locks", () => {
  it("refuses new reports, edits, submissions and file changes while locked; they work after unlocking", async () => {
    const ind = await indicator();
    const existing = await saveReportDraft(actors.focalBsn, draft(ind.id, month(2)));
    const file = await attachEvidenceFile(actors.focalBsn, existing.id, { fileName: "a.pdf", bytes: PDF });
    const submitted = await saveReportDraft(actors.focalTisi, draft(ind.id, { ...month(2), organizationId: org.get("TISI")!, submit: true }));
    // Locks March 2023 (overlap is enough: the lock covers 15 March to 15 April).
    const lock = await lockPeriod(actors.staff, { periodStart: day("2023-03-15"), periodEnd: day("2023-04-15"), programmeId: cet, reason: "DEVCO annual report in preparation" });
    const before = [await reportCount(), await auditCount(), await db().evidenceFile.count()];
    const locked = async (call: () => Promise<unknown>) => {
      const error = await refusal(call);
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as Error).message).toBe("This reporting period is locked: DEVCO annual report in preparation");
    };
    await locked(() => saveReportDraft(actors.staff, draft(ind.id, { ...month(2), organizationId: org.get("DSM")! })));
    await locked(() => saveReportDraft(actors.focalBsn, draft(ind.id, { ...month(2), value: 9, version: existing.version })));
    await locked(() => submitReport(actors.focalBsn, { id: existing.id, version: existing.version }));
    await locked(() => attachEvidenceFile(actors.focalBsn, existing.id, { fileName: "b.pdf", bytes: PDF }));
    await locked(() => removeEvidenceFile(actors.focalBsn, file.id));
    expect([await reportCount(), await auditCount(), await db().evidenceFile.count()]).toEqual(before);
    const detail = await getReport(actors.focalBsn, existing.id);
    expect(detail.lock?.reason).toBe("DEVCO annual report in preparation");
    expect(detail.allowed).toMatchObject({ edit: false, submit: false });
    // Other periods and other programmes are not locked.
    await saveReportDraft(actors.focalBsn, draft(ind.id, month(0)));
    // Reviews stay possible during a lock.
    expect((await approveReport(actors.staff, { id: submitted.id, version: submitted.version })).status).toBe("APPROVED");

    expect(((await refusal(() => unlockPeriod(actors.staff, lock.id, ""))) as DomainValidationError).fieldErrors.reason).toBeDefined();
    await unlockPeriod(actors.staff, lock.id, "Report sent to DEVCO");
    expect(await refusal(() => unlockPeriod(actors.staff, lock.id, "again"))).toBeInstanceOf(DomainValidationError);
    const edited = await saveReportDraft(actors.focalBsn, draft(ind.id, { ...month(2), value: 9, version: existing.version }));
    await attachEvidenceFile(actors.focalBsn, existing.id, { fileName: "b.pdf", bytes: PDF });
    await removeEvidenceFile(actors.focalBsn, file.id);
    expect((await submitReport(actors.focalBsn, { id: existing.id, version: edited.version })).status).toBe("SUBMITTED");

    const events = await db().auditEvent.findMany({ where: { entityType: "PeriodLock", entityId: lock.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect((events[0]!.after as { reason: string }).reason).toBe("DEVCO annual report in preparation");
    expect((events[1]!.after as { unlockReason: string }).unlockReason).toBe("Report sent to DEVCO");
    const listed = (await listLocks(actors.staff, { includeUnlocked: true })).rows.find((l) => l.id === lock.id);
    expect(listed?.unlock).toEqual({ by: actors.staff.name, reason: "Report sent to DEVCO" });
    expect((await listLocks(actors.staff)).rows.some((l) => l.id === lock.id)).toBe(false);
  });

  it("applies a lock for all programmes to every programme, and lets only staff lock", async () => {
    const ind = await indicator();
    expect(await refusal(() => lockPeriod(actors.focalBsn, { ...month(4), programmeId: null, reason: "x" }))).toBeInstanceOf(ForbiddenError);
    expect(((await refusal(() => lockPeriod(actors.staff, { periodStart: day("2023-05-31"), periodEnd: day("2023-05-01"), programmeId: null, reason: "x" }))) as DomainValidationError).fieldErrors.periodEnd).toBeDefined();
    // A missing reason and reversed dates are reported together, as the form shows them.
    const both = (await refusal(() => lockPeriod(actors.staff, { periodStart: day("2023-05-31"), periodEnd: day("2023-05-01"), programmeId: null, reason: " " }))) as DomainValidationError;
    expect(Object.keys(both.fieldErrors).sort()).toEqual(["periodEnd", "reason"]);
    const lock = await lockPeriod(actors.staff, { ...month(4), programmeId: null, reason: "Year-end audit" });
    expect(((await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, month(4))))) as Error).message).toMatch(/Year-end audit/);
    const otherProgramme = await lockPeriod(actors.staff, { ...month(5), programmeId: africa, reason: "Africa only" });
    await saveReportDraft(actors.focalBsn, draft(ind.id, month(5)));
    await unlockPeriod(actors.staff, lock.id, "done");
    await unlockPeriod(actors.staff, otherProgramme.id, "done");
  });
});

describe("evidence files", () => {
  it("stores a checked file under a generated key and serves it only to callers in scope", async () => {
    const ind = await indicator();
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, month(3)));
    const file = await attachEvidenceFile(actors.focalBsn, report.id, { fileName: "../../etc/JTC 1 confirmation.pdf", bytes: PDF });
    expect(file).toMatchObject({ fileName: "JTC 1 confirmation.pdf", contentType: "application/pdf", sizeBytes: PDF.byteLength });
    expect(file.storageKey).toMatch(/^evidence\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    const opened = await openEvidenceFile(actors.staff, file.id);
    expect(new Uint8Array(await new Response(opened.body).arrayBuffer())).toEqual(PDF);
    expect((await openEvidenceFile(actors.focalBsn, file.id)).fileName).toBe("JTC 1 confirmation.pdf");
    expect(await refusal(() => openEvidenceFile(actors.focalTisi, file.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(() => removeEvidenceFile(actors.focalTisi, file.id))).toBeInstanceOf(NotFoundError);

    const before = await db().evidenceFile.count();
    const refused = (await refusal(() => attachEvidenceFile(actors.focalBsn, report.id, { fileName: "virus.exe", bytes: PDF }))) as DomainValidationError;
    expect(refused.fieldErrors.file).toBeDefined();
    expect(await refusal(() => attachEvidenceFile(actors.focalBsn, report.id, { fileName: "fake.png", bytes: PDF }))).toBeInstanceOf(DomainValidationError);
    expect(await db().evidenceFile.count()).toBe(before);

    await removeEvidenceFile(actors.focalBsn, file.id);
    expect(await refusal(() => openEvidenceFile(actors.staff, file.id))).toBeInstanceOf(NotFoundError);
    const events = await db().auditEvent.findMany({ where: { entityType: "EvidenceFile", entityId: file.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
    // Only files still attached remain in the folder.
    const stored = await db().evidenceFile.count();
    const onDisk = (await readdir(path.join(uploadDir, "evidence"), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    expect(onDisk).toBe(stored);
  });

  it("refuses file changes on a submitted report", async () => {
    const ind = await indicator();
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, { submit: true }));
    expect(await refusal(() => attachEvidenceFile(actors.focalBsn, report.id, { fileName: "a.pdf", bytes: PDF }))).toBeInstanceOf(DomainValidationError);
  });
});

describe("approved values on the programme page", () => {
  it("returns only APPROVED values, of the latest period with any", async () => {
    const cet5 = (await latestApprovedValues(actors.staff, cet)).find((v) => v.indicator.code === "CET-5")!;
    // Demo data: 2024 H1 is approved for five NSBs; BSN's was returned and TISI's is awaiting review.
    expect(cet5.period).toEqual({ periodStart: day("2024-01-01"), periodEnd: day("2024-06-30") });
    const approved = await db().indicatorReport.findMany({
      where: { indicatorId: cet5.indicator.id, status: "APPROVED", periodStart: day("2024-01-01") },
      include: { organization: true },
    });
    expect(cet5.rows.map((r) => r.organization?.acronym).sort()).toEqual(approved.map((r) => r.organization?.acronym).sort());
    expect(cet5.rows.map((r) => r.organization?.acronym)).not.toContain("BSN");
    expect(cet5.rows.map((r) => r.organization?.acronym)).not.toContain("TISI");
    expect(cet5.total).toBe(approved.reduce((s, r) => s + Number(r.value), 0));

    const ind = await indicator();
    await saveReportDraft(actors.focalBsn, draft(ind.id, { ...month(5), value: 50 }));
    await saveReportDraft(actors.focalTisi, draft(ind.id, { ...month(5), value: 60, organizationId: org.get("TISI")!, submit: true }));
    expect((await latestApprovedValues(actors.staff, cet)).find((v) => v.indicator.id === ind.id)).toMatchObject({ period: null, rows: [], total: null });
    const early = await saveReportDraft(actors.focalTisi, draft(ind.id, { ...month(1), value: 7, organizationId: org.get("TISI")!, submit: true }));
    await approveReport(actors.staff, { id: early.id, version: early.version });
    const mine = (await latestApprovedValues(actors.focalBsn, cet)).find((v) => v.indicator.id === ind.id)!;
    expect(mine.period).toEqual(month(1));
    expect(mine.rows.map((r) => Number(r.value))).toEqual([7]);
    expect(await refusal(() => latestApprovedValues(actors.donorSida, cet))).toBeInstanceOf(NotFoundError);
  });
});

describe("who has not reported", () => {
  it("shows each NSB's status per indicator and period, as the rows in the database", async () => {
    const ind = await indicator({ months: 2 });
    const statuses: [string, number, ReportStatus][] = [
      ["BSN", 0, "DRAFT"],
      ["TISI", 0, "SUBMITTED"],
      ["DSM", 0, "APPROVED"],
      ["ISC", 1, "RETURNED"],
    ];
    for (const [nsb, i, status] of statuses) {
      await db().indicatorReport.create({ data: { indicatorId: ind.id, ...month(i), organizationId: org.get(nsb)!, value: 1, status } });
    }
    const matrix = await notReportedMatrix(actors.staff, { programmeId: cet });
    expect(matrix.rows.map((r) => r.nsb.acronym)).toEqual(["BPS", "BSN", "DOSM", "DSM", "ISC", "STAMEQ", "TISI"]);
    // Every cell equals the report in the database (or MISSING).
    const reports = await db().indicatorReport.findMany({ where: { indicator: { programmeId: cet, source: "MANUAL", disaggregateByNsb: true } } });
    for (const row of matrix.rows) {
      matrix.columns.forEach((column, c) => {
        const report = reports.find(
          (r) => r.organizationId === row.nsb.id && r.indicatorId === column.indicator.id && r.periodStart.getTime() === column.period.periodStart.getTime() && r.periodEnd.getTime() === column.period.periodEnd.getTime(),
        );
        expect(row.cells[c]!.status).toBe(report?.status ?? "MISSING");
      });
    }
    const mine = matrix.columns.map((c, i) => [c, i] as const).filter(([c]) => c.indicator.id === ind.id);
    expect(mine).toHaveLength(2);
    const cell = (nsb: string, i: number) => matrix.rows.find((r) => r.nsb.acronym === nsb)!.cells[mine[i]![1]]!.status;
    expect([cell("BSN", 0), cell("TISI", 0), cell("DSM", 0), cell("ISC", 1), cell("BPS", 0), cell("BSN", 1)]).toEqual(["DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "MISSING", "MISSING"]);
    expect(matrix.columns.some((c) => c.indicator.code === "CET-5")).toBe(true);
    expect(matrix.columns.some((c) => c.indicator.code === "CET-1")).toBe(false);

    const onePeriod = await notReportedMatrix(actors.staff, { programmeId: cet, periodStart: month(1).periodStart });
    expect(onePeriod.columns.map((c) => c.indicator.id)).toContain(ind.id);
    expect(onePeriod.columns.every((c) => c.period.periodStart.getTime() === month(1).periodStart.getTime())).toBe(true);

    const focal = await notReportedMatrix(actors.focalBsn, { programmeId: cet });
    expect(focal.rows.map((r) => r.nsb.acronym)).toEqual(["BSN"]);
    expect(await refusal(() => notReportedMatrix(actors.focalBsn, { programmeId: africa }))).toBeInstanceOf(NotFoundError);
  });
});

describe("reminders and notifications", () => {
  it("notifies the focal points of NSBs with missing or returned reports, once per user", async () => {
    // A period no other indicator of this file uses, so that only this one is due.
    const ind = await indicator({ months: 1, year: 2020 });
    const period = month(0, 2020);
    // TISI has reported; BSN's report was returned; the others have nothing (no focal-point accounts).
    await db().indicatorReport.create({ data: { indicatorId: ind.id, ...period, organizationId: org.get("TISI")!, value: 1, status: "APPROVED" } });
    await db().indicatorReport.create({ data: { indicatorId: ind.id, ...period, organizationId: org.get("BSN")!, value: 1, status: "RETURNED", reviewComment: "Fix" } });
    // The reviews and submissions of the tests above notified people too: start from none.
    await db().notification.deleteMany();
    const mailsBefore = smtp.received.length;
    const before = await db().notification.count();
    expect(await refusal(() => sendReminders(actors.focalBsn, { programmeId: cet, ...period }))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(() => sendReminders(actors.staff, { programmeId: cet, periodStart: day("2030-01-01"), periodEnd: day("2030-06-30") }))).toBeInstanceOf(DomainValidationError);
    expect(await db().notification.count()).toBe(before);

    const result = await sendReminders(actors.staff, { programmeId: cet, ...period });
    expect(result.notified.map((n) => n.userId)).toEqual([actors.focalBsn.id]);
    expect(result.nsbsWithoutFocalPoint).toEqual(["BPS", "DOSM", "DSM", "ISC", "STAMEQ"]);
    expect(result).toMatchObject({ mailEnabled: true, emailed: 1 });
    expect(smtp.received.slice(mailsBefore).map((m) => m.to)).toEqual([["focal.bsn@example.org"]]);
    const created = await db().notification.findMany();
    expect(created.map((n) => n.userId)).toEqual([actors.focalBsn.id]);
    expect(created[0]!.message).toContain(`${ind.code} returned for changes`);
    expect(created[0]!.link).toBe(`/reports?programmeId=${cet}`);
    expect(await db().auditEvent.count({ where: { entityType: "Notification", entityId: created[0]!.id, actorId: actors.staff.id } })).toBe(1);

    expect(await unreadNotificationCount(actors.focalBsn)).toBe(1);
    expect(await unreadNotificationCount(actors.focalTisi)).toBe(0);
    expect((await listMyNotifications(actors.focalTisi)).rows).toEqual([]);
    expect(await refusal(() => markNotificationRead(actors.focalTisi, created[0]!.id))).toBeInstanceOf(NotFoundError);
    await markNotificationRead(actors.focalBsn, created[0]!.id);
    expect(await unreadNotificationCount(actors.focalBsn)).toBe(0);
    expect((await listMyNotifications(actors.focalBsn)).rows[0]).toMatchObject({ id: created[0]!.id, readAt: expect.any(Date) });
  });

  it("lists missing reports for a focal point in the message", async () => {
    const ind = await indicator({ months: 1, year: 2019 });
    await db().indicatorReport.create({ data: { indicatorId: ind.id, ...month(0, 2019), organizationId: org.get("BSN")!, value: 1, status: "APPROVED" } });
    await sendReminders(actors.staff, { programmeId: cet, ...month(0, 2019) });
    const tisi = await db().notification.findFirstOrThrow({ where: { userId: actors.focalTisi.id }, orderBy: { createdAt: "desc" } });
    expect(tisi.message).toContain(`${ind.code} not reported`);
    expect(await db().notification.count({ where: { userId: actors.focalBsn.id, message: { contains: `${ind.code} ` } } })).toBe(0);
  });
});

describe("notifications of submissions and reviews", () => {
  /** Notifications (user id → messages) created since `since`, and the mails sent since `mailsFrom`. */
  async function noticesSince(since: Date, mailsFrom: number) {
    const rows = await db().notification.findMany({ where: { createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
    const byUser = new Map<string, { message: string; link: string }[]>();
    for (const n of rows) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), { message: n.message, link: n.link }]);
    return { byUser, mails: smtp.received.slice(mailsFrom) };
  }

  let extra: { otherBsn: Actor; retiredBsn: Actor };
  beforeAll(async () => {
    const user = (email: string, active: boolean) =>
      db().user.create({
        data: { email, name: email.split("@")[0]!, role: "FOCAL_POINT", organizationId: org.get("BSN")!, active },
        select: { id: true, name: true, email: true, role: true, organizationId: true },
      });
    extra = { otherBsn: await user("second.bsn@example.org", true), retiredBsn: await user("former.bsn@example.org", false) };
  });

  it("tells every reviewer when a focal point submits, and nobody else", async () => {
    const ind = await indicator();
    const since = new Date();
    const mailsFrom = smtp.received.length;
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, { submit: true }));
    const { byUser, mails } = await noticesSince(since, mailsFrom);
    expect([...byUser.keys()].sort()).toEqual([actors.admin.id, actors.staff.id].sort());
    const notice = byUser.get(actors.staff.id)![0]!;
    expect(notice.link).toBe(`/reports/${report.id}`);
    expect(notice.message).toBe(`Dewi Lestari submitted ${ind.code} (CET-SEA) for BSN, 1 Jan 2023 – 31 Jan 2023: it is waiting for review.`);
    expect(mails.map((m) => m.to).flat().sort()).toEqual(["admin@example.org", "staff@example.org"]);
    expect(mails[0]!.raw).toContain(`Subject: Report ${ind.code} for BSN submitted for review`);
    expect(mails[0]!.raw).toContain(`/reports/${report.id}`);
    // Written with the submission, each with its audit event.
    const ids = (await db().notification.findMany({ where: { link: `/reports/${report.id}` } })).map((n) => n.id);
    expect(await db().auditEvent.count({ where: { entityType: "Notification", entityId: { in: ids }, action: "CREATE", actorId: actors.focalBsn.id } })).toBe(2);

    // A resubmission after a return notifies the reviewers again (submitReport).
    const returned = await returnReport(actors.staff, { id: report.id, version: report.version, comment: "Attach the list." });
    const again = new Date();
    await submitReport(actors.focalBsn, { id: report.id, version: returned.version });
    expect([...(await noticesSince(again, smtp.received.length)).byUser.keys()].sort()).toEqual([actors.admin.id, actors.staff.id].sort());
  });

  it("tells the reporter and their NSB's other active focal points when staff return or approve, not another NSB", async () => {
    const ind = await indicator();
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, { submit: true }));
    const bsnPeople = [actors.focalBsn.id, extra.otherBsn.id].sort();

    let since = new Date();
    let mailsFrom = smtp.received.length;
    const comment = "Please attach the registration confirmation.";
    const returned = await returnReport(actors.staff, { id: report.id, version: report.version, comment });
    let notices = await noticesSince(since, mailsFrom);
    expect([...notices.byUser.keys()].sort()).toEqual(bsnPeople);
    expect(notices.byUser.get(actors.focalBsn.id)).toEqual([
      { message: `Lucas Meyer returned ${ind.code} (CET-SEA) for BSN, 1 Jan 2023 – 31 Jan 2023, for changes: ${comment}`, link: `/reports/${report.id}` },
    ]);
    expect(notices.mails.map((m) => m.to).flat().sort()).toEqual(["focal.bsn@example.org", "second.bsn@example.org"]);
    expect(notices.mails[0]!.raw).toContain(`Subject: Report ${ind.code} for BSN returned for changes`);
    // What each of them sees on their notifications page; TISI's focal point sees nothing of it.
    expect((await listMyNotifications(extra.otherBsn)).rows.map((n) => n.link)).toContain(`/reports/${report.id}`);
    expect((await listMyNotifications(actors.focalTisi)).rows.some((n) => n.link === `/reports/${report.id}`)).toBe(false);

    const resubmitted = await submitReport(actors.focalBsn, { id: report.id, version: returned.version });
    since = new Date();
    mailsFrom = smtp.received.length;
    await approveReport(actors.admin, { id: report.id, version: resubmitted.version });
    notices = await noticesSince(since, mailsFrom);
    expect([...notices.byUser.keys()].sort()).toEqual(bsnPeople);
    expect(notices.byUser.get(extra.otherBsn.id)![0]!.message).toBe(`Amira Haddad approved ${ind.code} (CET-SEA) for BSN, 1 Jan 2023 – 31 Jan 2023.`);
    for (const nobody of [actors.focalTisi, extra.retiredBsn, actors.staff, actors.admin, actors.donorDfat]) {
      expect(await db().notification.count({ where: { userId: nobody.id, link: `/reports/${report.id}`, message: { contains: "approved" } } })).toBe(0);
    }
  });

  it("tells the staff member who reported for the whole programme, and writes nothing for a refused review", async () => {
    const programmeWide = await indicator({ byNsb: false });
    const since = new Date();
    const report = await saveReportDraft(actors.staff, draft(programmeWide.id, { organizationId: null, submit: true }));
    // The submitter may not review it: only the other reviewer hears of it.
    expect([...(await noticesSince(since, smtp.received.length)).byUser.keys()]).toEqual([actors.admin.id]);

    const before = [await db().notification.count(), await auditCount()];
    expect(await refusal(() => approveReport(actors.admin, { id: report.id, version: report.version - 1 }))).toBeInstanceOf(ConflictError);
    expect([await db().notification.count(), await auditCount()]).toEqual(before);

    const after = new Date();
    await approveReport(actors.admin, { id: report.id, version: report.version, comment: "Thanks, well documented." });
    const { byUser } = await noticesSince(after, smtp.received.length);
    expect([...byUser.keys()]).toEqual([actors.staff.id]);
    expect(byUser.get(actors.staff.id)![0]!.message).toBe(
      `Amira Haddad approved ${programmeWide.code} (CET-SEA) for the whole programme, 1 Jan 2023 – 31 Jan 2023. Comment: Thanks, well documented.`,
    );
  });
});

describe("report pages' queries", () => {
  it("gives a focal point their tasks for each reporting period, and the form its context", async () => {
    const cet5 = await db().indicator.findFirstOrThrow({ where: { code: "CET-5", programmeId: cet } });
    const tasks = (await reportingTasks(actors.focalBsn, { programmeId: cet })).filter((t) => t.indicator.id === cet5.id);
    expect(tasks.map((t) => t.report?.status)).toEqual(["APPROVED", "APPROVED", "APPROVED", "RETURNED"]);
    expect(await reportingTasks(actors.staff)).toEqual([]);
    const context = await reportFormContext(actors.focalBsn, { indicatorId: cet5.id, period: { periodStart: day("2024-01-01"), periodEnd: day("2024-06-30") } });
    expect(context.periods).toHaveLength(4);
    expect(context.nsbs.map((n) => n.acronym)).toEqual(["BSN"]);
    expect(context.existing).not.toBeNull();
    expect(context.refusal).toBeNull();
    const staffContext = await reportFormContext(actors.staff, { indicatorId: cet5.id });
    expect(staffContext.nsbs).toHaveLength(7);
    const computed = await db().indicator.findFirstOrThrow({ where: { code: "CET-1", programmeId: cet } });
    expect((await reportFormContext(actors.staff, { indicatorId: computed.id })).refusal).toMatch(/computed/);
  });

  it("tells the new-report form which periods are locked and which are already reported, per NSB", async () => {
    const ind = await indicator({ months: 3, year: 2017 });
    const bsn = org.get("BSN")!;
    const tisi = org.get("TISI")!;
    const reported = await saveReportDraft(actors.focalBsn, draft(ind.id, month(0, 2017)));
    const lock = await lockPeriod(actors.staff, { ...month(1, 2017), programmeId: cet, reason: "Mid-term review" });
    try {
      const focal = await reportFormContext(actors.focalBsn, { indicatorId: ind.id });
      expect(focal.choices.map((c) => [c.lock?.reason ?? null, c.reports])).toEqual([
        [null, [{ id: reported.id, organizationId: bsn, status: "DRAFT" }]],
        ["Mid-term review", []],
        [null, []],
      ]);
      // TISI's focal point sees no BSN report (reportScope): for TISI, January is open.
      expect((await reportFormContext(actors.focalTisi, { indicatorId: ind.id })).choices.map((c) => c.reports)).toEqual([[], [], []]);
      // Staff see every NSB's reports, to tell which periods are open once they choose the NSB.
      const staff = await reportFormContext(actors.staff, { indicatorId: ind.id });
      expect(staff.choices[0]!.reports.map((r) => r.organizationId)).toEqual([bsn]);
      // The data layer still refuses what the form no longer offers.
      expect(((await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, month(1, 2017))))) as Error).message).toBe("This reporting period is locked: Mid-term review");
      expect(await refusal(() => saveReportDraft(actors.focalBsn, draft(ind.id, month(0, 2017))))).toBeInstanceOf(DomainValidationError);
      expect((await saveReportDraft(actors.focalTisi, draft(ind.id, { ...month(0, 2017), organizationId: tisi }))).organizationId).toBe(tisi);
    } finally {
      await unlockPeriod(actors.staff, lock.id, "Review done");
    }
    expect((await reportFormContext(actors.focalBsn, { indicatorId: ind.id })).choices[1]!.lock).toBeNull();
  });

  it("filters the review queue by status, programme, NSB and period", async () => {
    const submitted = await listReports(actors.staff, { status: "SUBMITTED", programmeId: cet });
    expect(submitted.rows.length).toBeGreaterThan(0);
    expect(submitted.rows.every((r) => r.status === "SUBMITTED" && r.indicator.programme?.id === cet)).toBe(true);
    const tisi = await listReports(actors.staff, { nsbId: org.get("TISI")!, period: { periodStart: day("2024-01-01"), periodEnd: day("2024-06-30") } });
    expect(tisi.rows.map((r) => [r.organization?.acronym, r.indicator.code, r.status])).toContainEqual(["TISI", "CET-5", "SUBMITTED"]);
  });
});

// Last in the file: it stops the fake mail server.
describe("when the mail server is down", () => {
  it("still returns the report and notifies in the app", async () => {
    await smtp.close();
    const ind = await indicator();
    const report = await saveReportDraft(actors.focalBsn, draft(ind.id, { submit: true }));
    const returned = await returnReport(actors.staff, { id: report.id, version: report.version, comment: "Add the evidence." });
    expect(returned.status).toBe("RETURNED");
    expect(await db().notification.count({ where: { userId: actors.focalBsn.id, link: `/reports/${report.id}` } })).toBe(1);
  });
});
