import { db } from "@/server/db";
import { newLinkToken } from "@/server/tokens";
import { storage } from "@/server/storage";
import { normalizePersonName } from "@/lib/normalize";
import { programmeByCode, seedDemo, type DemoActors } from "./actors";

/*
 * The rows the permission table (tests/integration/permissions.test.ts) calls the server
 * functions on, created directly in the database after the demo data. "Programme X" is a
 * programme funded by DFAT whose only beneficiary is BSN, so every identity gets a distinct
 * answer: staff all, BSN's focal point and DFAT's donor viewer in scope, TISI's focal point
 * and Sida's donor viewer out of scope. The activity is one of CET-SEA (also funded by DFAT,
 * TISI a beneficiary) that targets BSN only: TISI's focal point is out of its scope although
 * TISI benefits from the programme.
 */

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The n-th month from January 2025 (programme X's reporting periods are months). */
export const month = (n: number) => ({ periodStart: new Date(Date.UTC(2025, n, 1)), periodEnd: new Date(Date.UTC(2025, n + 1, 0)) });
export const REPORT_MONTHS = 48;
/** A minimal PDF the evidence upload accepts. */
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

let seq = 0;
/** A number no other call of this test file uses (codes, emails, titles, report periods). */
export const next = () => ++seq;
let reportMonths = 0;

export interface Fixtures {
  actors: DemoActors;
  org: { bsn: string; tisi: string; dfat: string; sida: string; isoCs: string };
  cet: string;
  africa: string;
  plan2021: string;
  area: { o1: string; o11: string };
  programmeX: string;
  /** CET-SEA activity targeting BSN only. */
  activity: string;
  /** A BSN participant registered on the activity, and their participation. */
  participantBsn: string;
  participationBsn: string;
  /** A BSN participant not on the activity. */
  participantBsnFree: string;
  participantTisi: string;
  feedbackLink: string;
  /** The token of the feedback link (only its hash is stored). */
  feedbackToken: string;
  /** Programme X, MANUAL, per NSB, with monthly targets from January 2025. */
  indicator: string;
  /** Programme X, for updates, target replacements and archiving. */
  indicatorToEdit: string;
  /** Programme X, PARTICIPANTS_TRAINED. */
  computedIndicator: string;
  adoption: string;
  committeeRole: string;
  /** BSN's DRAFT report of the indicator for month 0, with one stored evidence file. */
  report: string;
  evidenceFile: string;
  /** A notification of BSN's focal point. */
  notification: string;
  /** A plan of this test, with a goal "G". */
  plan: string;
  planGoal: string;
  partnerOrg: string;
  /** Users for the administration functions. */
  userToEdit: string;
  /** BSN's DRAFT self-assessment (follow-up) for programme X. */
  assessmentRound: string;
  /** The demo's default questionnaire. */
  assessmentTemplate: string;
}

async function orgId(acronym: string) {
  return (await db().organization.findFirstOrThrow({ where: { acronym }, select: { id: true } })).id;
}

/** A programme like X (DFAT funds it, BSN benefits), with a unique code. */
export async function newProgrammeX(fx: Pick<Fixtures, "org" | "area">, data: { status?: "PLANNED" | "ACTIVE" | "CLOSED"; archived?: boolean } = {}) {
  const n = next();
  const row = await db().programme.create({
    data: {
      code: `PERM-X-${n}`,
      title: `Permission programme ${n}`,
      startDate: day("2025-01-01"),
      endDate: day("2028-12-31"),
      status: data.status ?? "ACTIVE",
      archived: data.archived ?? false,
      budgetCurrency: "AUD",
      fundings: { create: [{ donorId: fx.org.dfat, amount: 1000, currency: "AUD" }] },
      beneficiaries: { create: [{ organizationId: fx.org.bsn }] },
      resultAreas: { create: [{ resultAreaId: fx.area.o1 }, { resultAreaId: fx.area.o11 }] },
    },
    select: { id: true, version: true },
  });
  return row;
}

/** A CET-SEA activity targeting BSN only. */
export async function newActivity(fx: Pick<Fixtures, "org" | "area" | "cet">) {
  const n = next();
  return db().activity.create({
    data: {
      programmeId: fx.cet,
      resultAreaId: fx.area.o11,
      title: `Permission workshop ${n}`,
      type: "WORKSHOP",
      level: "NATIONAL",
      modality: "IN_PERSON",
      status: "PLANNED",
      startDate: day("2024-03-01"),
      endDate: day("2024-03-02"),
      currency: "AUD",
      targetNsbs: { create: [{ organizationId: fx.org.bsn }] },
    },
    select: { id: true, version: true },
  });
}

export async function newParticipant(organizationId: string, label: string) {
  const n = next();
  const fullName = `Permission ${label} ${n}`;
  return db().participant.create({
    data: {
      fullName,
      normalizedName: normalizePersonName(fullName),
      email: `perm.${label.toLowerCase()}.${n}@example.test`,
      sex: "FEMALE",
      ageBand: "AGE_25_34",
      stakeholderGroup: "NSB_STAFF",
      organizationId,
    },
    select: { id: true, version: true, fullName: true, email: true },
  });
}

export async function newIndicator(fx: Pick<Fixtures, "programmeX" | "area">, data: { source?: "MANUAL" | "PARTICIPANTS_TRAINED"; months?: number } = {}) {
  const n = next();
  return db().indicator.create({
    data: {
      programmeId: fx.programmeX,
      resultAreaId: fx.area.o11,
      code: `PERM-${n}`,
      title: `Permission indicator ${n}`,
      unit: "COUNT",
      source: data.source ?? "MANUAL",
      disaggregateByNsb: true,
      targets: { create: Array.from({ length: data.months ?? 0 }, (_, i) => ({ ...month(i), targetValue: 1 })) },
    },
    select: { id: true, version: true, code: true },
  });
}

/** The next month no report of this file uses yet (the fixture indicator's periods). */
export function nextReportMonth() {
  const n = reportMonths++;
  if (n >= REPORT_MONTHS) throw new Error("Out of report months: raise REPORT_MONTHS.");
  return month(n);
}

/** A report of the fixture indicator for BSN, in a month no other report of this file uses. */
export async function newReport(fx: Pick<Fixtures, "indicator" | "org" | "actors">, status: "DRAFT" | "SUBMITTED") {
  return db().indicatorReport.create({
    data: {
      indicatorId: fx.indicator,
      ...nextReportMonth(),
      organizationId: fx.org.bsn,
      value: 2,
      status,
      ...(status === "SUBMITTED" ? { submittedById: fx.actors.focalBsn.id, submittedAt: new Date() } : {}),
    },
    select: { id: true, version: true },
  });
}

/** An evidence file row on a report, with its bytes in storage. */
export async function newEvidenceFile(reportId: string) {
  const storageKey = `evidence/permissions/f${next()}`;
  await storage().put(storageKey, PDF, "application/pdf");
  return db().evidenceFile.create({
    data: { reportId, fileName: "evidence.pdf", contentType: "application/pdf", sizeBytes: PDF.byteLength, storageKey },
    select: { id: true },
  });
}

export async function newAdoption(organizationId: string) {
  const n = next();
  return db().nationalAdoption.create({
    data: { organizationId, standardReference: `ISO ${900_000 + n}:2020`, nationalReference: `SNI ${n}`, adoptionDate: day("2021-01-01"), degree: "IDENTICAL" },
    select: { id: true, version: true, standardReference: true },
  });
}

export async function newCommitteeRole(organizationId: string) {
  const n = next();
  return db().committeeRole.create({
    data: { organizationId, committee: `ISO/TC ${3000 + n}`, membership: "P_MEMBER", leadership: "NONE", fromDate: day("2024-01-01") },
    select: { id: true, version: true, committee: true },
  });
}

export async function newActionPlan(archived = false) {
  const n = next();
  return db().actionPlan.create({ data: { title: `Permission plan ${n}`, startYear: 2030, endYear: 2031, archived }, select: { id: true, version: true } });
}

export async function newGoal(actionPlanId: string, archived = false, sortOrder = 0) {
  const n = next();
  return db().resultArea.create({
    data: { actionPlanId, level: "GOAL", code: `PG${n}`, title: `Permission goal ${n}`, archived, sortOrder },
    select: { id: true, version: true, code: true },
  });
}

export async function newUser(role: "STAFF" | "ADMIN" = "STAFF") {
  const n = next();
  return db().user.create({
    data: { email: `perm.user.${n}@example.test`, name: `Permission user ${n}`, role, organizationId: null },
    select: { id: true, version: true },
  });
}

export async function newPartner() {
  const n = next();
  return db().organization.create({ data: { name: `Permission partner ${n}`, acronym: `PERMP${n}`, kind: "PARTNER" }, select: { id: true, version: true } });
}

/** A follow-up self-assessment of BSN for programme X, as a draft or submitted by BSN's focal point. */
export async function newAssessmentRound(fx: Pick<Fixtures, "programmeX" | "org" | "actors">, status: "DRAFT" | "SUBMITTED" = "DRAFT") {
  const version = await db().assessmentTemplateVersion.findFirstOrThrow({ orderBy: { number: "desc" } });
  return db().assessmentRound.create({
    data: {
      organizationId: fx.org.bsn,
      programmeId: fx.programmeX,
      kind: "FOLLOW_UP",
      assessedOn: day("2026-06-30"),
      templateVersionId: version.id,
      status,
      ...(status === "SUBMITTED" ? { submittedById: fx.actors.focalBsn.id, submittedAt: new Date() } : {}),
    },
    select: { id: true, version: true },
  });
}

/** Seeds the demo data and creates every fixture. */
export async function createFixtures(): Promise<Fixtures> {
  const actors = await seedDemo();
  const [bsn, tisi, dfat, sida, isoCs] = await Promise.all(["BSN", "TISI", "DFAT", "Sida", "ISO/CS"].map(orgId));
  const plan2021 = (await db().actionPlan.findFirstOrThrow({ where: { startYear: 2021 }, select: { id: true } })).id;
  const areaOf = async (code: string) => (await db().resultArea.findFirstOrThrow({ where: { code, actionPlanId: plan2021 }, select: { id: true } })).id;
  const base = {
    actors,
    org: { bsn: bsn!, tisi: tisi!, dfat: dfat!, sida: sida!, isoCs: isoCs! },
    cet: (await programmeByCode("CET-SEA")).id,
    africa: (await programmeByCode("AP-AFR-EAST")).id,
    plan2021,
    area: { o1: await areaOf("O1"), o11: await areaOf("O1.1") },
  };
  const programmeX = (await newProgrammeX(base)).id;
  const activity = (await newActivity(base)).id;
  const participantBsn = (await newParticipant(bsn!, "Bsn")).id;
  const participationBsn = (await db().participation.create({ data: { activityId: activity, participantId: participantBsn }, select: { id: true } })).id;
  const participantBsnFree = (await newParticipant(bsn!, "BsnFree")).id;
  const participantTisi = (await newParticipant(tisi!, "Tisi")).id;
  const { token: feedbackToken, tokenHash } = newLinkToken();
  const feedbackLink = (await db().personalLink.create({ data: { purpose: "FEEDBACK", participationId: participationBsn, tokenHash, expiresAt: day("2099-01-01") }, select: { id: true } })).id;
  const withProgramme = { ...base, programmeX };
  const indicator = (await newIndicator(withProgramme, { months: REPORT_MONTHS })).id;
  const indicatorToEdit = (await newIndicator(withProgramme)).id;
  const computedIndicator = (await newIndicator(withProgramme, { source: "PARTICIPANTS_TRAINED" })).id;
  const adoption = (await newAdoption(bsn!)).id;
  const committeeRole = (await newCommitteeRole(bsn!)).id;
  const report = (await newReport({ ...base, indicator }, "DRAFT")).id;
  const evidenceFile = (await newEvidenceFile(report)).id;
  const notification = (await db().notification.create({ data: { userId: actors.focalBsn.id, message: "Permission test notice" }, select: { id: true } })).id;
  const plan = (await newActionPlan()).id;
  const planGoal = (await newGoal(plan)).id;
  const partnerOrg = (await newPartner()).id;
  const userToEdit = (await newUser()).id;
  const assessmentRound = (await newAssessmentRound({ ...withProgramme, actors })).id;
  const assessmentTemplate = (await db().assessmentTemplate.findFirstOrThrow({ select: { id: true } })).id;
  return {
    ...withProgramme,
    activity,
    participantBsn,
    participationBsn,
    participantBsnFree,
    participantTisi,
    feedbackLink,
    feedbackToken,
    indicator,
    indicatorToEdit,
    computedIndicator,
    adoption,
    committeeRole,
    report,
    evidenceFile,
    notification,
    plan,
    planGoal,
    partnerOrg,
    userToEdit,
    assessmentRound,
    assessmentTemplate,
  };
}
