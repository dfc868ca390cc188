/// <reference types="vite/client" />
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { newLinkToken } from "@/server/tokens";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { databaseFingerprint } from "../support/fingerprint";
import {
  PDF,
  createFixtures,
  day,
  month,
  newActionPlan,
  newActivity,
  newAdoption,
  newAssessmentRound,
  newCommitteeRole,
  newEvidenceFile,
  newGoal,
  newIndicator,
  newParticipant,
  newPartner,
  newProgrammeX,
  newReport,
  newUser,
  next,
  nextReportMonth,
  type Fixtures,
} from "../support/permission-fixtures";
// The data layer, module by module (the table below has a case for each of their exports).
import { cancelActivity, createActivity, duplicateActivity, updateActivity } from "@/server/activities/mutations";
import { activityFilterOptions, activityFormOptions, activityProgrammeChoices, getActivity, listActivities } from "@/server/activities/queries";
import { auditFilterOptions, listAuditEvents, listEntityHistory } from "@/server/audit/queries";
import { actionPlanDashboard, computeActionPlanDashboard } from "@/server/dashboards/action-plan";
import { computeGedsiDashboard, gedsiDashboard } from "@/server/dashboards/gedsi";
import { computeIndicatorProgress, indicatorProgress, indicatorProgressFor } from "@/server/dashboards/indicators";
import { dashboardFilterOptions } from "@/server/dashboards/options";
import { computeProgrammeDashboard, programmeDashboard } from "@/server/dashboards/programme";
import { resolveScope } from "@/server/dashboards/scope";
import { createNationalAdoption, deleteNationalAdoption, getNationalAdoption, listNationalAdoptions, updateNationalAdoption } from "@/server/evidence/adoptions";
import { createCommitteeRole, deleteCommitteeRole, getCommitteeRole, listCommitteeRoles, updateCommitteeRole } from "@/server/evidence/committee-roles";
import { commitEvidenceImport, evidenceImportTemplate, previewEvidenceImport } from "@/server/evidence/import";
import { evidenceFormOptions, evidenceNsbOptions, evidenceProgrammeOptions, visibleProgrammeIds } from "@/server/evidence/shared";
import { describeFeedbackLink, submitFeedback } from "@/server/feedback/answers";
import { closeFeedbackLinks, emailFeedbackLinks, feedbackLinkSummary, issueFeedbackLinks } from "@/server/feedback/links";
import { surveyInScope } from "@/server/surveys/access";
import { surveyDashboard } from "@/server/surveys/indicators";
import { closeSurvey, sendSurveyInvitations, sendSurveyReminders, stopSurveyReminders } from "@/server/surveys/invitations";
import { scheduleFollowUps } from "@/server/surveys/schedule";
import { activitySurveys, programmeSurveyTracking, surveyDetail } from "@/server/surveys/tracking";
import { templateQuestions } from "@/domain/surveys/templates";
import {
  archiveActionPlan,
  archiveResultArea,
  createActionPlan,
  createResultArea,
  moveResultArea,
  restoreActionPlan,
  restoreResultArea,
  updateActionPlan,
  updateResultArea,
} from "@/server/framework/mutations";
import { getActionPlan, getResultArea, listActionPlans } from "@/server/framework/queries";
import { homeSummary } from "@/server/home/queries";
import { buildIatiActivities, buildIatiDocument } from "@/server/iati/export";
import { assertImportable, commitAttendanceImport, importPageData, previewAttendanceImport } from "@/server/imports/attendance-import";
import { exportAttendance, exportParticipants } from "@/server/imports/exports";
import { computedContexts, computeIndicatorValue, computedSeries } from "@/server/indicators/computed";
import { viewerScope } from "@/server/indicators/computed/context";
import { archiveIndicator, createIndicator, replaceIndicatorTargets, updateIndicator, type IndicatorDetails } from "@/server/indicators/mutations";
import { getIndicator, indicatorFilterOptions, indicatorFormOptions, listIndicators } from "@/server/indicators/queries";
import { listMyNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "@/server/notifications/notifications";
import { archiveOrganization, createOrganization, updateOrganization, type OrganizationInput } from "@/server/organizations/mutations";
import {
  donorProgrammes,
  getNsbProfile,
  getOrganizationProfile,
  nsbActivities,
  nsbAdoptionCount,
  nsbApprovedReports,
  nsbCommitteeRoles,
  nsbFocalPoints,
  nsbParticipantCounts,
  nsbProgrammes,
} from "@/server/organizations/profile";
import {
  countryOptions,
  countryRegions,
  getOrganization,
  listCountries,
  listOrganizations,
  organizationFilterOptions,
  organizationLabel,
} from "@/server/organizations/queries";
import { createParticipant, mergeParticipants, updateParticipant, type ParticipantInput } from "@/server/participants/mutations";
import { findLikelyDuplicates, getParticipant, listParticipants, participantNsbOptions } from "@/server/participants/queries";
import { eraseParticipant, exportParticipantData } from "@/server/participants/privacy";
import { registerNewParticipant, registerParticipants, removeParticipation, restoreParticipation, saveAttendance } from "@/server/participations/mutations";
import { activityInScope, activityTotals, attendanceCounts, listActivityParticipations, registrationCandidates } from "@/server/participations/queries";
import {
  archiveProgramme,
  changeProgrammeState,
  closeProgramme,
  createProgramme,
  reopenProgramme,
  restoreProgramme,
  updateProgramme,
} from "@/server/programmes/mutations";
import { programmeFormOptions } from "@/server/programmes/options";
import { getProgramme, listProgrammes, programmeFilterOptions } from "@/server/programmes/queries";
import { attachEvidenceFile, openEvidenceFile, removeEvidenceFile } from "@/server/reports/evidence";
import { listLocks, lockPeriod, unlockPeriod } from "@/server/reports/locks";
import { notReportedMatrix } from "@/server/reports/matrix";
import { approveReport, returnReport, saveReportDraft, submitReport } from "@/server/reports/mutations";
import {
  getReport,
  latestApprovedValues,
  listReports,
  listReturnedReports,
  reportableIndicators,
  reportFilterOptions,
  reportFormContext,
  reportingTasks,
} from "@/server/reports/queries";
import { reportContext } from "@/server/reports/context";
import { sendReminders } from "@/server/reports/reminders";
import { changeOwnPassword, getOwnAccount, setOwnLocale } from "@/server/users/account";
import { inviteUser, issuePasswordReset, setUserActive, signOutEverywhere, updateUser } from "@/server/users/manage";
import { getUser, listUsers, userOrganizationOptions } from "@/server/users/queries";
import { describeToken, redeemToken } from "@/server/users/redeem";
import { hashToken } from "@/server/users/tokens";
import { signInBlockedUntil, verifyCredentials } from "@/server/auth/credentials";
import { capacityComparison } from "@/server/assessments/comparison";
import { getRound, listRounds, roundFormOptions } from "@/server/assessments/queries";
import { openRound, reviewRound, saveRoundAnswers } from "@/server/assessments/rounds";
import { getTemplate, listTemplates, saveTemplate, templateChoices } from "@/server/assessments/templates";
import type { ProgrammeInput } from "@/domain/programmes/schema";
import type { ActivityInput } from "@/domain/activities/schema";

/*
 * Issue #3, "Done when": every exported server function, called as each identity (admin,
 * staff, focal point of NSB A = BSN, focal point of NSB B = TISI, donor funding programme X
 * = DFAT, donor not funding it = Sida, anonymous), is allowed or refused as the permission
 * table of ARCHITECTURE.md says; a refused call changes no row (the whole database's
 * fingerprint, and the upload folder, are the same before and after).
 *
 * Fail closed: every exported function of src/server/** is discovered below; one without a
 * case in CASES and without a NOT_ACTOR_FUNCTIONS entry fails the suite.
 */

// The auth domain's face re-exports the Auth.js configuration, which cannot load outside
// Next.js. No test here calls it: the mock only lets the modules be discovered.
vi.mock("@/server/auth/next-auth", () => ({ auth: async () => null }));

// Evidence files of this test file go to a folder of its own (env() reads it on first use).
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "permissions-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

// ───────────────────────────── identities ─────────────────────────────

const IDENTITIES = ["admin", "staff", "focalBsn", "focalTisi", "donorDfat", "donorSida", "anonymous"] as const;
type Who = (typeof IDENTITIES)[number];

/** Every signed-in role. */
const EVERYONE: readonly Who[] = ["admin", "staff", "focalBsn", "focalTisi", "donorDfat", "donorSida"];
const STAFF: readonly Who[] = ["admin", "staff"];
const ADMIN: readonly Who[] = ["admin"];
/** Who may see programme X, the activity (CET-SEA, targets BSN only) and BSN. */
const IN_SCOPE: readonly Who[] = ["admin", "staff", "focalBsn", "donorDfat"];
/** Who may work on BSN's participants, reports and evidence. */
const BSN_WRITERS: readonly Who[] = ["admin", "staff", "focalBsn"];
/** Roles that write participants, reports and evidence (a focal point for their own NSB). */
const NSB_WRITERS: readonly Who[] = ["admin", "staff", "focalBsn", "focalTisi"];

let fx: Fixtures;
let surveyMonths = 0;

/** A new BSN participant who ATTENDED the activity (follow-ups invite those). */
async function attendedOnActivity() {
  const person = await newParticipant(fx.org.bsn, "Survey");
  await db().participation.create({ data: { activityId: fx.activity, participantId: person.id, attendance: "ATTENDED" } });
}

/** A follow-up of the activity (limited to one NSB, or not) inviting one attended BSN person; sent `sentDaysAgo` days ago, or not yet. */
async function newSurvey(organizationId: string | null, sentDaysAgo?: number) {
  const person = await newParticipant(fx.org.bsn, "Surveyed");
  const participation = await db().participation.create({ data: { activityId: fx.activity, participantId: person.id, attendance: "ATTENDED" } });
  const survey = await db().followUpSurvey.create({
    data: { activityId: fx.activity, organizationId, monthsAfter: 6, opensAt: day("2025-01-01"), closesAt: day("2099-01-01"), template: "short", questions: templateQuestions("short") as object[] },
  });
  const sentAt = sentDaysAgo === undefined ? null : new Date(Date.now() - sentDaysAgo * 86_400_000);
  await db().surveyInvitation.create({ data: { surveyId: survey.id, participationId: participation.id, sentAt } });
  return survey.id;
}
const actorOf = (who: Who): Actor => (who === "anonymous" ? (null as unknown as Actor) : fx.actors[who]);

// ───────────────────────────── the table ─────────────────────────────

type AnyFunction = (...args: never[]) => unknown;
type ErrorClass = abstract new (...args: never[]) => Error;

interface Case {
  fn: AnyFunction;
  allowed: readonly Who[];
  call: (actor: Actor, target: unknown) => Promise<unknown>;
  /**
   * Builds the row a call works on when a call uses it up (archive, delete, submit…): once
   * for the refused identities, which leave it as it is, and again for each allowed one.
   */
  target?: () => Promise<unknown>;
  /**
   * Identities refused by a domain rule rather than by permission or scope, with the error
   * they get and why (a focal point naming another NSB gets a field error, as the form shows).
   */
  refusedWith?: Partial<Record<Who, { error: ErrorClass; why: string }>>;
}

function entry<T = undefined>(
  fn: AnyFunction,
  allowed: readonly Who[],
  call: (actor: Actor, target: T) => Promise<unknown>,
  options: { target?: () => Promise<T>; refusedWith?: Case["refusedWith"] } = {},
): Case {
  return { fn, allowed, call: call as Case["call"], target: options.target, refusedWith: options.refusedWith };
}

const focalTisiNamesBsn = (what: string) => ({
  focalTisi: { error: DomainValidationError, why: `a focal point may record ${what} only for their own NSB: a field error on the NSB` },
});

const version = {
  programme: async (id: string) => (await db().programme.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  activity: async (id: string) => (await db().activity.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  participant: async (id: string) => (await db().participant.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  participation: async (id: string) => (await db().participation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  indicator: async (id: string) => (await db().indicator.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  organization: async (id: string) => (await db().organization.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  actionPlan: async (id: string) => (await db().actionPlan.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
  resultArea: async (id: string) => (await db().resultArea.findUniqueOrThrow({ where: { id }, select: { version: true, code: true } })),
  adoption: async (id: string) => (await db().nationalAdoption.findUniqueOrThrow({ where: { id } })),
  committeeRole: async (id: string) => (await db().committeeRole.findUniqueOrThrow({ where: { id } })),
  user: async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version,
};

const programmeInput = (code = `PERM-NEW-${next()}`): ProgrammeInput => ({
  code,
  title: `Permission programme ${next()}`,
  startDate: "2025-01-01",
  endDate: "2028-12-31",
  status: "ACTIVE",
  budgetCurrency: "AUD",
  nsbIds: [fx.org.bsn],
  fundings: [{ donorId: fx.org.dfat, amount: 1000, currency: "AUD" }],
  resultAreaIds: [fx.area.o1, fx.area.o11],
});

const activityInput = (programmeId: string, start = "2025-03-01"): ActivityInput => ({
  programmeId,
  resultAreaId: fx.area.o11,
  title: `Permission activity ${next()}`,
  type: "WORKSHOP",
  level: "NATIONAL",
  modality: "IN_PERSON",
  status: "PLANNED",
  startDate: start,
  endDate: start,
  currency: "AUD",
  targetNsbIds: [fx.org.bsn],
});

const indicatorDetails = (code: string): IndicatorDetails => ({
  resultAreaId: fx.area.o11,
  code,
  title: `Permission indicator ${next()}`,
  definition: "",
  unit: "COUNT",
  currency: null,
  direction: "INCREASE",
  source: "MANUAL",
  baselineValue: null,
  baselineDate: null,
  targetValue: null,
  targetDate: null,
  disaggregateByNsb: true,
  disaggregateBySex: false,
});

const organizationInput = (): OrganizationInput => {
  const n = next();
  return { name: `Permission organisation ${n}`, acronym: `PERMO${n}`, kind: "PARTNER", countryCode: null, membershipCategory: null, website: null };
};

const participantInput = (): ParticipantInput => {
  const n = next();
  return {
    fullName: `Permission Person ${n}`,
    email: `perm.person.${n}@example.test`,
    sex: "MALE",
    ageBand: "AGE_35_44",
    stakeholderGroup: "INDUSTRY",
    organizationId: fx.org.bsn,
  };
};

const adoptionInput = (standard = `ISO ${910_000 + next()}:2020`) => ({
  organizationId: fx.org.bsn,
  standardReference: standard,
  nationalReference: `SNI ${next()}`,
  adoptionDate: "2021-01-01",
  degree: "IDENTICAL",
  programmeId: null,
});

const committeeRoleInput = (committee = `ISO/TC ${5000 + next()}`) => ({
  organizationId: fx.org.bsn,
  committee,
  membership: "P_MEMBER",
  leadership: "NONE",
  fromDate: "2024-01-01",
  toDate: null,
});

const csv = (text: string) => new TextEncoder().encode(text);
const attendanceSheet = () => {
  const n = next();
  return { fileName: "attendance.csv", bytes: csv(`Full name,Email,Sex,Attendance\nPermission Import ${n},perm.import.${n}@example.test,Female,Attended\n`), nsbId: fx.org.bsn };
};
const adoptionSheet = () => ({
  fileName: "adoptions.csv",
  content: `NSB,Standard,National reference,Adoption date,Degree\nBSN,ISO ${920_000 + next()}:2020,SNI ${next()},2021-01-01,Identical\n`,
});

/** Throws unless an import was written (an "invalid" answer is a refusal by the file's rules). */
function imported<R extends { status: string }>(result: R): R {
  if (result.status !== "imported") throw new DomainValidationError(`The import was not written: ${JSON.stringify(result)}`);
  return result;
}

const CASES: Case[] = [
  // programmes
  entry(listProgrammes, EVERYONE, (a) => listProgrammes(a)),
  entry(programmeFilterOptions, EVERYONE, (a) => programmeFilterOptions(a)),
  entry(getProgramme, IN_SCOPE, (a) => getProgramme(a, fx.programmeX)),
  entry(programmeFormOptions, STAFF, (a) => programmeFormOptions(a, fx.programmeX)),
  entry(createProgramme, STAFF, (a) => createProgramme(a, programmeInput())),
  entry(updateProgramme, STAFF, async (a) => {
    const { code } = await db().programme.findUniqueOrThrow({ where: { id: fx.programmeX } });
    return updateProgramme(a, fx.programmeX, { ...programmeInput(code), version: await version.programme(fx.programmeX) });
  }),
  entry(changeProgrammeState, STAFF, (a, p) => changeProgrammeState(a, p.id, p.version, "close"), { target: () => newProgrammeX(fx) }),
  entry(closeProgramme, STAFF, (a, p) => closeProgramme(a, p.id, p.version), { target: () => newProgrammeX(fx) }),
  entry(reopenProgramme, STAFF, (a, p) => reopenProgramme(a, p.id, p.version), { target: () => newProgrammeX(fx, { status: "CLOSED" }) }),
  entry(archiveProgramme, STAFF, (a, p) => archiveProgramme(a, p.id, p.version), { target: () => newProgrammeX(fx) }),
  entry(restoreProgramme, STAFF, (a, p) => restoreProgramme(a, p.id, p.version), { target: () => newProgrammeX(fx, { archived: true }) }),

  // activities
  entry(listActivities, EVERYONE, (a) => listActivities(a)),
  entry(activityFilterOptions, EVERYONE, (a) => activityFilterOptions(a)),
  entry(getActivity, IN_SCOPE, (a) => getActivity(a, fx.activity)),
  entry(activityProgrammeChoices, STAFF, (a) => activityProgrammeChoices(a)),
  entry(activityFormOptions, STAFF, (a) => activityFormOptions(a, fx.programmeX)),
  entry(createActivity, STAFF, (a) => createActivity(a, activityInput(fx.programmeX))),
  entry(updateActivity, STAFF, async (a) => updateActivity(a, fx.activity, { ...activityInput(fx.cet, "2024-03-01"), version: await version.activity(fx.activity) })),
  entry(cancelActivity, STAFF, (a, t) => cancelActivity(a, t.id, t.version), { target: () => newActivity(fx) }),
  entry(duplicateActivity, STAFF, (a) => duplicateActivity(a, fx.activity)),

  // participants and attendance
  entry(listParticipants, NSB_WRITERS, (a) => listParticipants(a)),
  entry(getParticipant, BSN_WRITERS, (a) => getParticipant(a, fx.participantBsn)),
  entry(findLikelyDuplicates, NSB_WRITERS, (a) => findLikelyDuplicates(a, { fullName: "Permission Bsn", email: "perm.bsn@example.test" })),
  entry(participantNsbOptions, NSB_WRITERS, (a) => participantNsbOptions(a)),
  entry(createParticipant, NSB_WRITERS, (a) => createParticipant(a, participantInput(), { allowDuplicate: true })),
  entry(updateParticipant, BSN_WRITERS, async (a) => {
    const p = await db().participant.findUniqueOrThrow({ where: { id: fx.participantBsn } });
    return updateParticipant(a, p.id, {
      fullName: p.fullName,
      email: p.email,
      sex: p.sex,
      ageBand: p.ageBand,
      stakeholderGroup: p.stakeholderGroup,
      jobTitle: `Job ${next()}`,
      organizationId: fx.org.bsn,
      version: p.version,
    });
  }),
  entry(mergeParticipants, BSN_WRITERS, (a, t) => mergeParticipants(a, t.keep, t.duplicate), {
    target: async () => ({ keep: (await newParticipant(fx.org.bsn, "Keep")).id, duplicate: (await newParticipant(fx.org.bsn, "Duplicate")).id }),
  }),
  entry(eraseParticipant, STAFF, (a, t) => eraseParticipant(a, t.id, t.version), { target: () => newParticipant(fx.org.bsn, "Erase") }),
  entry(exportParticipantData, STAFF, (a) => exportParticipantData(a, fx.participantBsn)),
  entry(activityInScope, IN_SCOPE, (a) => activityInScope(a, fx.activity)),
  entry(listActivityParticipations, BSN_WRITERS, (a) => listActivityParticipations(a, fx.activity)),
  entry(activityTotals, IN_SCOPE, (a) => activityTotals(a, fx.activity)),
  entry(registrationCandidates, BSN_WRITERS, (a) => registrationCandidates(a, fx.activity, "")),
  entry(registerParticipants, BSN_WRITERS, (a) => registerParticipants(a, fx.activity, [fx.participantBsnFree])),
  entry(saveAttendance, BSN_WRITERS, async (a) =>
    saveAttendance(a, fx.activity, [
      {
        participationId: fx.participationBsn,
        version: await version.participation(fx.participationBsn),
        role: "PARTICIPANT",
        attendance: "ATTENDED",
        completed: true,
        preTestScore: null,
        postTestScore: null,
        satisfaction: (next() % 5) + 1,
        feedback: "",
        testimonial: "",
        consentToQuote: false,
      },
    ]),
  ),
  entry(removeParticipation, BSN_WRITERS, (a, t) => removeParticipation(a, t.id, t.version), {
    target: async () => {
      const person = await newParticipant(fx.org.bsn, "Remove");
      return db().participation.create({ data: { activityId: fx.activity, participantId: person.id }, select: { id: true, version: true } });
    },
  }),
  entry(restoreParticipation, BSN_WRITERS, (a, id) => restoreParticipation(a, id), {
    // A removed row, with the removal on the trail as each user's own (only its remover undoes it).
    target: async () => {
      const person = await newParticipant(fx.org.bsn, "Restore");
      const row = await db().participation.create({ data: { activityId: fx.activity, participantId: person.id } });
      await db().participation.delete({ where: { id: row.id } });
      const before = JSON.parse(JSON.stringify(row));
      await db().auditEvent.createMany({ data: Object.values(fx.actors).map((actor) => ({ actorId: actor.id, action: "DELETE" as const, entityType: "Participation", entityId: row.id, before })) });
      return row.id;
    },
  }),
  entry(attendanceCounts, IN_SCOPE, (a) => attendanceCounts(a, fx.activity)),
  entry(registerNewParticipant, BSN_WRITERS, (a) => registerNewParticipant(a, fx.activity, participantInput(), { allowDuplicate: true })),
  entry(issueFeedbackLinks, BSN_WRITERS, (a) => issueFeedbackLinks(a, fx.activity, day("2099-01-01"))),
  entry(emailFeedbackLinks, [], (a) => emailFeedbackLinks(a, fx.activity, day("2099-01-01"), () => ({ subject: "s", text: "t" })), {
    refusedWith: Object.fromEntries(BSN_WRITERS.map((who) => [who, { error: DomainValidationError, why: "no SMTP in tests: the form says to download the links instead, and nothing is issued" }])),
  }),
  entry(feedbackLinkSummary, BSN_WRITERS, (a) => feedbackLinkSummary(a, fx.activity)),
  entry(closeFeedbackLinks, BSN_WRITERS, (a) => closeFeedbackLinks(a, fx.activity)),

  // follow-up surveys
  entry(scheduleFollowUps, BSN_WRITERS, (a, months: number) => scheduleFollowUps(a, { activityId: fx.activity, nsbId: "", "months[]": [months], template: "short", openDays: 30, questions: templateQuestions("short") }), {
    target: async () => {
      await attendedOnActivity();
      return ++surveyMonths;
    },
  }),
  entry(activitySurveys, IN_SCOPE, (a) => activitySurveys(a, fx.activity)),
  entry(programmeSurveyTracking, IN_SCOPE, (a) => programmeSurveyTracking(a, fx.programmeX)),
  entry(surveyInScope, IN_SCOPE, (a, id: string) => surveyInScope(a, id), { target: () => newSurvey(null) }),
  entry(surveyDetail, BSN_WRITERS, (a, id: string) => surveyDetail(a, id), { target: () => newSurvey(null) }),
  entry(sendSurveyInvitations, BSN_WRITERS, (a, id: string) => sendSurveyInvitations(a, id, "csv"), { target: () => newSurvey(null) }),
  entry(sendSurveyReminders, BSN_WRITERS, (a, id: string) => sendSurveyReminders(a, id, 1, "csv"), { target: () => newSurvey(null, 8) }),
  entry(stopSurveyReminders, BSN_WRITERS, (a, id: string) => stopSurveyReminders(a, id, 1), { target: () => newSurvey(fx.org.bsn) }),
  entry(closeSurvey, BSN_WRITERS, (a, id: string) => closeSurvey(a, id, 1), { target: () => newSurvey(fx.org.bsn) }),
  entry(surveyDashboard, IN_SCOPE, (a) => surveyDashboard(a, { programmeId: fx.programmeX })),

  // imports and exports
  entry(assertImportable, BSN_WRITERS, (a) => assertImportable(a, fx.activity)),
  entry(importPageData, BSN_WRITERS, (a) => importPageData(a, fx.activity)),
  entry(previewAttendanceImport, BSN_WRITERS, (a) => previewAttendanceImport(a, fx.activity, attendanceSheet())),
  entry(commitAttendanceImport, BSN_WRITERS, async (a) => imported(await commitAttendanceImport(a, fx.activity, attendanceSheet()))),
  entry(exportParticipants, NSB_WRITERS, (a) => exportParticipants(a)),
  entry(exportAttendance, BSN_WRITERS, (a) => exportAttendance(a, fx.activity)),

  // framework
  entry(listActionPlans, EVERYONE, (a) => listActionPlans(a)),
  entry(getActionPlan, EVERYONE, (a) => getActionPlan(a, fx.plan)),
  entry(getResultArea, EVERYONE, (a) => getResultArea(a, fx.planGoal)),
  entry(createActionPlan, STAFF, (a) => createActionPlan(a, { title: `Permission plan ${next()}`, startYear: 2030, endYear: 2031 })),
  entry(updateActionPlan, STAFF, async (a) =>
    updateActionPlan(a, fx.plan, { title: `Permission plan ${next()}`, startYear: 2030, endYear: 2031, version: await version.actionPlan(fx.plan) }),
  ),
  entry(archiveActionPlan, STAFF, (a, p) => archiveActionPlan(a, p.id, p.version), { target: () => newActionPlan() }),
  entry(restoreActionPlan, STAFF, (a, p) => restoreActionPlan(a, p.id, p.version), { target: () => newActionPlan(true) }),
  entry(createResultArea, STAFF, (a) => createResultArea(a, { actionPlanId: fx.plan, parentId: null, level: "GOAL", code: `PN${next()}`, title: "Permission goal" })),
  entry(updateResultArea, STAFF, async (a) => {
    const { code, version: v } = await version.resultArea(fx.planGoal);
    return updateResultArea(a, fx.planGoal, { code, title: `Permission goal ${next()}`, version: v });
  }),
  entry(moveResultArea, STAFF, (a, id) => moveResultArea(a, id, "up"), {
    target: async () => {
      const plan = await newActionPlan();
      await newGoal(plan.id, false, 0);
      return (await newGoal(plan.id, false, 1)).id;
    },
  }),
  entry(archiveResultArea, STAFF, (a, g) => archiveResultArea(a, g.id, g.version), { target: () => newGoal(fx.plan) }),
  entry(restoreResultArea, STAFF, (a, g) => restoreResultArea(a, g.id, g.version), { target: () => newGoal(fx.plan, true) }),

  // organisations and countries
  entry(organizationLabel, EVERYONE, (a) => organizationLabel(a)),
  entry(listOrganizations, EVERYONE, (a) => listOrganizations(a)),
  entry(organizationFilterOptions, EVERYONE, (a) => organizationFilterOptions(a)),
  entry(getOrganization, IN_SCOPE, (a) => getOrganization(a, fx.org.bsn)),
  entry(listCountries, EVERYONE, (a) => listCountries(a)),
  entry(countryRegions, EVERYONE, (a) => countryRegions(a)),
  entry(countryOptions, EVERYONE, (a) => countryOptions(a)),
  entry(nsbProgrammes, IN_SCOPE, (a) => nsbProgrammes(a, fx.org.bsn)),
  entry(nsbActivities, IN_SCOPE, (a) => nsbActivities(a, fx.org.bsn)),
  entry(nsbParticipantCounts, IN_SCOPE, (a) => nsbParticipantCounts(a, fx.org.bsn)),
  entry(nsbAdoptionCount, IN_SCOPE, (a) => nsbAdoptionCount(a, fx.org.bsn)),
  entry(nsbCommitteeRoles, IN_SCOPE, (a) => nsbCommitteeRoles(a, fx.org.bsn)),
  entry(nsbApprovedReports, IN_SCOPE, (a) => nsbApprovedReports(a, fx.org.bsn)),
  entry(nsbFocalPoints, IN_SCOPE, (a) => nsbFocalPoints(a, fx.org.bsn)),
  entry(donorProgrammes, EVERYONE, (a) => donorProgrammes(a, fx.org.dfat)),
  entry(getNsbProfile, IN_SCOPE, (a) => getNsbProfile(a, fx.org.bsn)),
  entry(getOrganizationProfile, IN_SCOPE, (a) => getOrganizationProfile(a, fx.org.bsn)),
  entry(createOrganization, STAFF, (a) => createOrganization(a, organizationInput())),
  entry(updateOrganization, STAFF, async (a) => updateOrganization(a, fx.partnerOrg, await version.organization(fx.partnerOrg), organizationInput())),
  entry(archiveOrganization, STAFF, (a, o) => archiveOrganization(a, o.id, o.version), { target: () => newPartner() }),

  // indicators
  entry(listIndicators, EVERYONE, (a) => listIndicators(a)),
  entry(indicatorFilterOptions, EVERYONE, (a) => indicatorFilterOptions(a)),
  entry(getIndicator, IN_SCOPE, (a) => getIndicator(a, fx.indicator)),
  entry(indicatorFormOptions, STAFF, (a) => indicatorFormOptions(a)),
  entry(createIndicator, STAFF, (a) => createIndicator(a, { ...indicatorDetails(`PERM-NEW-${next()}`), programmeId: fx.programmeX, actionPlanId: null })),
  entry(updateIndicator, STAFF, async (a) => {
    const { code, version: v } = await db().indicator.findUniqueOrThrow({ where: { id: fx.indicatorToEdit } });
    return updateIndicator(a, fx.indicatorToEdit, v, indicatorDetails(code));
  }),
  entry(replaceIndicatorTargets, STAFF, async (a) =>
    replaceIndicatorTargets(a, fx.indicatorToEdit, await version.indicator(fx.indicatorToEdit), [
      { periodStart: day("2025-01-01"), periodEnd: day("2025-12-31"), organizationId: null, targetValue: next() },
    ]),
  ),
  entry(archiveIndicator, STAFF, (a, i) => archiveIndicator(a, i.id, i.version), { target: () => newIndicator(fx) }),
  entry(computeIndicatorValue, IN_SCOPE, (a) => computeIndicatorValue(a, fx.computedIndicator, { periodStart: "2025-01-01", periodEnd: "2025-12-31" })),
  entry(computedSeries, IN_SCOPE, (a) => computedSeries(a, fx.computedIndicator)),
  // The caller's view a dashboard builds once for many computed indicators.
  entry(viewerScope, IN_SCOPE, (a) => viewerScope(a, fx.org.bsn)),
  entry(computedContexts, IN_SCOPE, (a) => computedContexts(a, null, [fx.computedIndicator])),

  // evidence registers
  entry(listNationalAdoptions, EVERYONE, (a) => listNationalAdoptions(a)),
  entry(getNationalAdoption, IN_SCOPE, (a) => getNationalAdoption(a, fx.adoption)),
  entry(createNationalAdoption, BSN_WRITERS, (a) => createNationalAdoption(a, adoptionInput()), { refusedWith: focalTisiNamesBsn("adoptions") }),
  entry(updateNationalAdoption, BSN_WRITERS, async (a) => {
    const row = await version.adoption(fx.adoption);
    return updateNationalAdoption(a, row.id, { ...adoptionInput(row.standardReference), version: row.version });
  }),
  entry(deleteNationalAdoption, BSN_WRITERS, (a, t) => deleteNationalAdoption(a, t.id, t.version), { target: () => newAdoption(fx.org.bsn) }),
  entry(listCommitteeRoles, EVERYONE, (a) => listCommitteeRoles(a)),
  entry(getCommitteeRole, IN_SCOPE, (a) => getCommitteeRole(a, fx.committeeRole)),
  entry(createCommitteeRole, BSN_WRITERS, (a) => createCommitteeRole(a, committeeRoleInput()), { refusedWith: focalTisiNamesBsn("committee roles") }),
  entry(updateCommitteeRole, BSN_WRITERS, async (a) => {
    const row = await version.committeeRole(fx.committeeRole);
    return updateCommitteeRole(a, row.id, { ...committeeRoleInput(row.committee), leadership: next() % 2 ? "CHAIR" : "NONE", version: row.version });
  }),
  entry(deleteCommitteeRole, BSN_WRITERS, (a, t) => deleteCommitteeRole(a, t.id, t.version), { target: () => newCommitteeRole(fx.org.bsn) }),
  entry(evidenceNsbOptions, EVERYONE, (a) => evidenceNsbOptions(a)),
  entry(evidenceProgrammeOptions, EVERYONE, (a) => evidenceProgrammeOptions(a)),
  entry(visibleProgrammeIds, EVERYONE, (a) => visibleProgrammeIds(a)),
  entry(evidenceFormOptions, NSB_WRITERS, (a) => evidenceFormOptions(a)),
  // A preview writes nothing: TISI's focal point gets the file's rows back as errors ("only TISI's evidence").
  entry(previewEvidenceImport, NSB_WRITERS, (a) => previewEvidenceImport(a, "adoptions", adoptionSheet())),
  entry(commitEvidenceImport, BSN_WRITERS, async (a) => imported(await commitEvidenceImport(a, "adoptions", adoptionSheet())), {
    refusedWith: focalTisiNamesBsn("adoptions (the import answers “invalid” and writes nothing)"),
  }),
  entry(evidenceImportTemplate, NSB_WRITERS, (a) => evidenceImportTemplate(a, "committees")),

  // reports
  entry(getReport, BSN_WRITERS, (a) => getReport(a, fx.report)),
  entry(reportContext, BSN_WRITERS, (a) => reportContext(a, fx.report)),
  entry(listReports, NSB_WRITERS, (a) => listReports(a)),
  entry(reportFilterOptions, NSB_WRITERS, (a) => reportFilterOptions(a)),
  entry(listReturnedReports, NSB_WRITERS, (a) => listReturnedReports(a)),
  entry(reportingTasks, NSB_WRITERS, (a) => reportingTasks(a)),
  entry(reportableIndicators, NSB_WRITERS, (a) => reportableIndicators(a)),
  entry(reportFormContext, BSN_WRITERS, (a) => reportFormContext(a, { indicatorId: fx.indicator, period: month(0), organizationId: fx.org.bsn })),
  entry(latestApprovedValues, IN_SCOPE, (a) => latestApprovedValues(a, fx.programmeX)),
  entry(notReportedMatrix, BSN_WRITERS, (a) => notReportedMatrix(a, { programmeId: fx.programmeX })),
  entry(sendReminders, STAFF, (a) => sendReminders(a, { programmeId: fx.programmeX, ...month(0) })),
  entry(
    saveReportDraft,
    BSN_WRITERS,
    (a, period) =>
      saveReportDraft(a, {
        indicatorId: fx.indicator,
        ...period,
        organizationId: fx.org.bsn,
        value: 1,
        valueFemale: null,
        valueMale: null,
        valueOther: null,
        narrative: "",
        evidenceLinks: [],
      }),
    { target: async () => nextReportMonth() },
  ),
  entry(submitReport, BSN_WRITERS, (a, r) => submitReport(a, r), { target: () => newReport(fx, "DRAFT") }),
  entry(approveReport, STAFF, (a, r) => approveReport(a, r), { target: () => newReport(fx, "SUBMITTED") }),
  entry(returnReport, STAFF, (a, r) => returnReport(a, { ...r, comment: "Please add the evidence." }), { target: () => newReport(fx, "SUBMITTED") }),
  entry(lockPeriod, STAFF, (a) => lockPeriod(a, { programmeId: fx.africa, periodStart: day("2031-01-01"), periodEnd: day("2031-01-31"), reason: "Permission test" })),
  entry(unlockPeriod, STAFF, (a, id) => unlockPeriod(a, id, "Permission test"), {
    target: async () =>
      (
        await db().periodLock.create({
          data: { programmeId: fx.africa, periodStart: day("2032-01-01"), periodEnd: day("2032-01-31"), reason: "Permission test", lockedById: fx.actors.admin.id },
        })
      ).id,
  }),
  entry(listLocks, STAFF, (a) => listLocks(a)),
  entry(attachEvidenceFile, BSN_WRITERS, (a) => attachEvidenceFile(a, fx.report, { fileName: "evidence.pdf", bytes: PDF })),
  entry(removeEvidenceFile, BSN_WRITERS, (a, id) => removeEvidenceFile(a, id), { target: async () => (await newEvidenceFile(fx.report)).id }),
  entry(openEvidenceFile, BSN_WRITERS, async (a) => {
    const file = await openEvidenceFile(a, fx.evidenceFile);
    await file.body.cancel();
    return file;
  }),

  // dashboards and exports of figures
  entry(dashboardFilterOptions, EVERYONE, (a) => dashboardFilterOptions(a)),
  entry(resolveScope, IN_SCOPE, (a) => resolveScope(a, { programmeId: fx.programmeX })),
  entry(programmeDashboard, IN_SCOPE, (a) => programmeDashboard(a, { programmeId: fx.programmeX })),
  entry(gedsiDashboard, IN_SCOPE, (a) => gedsiDashboard(a, { programmeId: fx.programmeX })),
  entry(indicatorProgress, IN_SCOPE, (a) => indicatorProgress(a, { programmeId: fx.programmeX })),
  // Its callers pass the scope resolveScope gave them; a forged scope is tested separately below.
  entry(indicatorProgressFor, IN_SCOPE, async (a) => indicatorProgressFor(a, await resolveScope(a, { programmeId: fx.programmeX }))),
  entry(actionPlanDashboard, IN_SCOPE, (a) => actionPlanDashboard(a, fx.plan2021, { programmeId: fx.programmeX })),
  // The uncached computations behind the cached dashboards (the benchmark calls them too).
  entry(computeProgrammeDashboard, IN_SCOPE, (a) => computeProgrammeDashboard(a, { programmeId: fx.programmeX })),
  entry(computeGedsiDashboard, IN_SCOPE, (a) => computeGedsiDashboard(a, { programmeId: fx.programmeX })),
  entry(computeIndicatorProgress, IN_SCOPE, (a) => computeIndicatorProgress(a, { programmeId: fx.programmeX })),
  entry(computeActionPlanDashboard, IN_SCOPE, (a) => computeActionPlanDashboard(a, fx.plan2021, { programmeId: fx.programmeX })),
  entry(buildIatiDocument, IN_SCOPE, (a) => buildIatiDocument(a, { programmeId: fx.programmeX })),
  entry(buildIatiActivities, IN_SCOPE, (a) => buildIatiActivities(a, { programmeId: fx.programmeX })),
  entry(homeSummary, EVERYONE, (a) => homeSummary(a)),

  // audit trail
  entry(listAuditEvents, STAFF, (a) => listAuditEvents(a)),
  entry(auditFilterOptions, STAFF, (a) => auditFilterOptions(a)),
  entry(listEntityHistory, STAFF, (a) => listEntityHistory(a, "Programme", fx.programmeX)),

  // users, own account, notifications
  entry(listUsers, ADMIN, (a) => listUsers(a)),
  entry(getUser, ADMIN, (a) => getUser(a, fx.userToEdit)),
  entry(userOrganizationOptions, ADMIN, (a) => userOrganizationOptions(a)),
  entry(inviteUser, ADMIN, (a) => inviteUser(a, { email: `perm.invite.${next()}@example.test`, name: "Permission invitee", role: "STAFF", organizationId: null })),
  entry(updateUser, ADMIN, async (a) =>
    updateUser(a, fx.userToEdit, { name: `Permission user ${next()}`, role: "STAFF", organizationId: null, version: await version.user(fx.userToEdit) }),
  ),
  entry(setUserActive, ADMIN, (a, u) => setUserActive(a, u.id, false, u.version), { target: () => newUser() }),
  entry(issuePasswordReset, ADMIN, (a) => issuePasswordReset(a, fx.userToEdit)),
  entry(signOutEverywhere, ADMIN, (a, u) => signOutEverywhere(a, u.id), { target: () => newUser() }),
  entry(getOwnAccount, EVERYONE, (a) => getOwnAccount(a)),
  entry(changeOwnPassword, EVERYONE, (a) => changeOwnPassword(a, { currentPassword: DEMO_PASSWORD, newPassword: `Permission-password-${next()}` })),
  entry(setOwnLocale, EVERYONE, (a) => setOwnLocale(a, "fr")),
  entry(listMyNotifications, EVERYONE, (a) => listMyNotifications(a)),
  entry(unreadNotificationCount, EVERYONE, (a) => unreadNotificationCount(a)),
  // Every user reads and marks only their own notifications: the fixture is BSN's focal point's.
  entry(markNotificationRead, ["focalBsn"], (a) => markNotificationRead(a, fx.notification)),
  entry(markAllNotificationsRead, EVERYONE, (a) => markAllNotificationsRead(a)),

  // NSB capacity self-assessments
  entry(listTemplates, STAFF, (a) => listTemplates(a)),
  entry(getTemplate, STAFF, (a) => getTemplate(a, fx.assessmentTemplate)),
  entry(templateChoices, NSB_WRITERS, (a) => templateChoices(a)),
  entry(saveTemplate, STAFF, async (a) => {
    const { content } = await getTemplate(fx.actors.staff, fx.assessmentTemplate);
    return saveTemplate(a, { id: null, version: null, title: `Permission questionnaire ${next()}`, description: "", content });
  }),
  entry(listRounds, NSB_WRITERS, (a) => listRounds(a)),
  entry(getRound, BSN_WRITERS, (a) => getRound(a, fx.assessmentRound)),
  entry(roundFormOptions, NSB_WRITERS, (a) => roundFormOptions(a)),
  entry(
    openRound,
    BSN_WRITERS,
    (a) => openRound(a, { organizationId: fx.org.bsn, programmeId: fx.programmeX, kind: "FOLLOW_UP", assessedOn: day("2026-12-31"), templateId: null }),
    { refusedWith: { focalTisi: { error: DomainValidationError, why: "programme X is not TISI's: a field error on the programme, as the form shows" } } },
  ),
  entry(saveRoundAnswers, BSN_WRITERS, (a, r) => saveRoundAnswers(a, { id: r.id, version: r.version, submit: false, answers: [] }), { target: () => newAssessmentRound(fx) }),
  entry(reviewRound, STAFF, (a, r) => reviewRound(a, { id: r.id, version: r.version, decision: "validate", comment: "" }), { target: () => newAssessmentRound(fx, "SUBMITTED") }),
  entry(capacityComparison, EVERYONE, (a) => capacityComparison(a, { programmeId: fx.programmeX })),
];

/**
 * Exported functions that do not act for a signed-in user, so the table has no case for
 * them. Each with why; the public ones (anonymous callers by design) have their own tests
 * at the end of this file.
 */
const NOT_ACTOR_FUNCTIONS: Readonly<Record<string, string>> = {
  "activities/mutations#validateActivity": "pure validation of the form's fields (no database, no caller)",
  "programmes/mutations#validateProgramme": "pure validation of the form's fields (no database, no caller)",
  "audit/record#recordAudit": "writes an audit event inside the caller's transaction (takes a tx)",
  "audit/record#assertVersion": "optimistic-concurrency check inside the caller's transaction (takes a tx)",
  "auth/roles#isStaff": "role predicate (what a role means)",
  "auth/roles#isBoundToNsb": "role predicate (what a role means)",
  "auth/roles#choosesNsb": "role predicate (what a role means)",
  "auth/roles#boundNsbId": "role predicate (what a role means)",
  "auth/roles#seesAggregatesOnly": "role predicate (what a role means)",
  "auth/roles#seesPersonalData": "role predicate (what a role means)",
  "auth/next-auth#auth": "Auth.js itself (reads the request's cookie); src/server/auth/session.ts is the entry the app uses",
  "auth/client-address#clientAddress": "reads a request's headers",
  "auth/credentials#normalizeEmail": "string normalisation (re-exported from src/lib/normalize)",
  "auth/credentials#hashPassword": "password hashing utility",
  "auth/credentials#passwordMatches": "password hashing utility",
  "auth/credentials#accountDelayMs": "pure rule (the slowdown after failed sign-ins)",
  "auth/credentials#takeAddressAttempt": "sign-in limit counter (public by design, the sign-in form): auth.test.ts",
  "auth/credentials#giveBackAddressAttempt": "sign-in limit counter (public by design, the sign-in form): auth.test.ts",
  "auth/session-check#actorForSession": "reads the user a signed session cookie names (the cookie is the caller): auth.test.ts",
  "auth/credentials#endSessions": "sign-out (Auth.js calls it with the signed cookie's own user): auth.test.ts",
  "audit/versioned#updateVersioned": "versioned write inside the caller's transaction (takes a tx): versioned-updates.test.ts",
  "audit/versioned#updateAtCurrentVersion": "versioned write inside the caller's transaction (takes a tx): versioned-updates.test.ts",
  "audit/versioned#deleteVersioned": "versioned delete inside the caller's transaction (takes a tx); its callers are in the table",
  "auth/credentials#verifyCredentials": "public by design (the sign-in form): tested below and in auth.test.ts",
  "auth/credentials#signInBlockedUntil": "public by design (sign-in limits, read only): tested below and in auth.test.ts",
  "auth/permissions#can": "permission helper",
  "auth/permissions#assertCan": "permission helper",
  "auth/scopes#programmeScope": "scope builder (a Prisma where fragment)",
  "auth/scopes#activityScope": "scope builder (a Prisma where fragment)",
  "auth/scopes#participantScope": "scope builder (a Prisma where fragment)",
  "auth/scopes#nsbScope": "scope builder (a Prisma where fragment)",
  "auth/scopes#indicatorScope": "scope builder (a Prisma where fragment)",
  "auth/scopes#reportScope": "scope builder (a Prisma where fragment)",
  "auth/scopes#assessmentRoundScope": "scope builder (a Prisma where fragment)",
  "assessments/round-data#latestVersion": "reads inside the caller's transaction (takes a tx); its callers are in the table",
  "assessments/round-data#loadRound": "reads inside the caller's transaction (takes a tx first, then the actor it scopes by); its callers are in the table",
  "assessments/round-data#roundSnapshot": "pure audit snapshot",
  "assessments/round-data#scored": "pure scoring of a loaded round",
  "auth/session#currentActor": "session helper: needs a Next.js request (Auth.js cookie)",
  "auth/session#requireActor": "session helper: needs a Next.js request (Auth.js cookie)",
  "auth/session#actorOrThrow": "session helper: needs a Next.js request (Auth.js cookie)",
  "auth/session#usesSecureCookies": "configuration (https public address: Secure session cookie)",
  "auth/session-token#sessionCookieName": "the session cookie's name (no caller): session-token.test.ts",
  "auth/session-token#sessionTokenOf": "joins a request's session cookie chunks (no caller): session-token.test.ts",
  "auth/session-token#readSessionToken": "decrypts a session cookie (the cookie is the caller): session-token.test.ts",
  "dashboards/indicators#isSummable": "pure arithmetic of the dashboards",
  "dashboards/indicators#combine": "pure arithmetic of the dashboards",
  "dashboards/indicators#progressOf": "pure arithmetic of the dashboards",
  "dashboards/indicators#periodValue": "pure arithmetic of the dashboards",
  "dashboards/indicators#nsbWholeTarget": "pure arithmetic of the dashboards",
  "dashboards/scope#activityWhere": "SQL fragment builder from a resolved scope",
  "dashboards/scope#selectedActivities": "SQL fragment builder from a resolved scope",
  "dashboards/cache#cachedResult": "memoises a scoped computation its callers already authorised (keyed by the caller)",
  "dashboards/scope#personDayWhere": "SQL fragment builder from a resolved scope",
  "dashboards/scope#readsAggregates": "pure: whether a resolved scope can be answered from the aggregates",
  "dashboards/scope#reachedRows": "SQL fragment builder from a resolved scope",
  "dashboards/scope#peopleWhere": "SQL fragment builder from a resolved scope",
  "dashboards/scope#meanOf": "SQL fragment builder (a mean of sums)",
  "dashboards/scope#num": "number conversion",
  "dashboards/scope#numOrNull": "number conversion",
  "dashboards/computed-batch#isBatched": "pure: which computed sources are aggregated in one query",
  "dashboards/kept-scope#keptReach": "aggregate over the kept scope and programme ids its caller resolved through resolveScope",
  "dashboards/kept-scope#keptGedsi": "aggregate over the kept scope and programme ids its caller resolved through resolveScope",
  "dashboards/kept-scope#keptWindows": "aggregate over programme ids its callers resolved through resolveScope and indicatorScope",
  "dashboards/kept-scope#keptYears": "aggregate over a scope its caller resolved through resolveScope",
  "dashboards/computed-batch#participantFigures": "aggregate over programme ids its callers resolved through resolveScope and indicatorScope",
  "indicators/computed/values#computeValue": "computes within a view its callers built with viewerScope / computedContexts",
  "indicators/computed/values#seriesFor": "computes within a view its callers built with viewerScope / computedContexts",
  "dashboards/action-plan-rows#planValues": "reads within the Action Plan view computeActionPlanDashboard resolved (resolveScope, indicatorScope)",
  "dashboards/action-plan-rows#indicatorRows": "pure rows from values planValues read within a resolved view",
  "dashboards/action-plan-rollups#peopleRollups": "aggregate over programme ids computeActionPlanDashboard resolved through resolveScope and indicatorScope",
  "dashboards/action-plan-rollups#planAreas": "areas and roll-ups from rows its caller built within a resolved view",
  "dashboards/aggregates#rebuildDashboardAggregates": "maintenance run by npm run db:aggregates as the system (no actor); tested in dashboard-aggregates.test.ts",
  "dashboards/aggregates#dashboardAggregatesDrift": "maintenance check (counts only, no rows), run by npm run db:aggregates; tested in dashboard-aggregates.test.ts",
  "indicators/computed/context#loadComputedIndicators": "reads with the indicatorScope its callers pass",
  "indicators/computed/context#periodOf": "pure check of a period's two dates",
  "indicators/computed/shared#byNsbOf": "figures by NSB within a view its callers built with viewerScope",
  "indicators/computed/shared#scopeWords": "pure: a formula's words",
  "indicators/computed/shared#evidenceNsbWhere": "where-clause builder from a view built with viewerScope",
  "indicators/computed/shared#countByNsb": "figures by NSB within a view its callers built with viewerScope",
  "indicators/computed/participations#participationsOf": "reads within a view its callers built with viewerScope",
  "indicators/computed/participations#participationSample": "sample rows within a view its callers built with viewerScope (names only when it allows)",
  "db#db": "the Prisma client",
  "evidence/shared#evidenceScope": "scope builder (a Prisma where fragment)",
  "evidence/shared#dayOrNull": "date conversion",
  "evidence/shared#assertWritableNsb": "rule inside the caller's transaction (takes a tx); its callers are in the table",
  "evidence/shared#assertBeneficiaryProgramme": "rule inside the caller's transaction (takes a tx); its callers are in the table",
  "evidence/adoptions#checkAdoption": "rules inside the caller's transaction (takes a tx); its callers are in the table",
  "evidence/committee-roles#lockCommitteeRoles": "advisory lock inside the caller's transaction (takes a tx)",
  "evidence/committee-roles#checkCommitteeRole": "rules inside the caller's transaction (takes a tx); its callers are in the table",
  "feedback/answers#describeFeedbackLink": "public by design (a participant's feedback page, the token is the credential): tested below",
  "feedback/answers#submitFeedback": "public by design (a participant's feedback page, the token is the credential): tested below and in feedback.test.ts",
  "surveys/answers#describeSurveyLink": "public by design (a participant's follow-up survey page, the token is the credential): surveys.test.ts",
  "surveys/answers#saveSurveyAnswers": "public by design (a participant's follow-up survey page, the token is the credential): surveys.test.ts",
  "surveys/access#surveyWhere": "scope builder (a Prisma where fragment)",
  "surveys/access#invitationWhere": "scope builder (a Prisma where fragment)",
  "surveys/access#questionsOf": "pure reading of a stored question set",
  "surveys/access#isClosed": "pure check of a survey's closing time",
  "personal-links#issuePersonalLinks": "writes inside the caller's transaction (takes a tx); its callers are in the table",
  "personal-links#findPersonalLink": "token lookup for the public pages (the token is the credential)",
  "personal-links#isOpen": "pure check of a link's expiry",
  "participants/privacy#applyRetention": "run by npm run db:retention as the system (no actor); tested in privacy.test.ts",
  "participants/privacy#retentionMonths": "configuration read",
  "rate-limit#pruneRateLimitCounters": "maintenance run by npm run db:retention, no actor",
  "health#databaseIsReachable": "health check (select 1), no data",
  "mutations#fieldRefusal": "pure: the error a refused write throws",
  "mutations#refuseFields": "pure: throws field errors",
  "mutations#refuseIfAny": "pure: throws the field errors collected, if any",
  "mutations#validateWith": "pure validation with a zod schema",
  "mutations#versionOf": "pure check of a version number",
  "mutations#isUniqueViolation": "pure check of a database error",
  "mutations#mapUniqueViolation": "maps a unique-index race of a write its caller authorised",
  "iati/document#cleanText": "pure XML building",
  "iati/document#isoDate": "pure XML building",
  "iati/document#isoDateTime": "pure XML building",
  "iati/document#formatValue": "pure XML building",
  "iati/document#splitPercentages": "pure XML building",
  "iati/document#budgetPeriods": "pure XML building",
  "iati/document#aggregate": "pure XML building",
  "iati/document#periodActual": "pure XML building",
  "iati/document#indicatorPeriods": "pure XML building",
  "iati/document#iatiActivitiesXml": "pure XML building from rows its scoped caller (buildIatiDocument) read",
  "imports/ids#newId": "id generator",
  "imports/engine#readImportSheet": "reads an upload into a sheet (its callers, the imports, are in the table)",
  "imports/engine#invalidImport": "pure: the answer of a commit with rows to fix",
  "imports/engine#commitAllOrNothing": "runs an import's writes in one transaction; its callers are in the table",
  "imports/engine#chunks": "pure slicing of a list",
  "imports/attendance-match#matchParticipants": "reads inside the caller's transaction (takes a tx); its callers are in the table",
  "imports/attendance-write#writePlans": "writes inside the caller's transaction (takes a tx); its callers are in the table",
  "mail#mailEnabled": "mail utility",
  "mail#sendMail": "mail utility",
  "organizations/queries#visibleOrganizationScope": "scope builder (a Prisma where fragment)",
  "participants/queries#participantWhere": "where-clause builder (ANDs participantScope)",
  "participants/queries#participantOrderBy": "order-by builder",
  "rate-limit#hitRateLimit": "rate-limit counter used by the public feedback form",
  "rate-limit#incrementCounter": "rate-limit counter (sign-in, the feedback form)",
  "rate-limit#decrementCounter": "rate-limit counter (sign-in, the feedback form)",
  "rate-limit#readCounter": "rate-limit counter (sign-in, the feedback form)",
  "rate-limit#clearCounter": "rate-limit counter (sign-in, the feedback form)",
  "reports/internal#periodsOf": "pure period arithmetic",
  "reports/internal#loadIndicator": "reads inside the caller's transaction (takes a tx first); its callers are in the table",
  "reports/internal#assertReportable": "permission helper (pure check of a loaded indicator)",
  "reports/internal#assertReportingNsb": "rule inside the caller's transaction (takes a tx)",
  "reports/internal#assertReportingPeriod": "pure rule",
  "reports/internal#assertTransition": "pure rule",
  "reports/internal#activeLockFor": "reads inside the caller's transaction (takes a tx)",
  "reports/internal#holdLocksShared": "advisory lock inside the caller's transaction (takes a tx)",
  "reports/internal#holdLocksExclusive": "advisory lock inside the caller's transaction (takes a tx)",
  "reports/internal#assertUnlocked": "rule inside the caller's transaction (takes a tx)",
  "reports/internal#nsbIndicators": "module-internal query taking a where its scoped callers build",
  "reports/reminders#reportingLink": "URL builder",
  "reports/notices#reportLink": "URL builder",
  "reports/notices#notifyReportStatus": "writes inside the caller's transaction (takes a tx); its callers (submit, approve, return) are in the table",
  "reports/notices#sendNoticeMails": "mail utility (mails already built by notifyReportStatus, sent after the commit)",
  "storage#newStorageKey": "storage utility",
  "storage#assertValidKey": "storage utility",
  "storage#folderStorage": "storage utility",
  "storage#storage": "storage utility",
  "tokens#newLinkToken": "token utility",
  "tokens#hashLinkToken": "token utility",
  "users/notify#mailLink": "mail utility",
  "users/redeem#describeToken": "public by design (invitation and reset pages, the token is the credential): tested below and in users.test.ts",
  "users/redeem#redeemToken": "public by design (invitation and reset pages, the token is the credential): tested below and in users.test.ts",
  "assessments/indicator#capacityScoreChange": "a computed source (sources/capacity.ts): runs within the caller's view that viewerScope built, covered by the computed indicators' cases",
  "assessments/comparison#validatedComparisons": "takes a scope the caller already holds (capacityComparison, the computed source); covered through capacityComparison's cases",
  "indicators/computed/sources/surveys#surveySource": "makes the registry's definition of a survey source (no data access of its own)",
  "surveys/indicators#surveyIndicatorValue": "a computed source (sources/surveys.ts): runs within the caller's view that viewerScope built, covered by the computed indicators' cases",
  "users/rules#assertRoleOrganization": "rule inside the caller's transaction (takes a tx)",
  "users/tokens#hashToken": "token utility",
  "users/tokens#linkFor": "token utility",
  "users/tokens#looksLikeToken": "token utility",
  "users/tokens#issueToken": "writes inside the caller's transaction (takes a tx); its callers are in the table",
  "users/tokens#revokeOpenTokens": "writes inside the caller's transaction (takes a tx); its callers are in the table",
};

// ───────────────────────────── discovery (fail closed) ─────────────────────────────

const modules = import.meta.glob<Record<string, unknown>>(["/src/server/**/*.ts", "!/src/server/**/*.test.ts", "!/src/server/**/index.ts"], { eager: true });
const isClass = (value: unknown) => typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));

/** Every exported function of src/server (error classes aside), as "folder/module#name". */
const DISCOVERED = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === "function" && !isClass(value))
    .map(([name, fn]) => ({ key: `${file.replace(/^\/src\/server\//, "").replace(/\.ts$/, "")}#${name}`, fn: fn as AnyFunction })),
);
const keyOf = new Map<AnyFunction, string>();
for (const { key, fn } of DISCOVERED) if (!keyOf.has(fn)) keyOf.set(fn, key);
const labelOf = (kase: Case) => keyOf.get(kase.fn) ?? `${kase.fn.name} (not an export of src/server)`;

describe("the permission table", () => {
  it("has a case or a NOT_ACTOR_FUNCTIONS entry for every exported function of src/server", () => {
    const inTable = new Set(CASES.map((c) => c.fn));
    const missing = DISCOVERED.filter((d) => !inTable.has(d.fn) && !(d.key in NOT_ACTOR_FUNCTIONS)).map((d) => d.key);
    expect(missing, "exported server functions with no case in the permission table (add one, or a NOT_ACTOR_FUNCTIONS entry with why)").toEqual([]);
  });

  it("lists no function twice, none that is gone, none both in the table and outside it", () => {
    const exported = new Set(DISCOVERED.map((d) => d.fn));
    const keys = new Set(DISCOVERED.map((d) => d.key));
    expect(CASES.filter((c) => !exported.has(c.fn)).map((c) => c.fn.name)).toEqual([]);
    expect(Object.keys(NOT_ACTOR_FUNCTIONS).filter((k) => !keys.has(k))).toEqual([]);
    const labels = CASES.map(labelOf);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    expect(labels.filter((l) => l in NOT_ACTOR_FUNCTIONS)).toEqual([]);
  });
});

// ───────────────────────────── running the table ─────────────────────────────

/** The database's content (md5 per table) and the upload folder's files. */
type State = Record<string, string>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** The tables (and the upload folder) whose content differs between two states. */
const changedTables = (before: State, after: State) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();

async function currentState(): Promise<State> {
  return { ...(await databaseFingerprint()), "(upload folder)": filesUnder(uploadDir).join("\n") };
}

/**
 * The state as the last refused call left it, so each refused call computes the fingerprint
 * once (after); null once anything else may have written.
 */
let knownState: State | null = null;
/** Targets built and not used up yet, per case. */
const targets = new Map<Case, unknown>();

async function targetFor(kase: Case, useUp: boolean): Promise<unknown> {
  if (!kase.target) return undefined;
  let target = targets.get(kase);
  if (target === undefined) {
    target = await kase.target();
    knownState = null;
  }
  if (useUp) targets.delete(kase);
  else targets.set(kase, target);
  return target;
}

async function settle(run: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

beforeAll(async () => {
  fx = await createFixtures();
});

describe.each(CASES.map((kase) => [labelOf(kase), kase] as const))("%s", (label, kase) => {
  const name = label.split("#")[1] ?? label;
  // The refused identities first: they share one target and leave it as it was.
  const order = [...IDENTITIES.filter((who) => !kase.allowed.includes(who)), ...IDENTITIES.filter((who) => kase.allowed.includes(who))];
  const rows = order.map((who) => [`${name} as ${who} is ${kase.allowed.includes(who) ? "allowed" : "refused"}`, who] as const);

  it.each(rows)("%s", async (_title, who) => {
    if (kase.allowed.includes(who)) {
      const target = await targetFor(kase, true);
      knownState = null;
      const outcome = await settle(() => kase.call(actorOf(who), target));
      if (!outcome.ok) expect.fail(`${name} as ${who} should be allowed, but threw ${describeError(outcome.error)}`);
      return;
    }
    const target = await targetFor(kase, false);
    const before = knownState ?? (await currentState());
    const outcome = await settle(() => Promise.resolve().then(() => kase.call(actorOf(who), target)));
    const after = await currentState();
    knownState = after;
    if (outcome.ok) {
      targets.delete(kase);
      expect.fail(`${name} as ${who} should have been refused, but it succeeded`);
    }
    if (who !== "anonymous") {
      const expected = [ForbiddenError, NotFoundError, ...(kase.refusedWith?.[who] ? [kase.refusedWith[who].error] : [])];
      const refusal = expected.some((type) => outcome.error instanceof type);
      expect.soft(refusal, `${name} as ${who} threw ${describeError(outcome.error)}, expected ${expected.map((e) => e.name).join(" or ")}`).toBe(true);
    }
    expect(changedTables(before, after), `${name} as ${who} was refused but changed these tables`).toEqual([]);
  });
});

// ───────────────────────────── beyond the table ─────────────────────────────

describe("scope of the inputs", () => {
  it("refuses registering another NSB's participant on an activity in scope, and changes nothing", async () => {
    knownState = null;
    const before = await currentState();
    await expect(registerParticipants(fx.actors.focalBsn, fx.activity, [fx.participantTisi])).rejects.toBeInstanceOf(NotFoundError);
    expect(await currentState()).toEqual(before);
  });

  it("refuses a focal point's changes to another NSB's people on an activity both NSBs attend, and changes nothing", async () => {
    const shared = await db().activity.create({
      data: {
        programmeId: fx.cet,
        title: `Permission shared workshop ${next()}`,
        type: "WORKSHOP",
        level: "REGIONAL",
        modality: "ONLINE",
        startDate: day("2024-04-01"),
        endDate: day("2024-04-01"),
        currency: "AUD",
        targetNsbs: { create: [{ organizationId: fx.org.bsn }, { organizationId: fx.org.tisi }] },
      },
    });
    const tisiRow = await db().participation.create({ data: { activityId: shared.id, participantId: fx.participantTisi } });
    knownState = null;
    const before = await currentState();
    const row = { participationId: tisiRow.id, version: tisiRow.version, role: "PARTICIPANT", attendance: "NO_SHOW", completed: false } as const;
    const answers = { preTestScore: null, postTestScore: null, satisfaction: null, feedback: "", testimonial: "", consentToQuote: false };
    await expect(saveAttendance(fx.actors.focalBsn, shared.id, [{ ...row, ...answers }])).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeParticipation(fx.actors.focalBsn, tisiRow.id, tisiRow.version)).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeParticipants(fx.actors.focalBsn, fx.participantBsn, fx.participantTisi)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listActivityParticipations(fx.actors.focalBsn, shared.id)).toEqual([]);
    expect(changedTables(before, await currentState())).toEqual([]);
  });

  it("refuses a focal point's report for another NSB of a programme both NSBs benefit from, and changes nothing", async () => {
    const indicator = await db().indicator.create({
      data: {
        programmeId: fx.cet,
        resultAreaId: fx.area.o11,
        code: `PERM-CET-${next()}`,
        title: "Permission CET indicator",
        unit: "COUNT",
        disaggregateByNsb: true,
        targets: { create: [{ periodStart: day("2023-01-01"), periodEnd: day("2023-12-31"), targetValue: 1 }] },
      },
    });
    knownState = null;
    const before = await currentState();
    const input = {
      indicatorId: indicator.id,
      periodStart: day("2023-01-01"),
      periodEnd: day("2023-12-31"),
      organizationId: fx.org.bsn,
      value: 1,
      valueFemale: null,
      valueMale: null,
      valueOther: null,
      narrative: "",
      evidenceLinks: [],
    };
    await expect(saveReportDraft(fx.actors.focalTisi, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(changedTables(before, await currentState())).toEqual([]);
    // Their own NSB's report on the same indicator is theirs to write.
    await expect(saveReportDraft(fx.actors.focalTisi, { ...input, organizationId: fx.org.tisi })).resolves.toMatchObject({ organizationId: fx.org.tisi });
  });

  it("refuses moving an NSB's evidence to another NSB by its focal point, and changes nothing", async () => {
    const adoption = await version.adoption(fx.adoption);
    const role = await version.committeeRole(fx.committeeRole);
    knownState = null;
    const before = await currentState();
    await expect(
      updateNationalAdoption(fx.actors.focalBsn, adoption.id, { ...adoptionInput(adoption.standardReference), organizationId: fx.org.tisi, version: adoption.version }),
    ).rejects.toBeInstanceOf(DomainValidationError);
    await expect(
      updateCommitteeRole(fx.actors.focalBsn, role.id, { ...committeeRoleInput(role.committee), organizationId: fx.org.tisi, version: role.version }),
    ).rejects.toBeInstanceOf(DomainValidationError);
    expect(changedTables(before, await currentState())).toEqual([]);
  });

  it("makes a focal point's new participant their own NSB's, whatever NSB is sent", async () => {
    const result = await createParticipant(fx.actors.focalTisi, { ...participantInput(), organizationId: fx.org.bsn }, { allowDuplicate: true });
    knownState = null;
    expect(result.created).toBe(true);
    const id = result.created ? result.id : "";
    expect((await db().participant.findUniqueOrThrow({ where: { id } })).organizationId).toBe(fx.org.tisi);
  });

  it("answers not found when a focal point or a donor asks a dashboard or a computed value for an NSB outside their scope", async () => {
    const kebs = (await db().organization.findFirstOrThrow({ where: { acronym: "KEBS", kind: "NSB" } })).id;
    knownState = null;
    const before = await currentState();
    await expect(programmeDashboard(fx.actors.focalBsn, { nsbId: fx.org.tisi })).rejects.toBeInstanceOf(NotFoundError);
    await expect(gedsiDashboard(fx.actors.donorDfat, { nsbId: kebs })).rejects.toBeInstanceOf(NotFoundError);
    await expect(computedSeries(fx.actors.donorDfat, fx.computedIndicator, { nsbId: kebs })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      computeIndicatorValue(fx.actors.focalBsn, fx.computedIndicator, { periodStart: "2025-01-01", periodEnd: "2025-12-31", nsbId: fx.org.tisi }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(changedTables(before, await currentState())).toEqual([]);
  });

  it("gives no indicator to a caller whose scope does not include the programme a forged dashboard scope names", async () => {
    const forged = { ...(await resolveScope(fx.actors.staff, { programmeId: fx.programmeX })), nsbId: null };
    for (const who of ["focalTisi", "donorSida"] as const) expect(await indicatorProgressFor(fx.actors[who], forged)).toEqual([]);
    expect((await indicatorProgressFor(fx.actors.staff, forged)).length).toBeGreaterThan(0);
  });
});

describe("public functions (their callers are anonymous by design)", () => {
  it("describeFeedbackLink shows the activity's title, dates, venue and language, the link's own person and the closing time, nothing else, and writes nothing", async () => {
    await db().personalLink.update({ where: { id: fx.feedbackLink }, data: { expiresAt: day("2099-01-01") } });
    knownState = null;
    const before = await currentState();
    const open = await describeFeedbackLink(fx.feedbackToken);
    expect(Object.keys(open).sort()).toEqual(["activity", "closesAt", "name", "state"]);
    expect(Object.keys(("activity" in open && open.activity) || {}).sort()).toEqual(["endDate", "language", "startDate", "title", "venueCity"]);
    expect(await describeFeedbackLink("not-a-real-token-000000000000000000000000000")).toEqual({ state: "unknown" });
    expect(await currentState()).toEqual(before);
  });

  it("submitFeedback changes only the row of the link's own person (and its audit event, the link and the rate-limit counter)", async () => {
    const person = await newParticipant(fx.org.bsn, "Feedback");
    const row = await db().participation.create({ data: { activityId: fx.activity, participantId: person.id } });
    const { token, tokenHash } = newLinkToken();
    await db().personalLink.create({ data: { purpose: "FEEDBACK", participationId: row.id, tokenHash, expiresAt: day("2099-01-01") } });
    knownState = null;
    const answer = { satisfaction: 4, feedback: "Useful", testimonial: "", consentToQuote: false };

    // A token that is no personal link answers nothing.
    const before = await currentState();
    await expect(submitFeedback("not-a-real-token-000000000000000000000000000", "192.0.2.10", answer)).rejects.toBeInstanceOf(DomainValidationError);
    const afterRefusal = await currentState();
    expect(changedTables(before, afterRefusal)).toEqual(["RateLimitCounter"]);

    const others = await db().participation.findMany({ where: { id: { not: row.id } }, orderBy: { id: "asc" } });
    await submitFeedback(token, "192.0.2.10", answer);
    // The dashboard aggregates follow the answered rating and scores (kept by triggers).
    expect(changedTables(afterRefusal, await currentState())).toEqual(["AuditEvent", "DashboardPersonDay", "DashboardProgrammeDay", "Participation", "PersonalLink", "RateLimitCounter"]);
    expect(await db().participation.findMany({ where: { id: { not: row.id } }, orderBy: { id: "asc" } })).toEqual(others);
    expect(await db().participation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ satisfaction: 4, feedback: "Useful" });
    // Closing, answering once, another person's link and the rate limit per address: feedback.test.ts.
  });

  it("describeToken names the link's user (email, name and language only) for its own purpose only, and writes nothing", async () => {
    const user = await newUser();
    const token = "P".repeat(43);
    await db().userToken.create({ data: { userId: user.id, purpose: "INVITE", tokenHash: hashToken(token), expiresAt: day("2099-01-01") } });
    knownState = null;
    const before = await currentState();
    const described = await describeToken(token, "INVITE");
    expect(Object.keys(described ?? {}).sort()).toEqual(["email", "locale", "name"]);
    expect(await describeToken(token, "PASSWORD_RESET")).toBeNull();
    expect(await describeToken("garbage", "INVITE")).toBeNull();
    expect(await currentState()).toEqual(before);
  });

  it("redeemToken sets only its own user's password, once; a wrong purpose or token changes nothing", async () => {
    const user = await newUser();
    const token = "Q".repeat(43);
    await db().userToken.create({ data: { userId: user.id, purpose: "PASSWORD_RESET", tokenHash: hashToken(token), expiresAt: day("2099-01-01") } });
    knownState = null;
    const before = await currentState();
    await expect(redeemToken(token, "INVITE", "Permission-password-1")).rejects.toBeInstanceOf(DomainValidationError);
    await expect(redeemToken("R".repeat(43), "PASSWORD_RESET", "Permission-password-1")).rejects.toBeInstanceOf(DomainValidationError);
    expect(await currentState()).toEqual(before);
    const othersBefore = await db().user.findMany({ where: { id: { not: user.id } }, orderBy: { id: "asc" } });
    await redeemToken(token, "PASSWORD_RESET", "Permission-password-1");
    expect(changedTables(before, await currentState())).toEqual(["AuditEvent", "User", "UserToken"]);
    expect(await db().user.findMany({ where: { id: { not: user.id } }, orderBy: { id: "asc" } })).toEqual(othersBefore);
    await expect(redeemToken(token, "PASSWORD_RESET", "Permission-password-2")).rejects.toBeInstanceOf(DomainValidationError);
    // Expiry, deactivated users, the password policy: users.test.ts ("one-time links").
  });

  it("verifyCredentials records the attempt and answers only who signed in; signInBlockedUntil only reads", async () => {
    const user = await newUser();
    const { email } = await db().user.update({ where: { id: user.id }, data: { passwordHash: bcrypt.hashSync("Permission-password-0", 4) } });
    knownState = null;
    const before = await currentState();
    expect(await signInBlockedUntil("192.0.2.20")).toBeNull();
    expect(await currentState()).toEqual(before);
    expect(await verifyCredentials(email, "wrong-password", "192.0.2.20")).toEqual({ ok: false, reason: "invalid" });
    const afterFailure = await currentState();
    // The attempt, and the failure counted for the account and the address.
    expect(changedTables(before, afterFailure)).toEqual(["LoginAttempt", "RateLimitCounter"]);
    const signedIn = await verifyCredentials(email, "Permission-password-0", "192.0.2.20");
    expect(signedIn).toEqual({ ok: true, user: { id: user.id, email, name: expect.any(String), sessionVersion: 0 } });
    // The attempt, the counters (the account's cleared) and the user's last sign-in time, nothing else.
    expect(changedTables(afterFailure, await currentState())).toEqual(["LoginAttempt", "RateLimitCounter", "User"]);
    // Limits per account and per address, deactivated users: auth.test.ts.
  });
});
