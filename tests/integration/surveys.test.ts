import { beforeAll, describe, expect, it } from "vitest";
import type { Attendance, ParticipationRole, Sex } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { computeIndicatorValue } from "@/server/indicators/computed";
import { describeSurveyLink, saveSurveyAnswers } from "@/server/surveys/answers";
import { closeSurvey, sendSurveyInvitations, sendSurveyReminders, stopSurveyReminders } from "@/server/surveys/invitations";
import { scheduleFollowUps } from "@/server/surveys/schedule";
import { activitySurveys, surveyDetail } from "@/server/surveys/tracking";
import { surveyDashboard } from "@/server/surveys/indicators";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { templateQuestions } from "@/domain/surveys/templates";
import { seedDemo, type DemoActors } from "../support/actors";

/*
 * Programme SRV-TEST (BSN and TISI, funded by DFAT). Activity A (2025-02-10 to 02-12), B (2025-04-01).
 *
 *   person  NSB   sex     at A                  at B
 *   S1      BSN   FEMALE  ATTENDED              ATTENDED
 *   S2      BSN   MALE    ATTENDED
 *   S3      TISI  FEMALE  ATTENDED
 *   S4      TISI  MALE    PARTIAL (not invited)
 *   S5      BSN   FEMALE  ATTENDED as TRAINER (not invited)
 *   S6      BSN   MALE    NO_SHOW (not invited)
 *
 * 6-month answers at A: S1 applied YES, standards "ISO 9001, ISO/IEC 27001", committee yes;
 *   S2 NO, "iso 9001:2015", no; S3 PARTLY, none, yes. At B (6 months): S1 NO, "ISO 14001", yes.
 * 2025: applied 2 of 3 people (S1 once: yes at A) = 66.67 %, women 2, men 0;
 *   standards ISO 9001, ISO/IEC 27001, ISO 14001 = 3, reported by S1 and S2 (women 1, men 1);
 *   committee S1 and S3 = 2 (S1 once), women 2. TISI's focal point: S3 only.
 */

let actors: DemoActors;
let bsn: string, tisi: string;
const person: Record<string, string> = {};
const activity: Record<"A" | "B", string> = { A: "", B: "" };
const indicator: Record<string, string> = {};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tokenOf = (url: string) => url.split("/survey/")[1]!;
const questions = JSON.parse(JSON.stringify(templateQuestions("standard")));
const schedule = (actor: Actor, activityId: string, months: number[], nsbId = "") =>
  scheduleFollowUps(actor, { activityId, nsbId, "months[]": months, template: "standard", openDays: 30, questions });
const tokens = async (surveyId: string) => {
  const sent = await sendSurveyInvitations(actors.staff, surveyId, "csv");
  return Object.fromEntries(sent.links.map((l) => [l.fullName.replace("Survey person ", ""), tokenOf(l.url)]));
};
const answer = (token: string, form: Record<string, string>, submit = true) =>
  describeSurveyLink(token).then((d) => saveSurveyAnswers(token, "192.0.2.40", form, { submit, version: d.state === "open" ? d.version : 1 }));

beforeAll(async () => {
  actors = await seedDemo();
  bsn = actors.focalBsn.organizationId!;
  tisi = actors.focalTisi.organizationId!;
  const dfat = actors.donorDfat.organizationId!;
  const programme = await db().programme.create({
    data: {
      code: "SRV-TEST", title: "Survey test programme", startDate: day("2025-01-01"), endDate: day("2026-12-31"), status: "ACTIVE",
      beneficiaries: { create: [{ organizationId: bsn }, { organizationId: tisi }] },
      fundings: { create: [{ donorId: dfat, amount: 1000, currency: "AUD" }] },
    },
  });
  const newActivity = (title: string, start: string, end: string) =>
    db().activity.create({
      data: { programmeId: programme.id, title, type: "TRAINING", level: "REGIONAL", modality: "ONLINE", status: "COMPLETED", startDate: day(start), endDate: day(end), targetNsbs: { create: [{ organizationId: bsn }, { organizationId: tisi }] } },
    });
  activity.A = (await newActivity("Survey activity A", "2025-02-10", "2025-02-12")).id;
  activity.B = (await newActivity("Survey activity B", "2025-04-01", "2025-04-01")).id;
  const people: [string, string, Sex][] = [["S1", bsn, "FEMALE"], ["S2", bsn, "MALE"], ["S3", tisi, "FEMALE"], ["S4", tisi, "MALE"], ["S5", bsn, "FEMALE"], ["S6", bsn, "MALE"]];
  for (const [name, organizationId, sex] of people) {
    person[name] = (await db().participant.create({ data: { fullName: `Survey person ${name}`, normalizedName: `survey person ${name.toLowerCase()}`, sex, ageBand: "AGE_25_34", organizationId, stakeholderGroup: "NSB_STAFF" } })).id;
  }
  const rows: [string, "A" | "B", Attendance, ParticipationRole][] = [
    ["S1", "A", "ATTENDED", "PARTICIPANT"], ["S2", "A", "ATTENDED", "PARTICIPANT"], ["S3", "A", "ATTENDED", "PARTICIPANT"], ["S4", "A", "PARTIAL", "PARTICIPANT"],
    ["S5", "A", "ATTENDED", "TRAINER"], ["S6", "A", "NO_SHOW", "PARTICIPANT"], ["S1", "B", "ATTENDED", "PARTICIPANT"],
  ];
  for (const [p, a, attendance, role] of rows) await db().participation.create({ data: { participantId: person[p]!, activityId: activity[a], attendance, role } });
  for (const [source, unit] of [["SURVEY_APPLIED_SHARE", "PERCENT"], ["SURVEY_STANDARDS_USED", "COUNT"], ["SURVEY_COMMITTEE_JOINED", "COUNT"]] as const) {
    indicator[source] = (await db().indicator.create({ data: { programmeId: programme.id, code: `SRV-${source}`, title: source, unit, source } })).id;
  }
});

describe("scheduling and sending follow-ups", () => {
  it("creates one survey per number of months and one link per person who attended (trainers, partial and no-shows left out)", async () => {
    const created = await schedule(actors.staff, activity.A, [6, 3]);
    expect(created.map((s) => [s.monthsAfter, s.invited])).toEqual([[3, 3], [6, 3]]);
    expect(created[0]!.opensAt).toEqual(day("2025-05-12"));
    const sent = await sendSurveyInvitations(actors.staff, created[1]!.id, "csv");
    expect(sent.links.map((l) => l.fullName).sort()).toEqual(["Survey person S1", "Survey person S2", "Survey person S3"]);
    const links = await db().personalLink.findMany({ where: { purpose: "FOLLOW_UP", invitation: { surveyId: created[1]!.id } }, select: { participationId: true, tokenHash: true } });
    expect(new Set(links.map((l) => l.participationId)).size).toBe(3);
    expect(links.every((l) => /^[0-9a-f]{64}$/.test(l.tokenHash))).toBe(true);
    await expect(sendSurveyInvitations(actors.staff, created[1]!.id, "csv")).rejects.toThrow("Every invitation has been sent already.");
    await expect(schedule(actors.staff, activity.A, [6])).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("lets a focal point schedule for their own NSB's people only; another NSB's focal point cannot see that survey", async () => {
    const [survey] = await schedule(actors.focalBsn, activity.A, [12], tisi);
    expect(survey!.invited).toBe(2); // S1 and S2: the focal point's NSB, whatever NSB was asked for
    const detail = await surveyDetail(actors.focalBsn, survey!.id);
    expect(detail.nonRespondents.map((r) => r.participant.fullName)).toEqual(["Survey person S1", "Survey person S2"]);
    await expect(surveyDetail(actors.focalTisi, survey!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(surveyDetail(actors.donorDfat, survey!.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("answering from a personal link", () => {
  it("keeps a draft, then takes the answer once, for the link's own person only", async () => {
    const [survey] = await schedule(actors.staff, activity.B, [3]);
    const { S1 } = await tokens(survey!.id);
    const opened = await describeSurveyLink(S1!);
    expect(opened).toMatchObject({ state: "open", name: "Survey person S1", monthsAfter: 3 });
    await answer(S1!, { a_applied: "YES", a_changes: "We set up a new committee" }, false);
    const draft = await describeSurveyLink(S1!);
    expect(draft.state === "open" && draft.answers).toEqual({ applied: "YES", changes: "We set up a new committee" });
    await expect(answer(S1!, { a_applied: "YES" })).rejects.toBeInstanceOf(DomainValidationError); // final answer needs the counted choices
    await answer(S1!, { a_applied: "YES", a_committee: "no", a_usefulness: "4" });
    expect(await describeSurveyLink(S1!)).toMatchObject({ state: "answered" });
    await expect(answer(S1!, { a_applied: "NO", a_committee: "no", a_usefulness: "1" })).rejects.toThrow("You have already answered this survey. Thank you!");
    const rows = await db().surveyInvitation.findMany({ where: { surveyId: survey!.id }, select: { submittedAt: true, answers: true, participation: { select: { participantId: true } } } });
    expect(rows.filter((r) => r.submittedAt).map((r) => r.participation.participantId)).toEqual([person.S1]);
  });

  it("refuses closed and unknown links with the same sentence", async () => {
    const [survey] = await schedule(actors.staff, activity.B, [9]);
    const { S1 } = await tokens(survey!.id);
    await closeSurvey(actors.staff, survey!.id, 1);
    expect(await describeSurveyLink(S1!)).toMatchObject({ state: "closed" });
    const refused = "This survey is closed or this link is not valid.";
    await expect(saveSurveyAnswers(S1!, "192.0.2.41", { a_applied: "YES" }, { submit: false, version: 1 })).rejects.toThrow(refused);
    await expect(saveSurveyAnswers("not-a-real-token-000000000000000000000000000", "192.0.2.41", {}, { submit: false, version: 1 })).rejects.toThrow(refused);
    expect(await describeSurveyLink("not-a-real-token-000000000000000000000000000")).toEqual({ state: "unknown" });
  });

  it("sends reminders at most once a week to people who have not answered, until stopped", async () => {
    const [survey] = await schedule(actors.staff, activity.A, [18]);
    await tokens(survey!.id);
    await expect(sendSurveyReminders(actors.staff, survey!.id, 1, "csv")).rejects.toThrow(/Nobody to remind/);
    await db().surveyInvitation.updateMany({ where: { surveyId: survey!.id }, data: { sentAt: new Date(Date.now() - 8 * 86_400_000) } });
    const reminded = await sendSurveyReminders(actors.staff, survey!.id, 1, "csv");
    expect(reminded.links).toHaveLength(3);
    await expect(sendSurveyReminders(actors.staff, survey!.id, 2, "csv")).rejects.toThrow(/Nobody to remind/);
    await db().surveyInvitation.updateMany({ where: { surveyId: survey!.id }, data: { lastRemindedAt: new Date(Date.now() - 8 * 86_400_000) } });
    await stopSurveyReminders(actors.staff, survey!.id, 2);
    await expect(sendSurveyReminders(actors.staff, survey!.id, 3, "csv")).rejects.toThrow("Reminders are stopped for this survey.");
  });
});

describe("survey indicators", () => {
  const YEAR = { periodStart: "2025-01-01", periodEnd: "2025-12-31" };

  beforeAll(async () => {
    const six = await db().followUpSurvey.findFirstOrThrow({ where: { activityId: activity.A, monthsAfter: 6 } });
    const sixA = Object.fromEntries((await db().personalLink.findMany({ where: { invitation: { surveyId: six.id } }, select: { participationId: true } })).map((l) => [l.participationId, true]));
    expect(Object.keys(sixA)).toHaveLength(3);
    // The 6-month links were issued in the first test: issue new ones for this block's answers.
    await db().surveyInvitation.updateMany({ where: { surveyId: six.id }, data: { sentAt: null } });
    const a = await tokens(six.id);
    await answer(a.S1!, { a_applied: "YES", a_standards: "ISO 9001, ISO/IEC 27001", a_committee: "yes", a_usefulness: "5" });
    await answer(a.S2!, { a_applied: "NO", a_standards: "iso 9001:2015", a_committee: "no", a_usefulness: "2" });
    await answer(a.S3!, { a_applied: "PARTLY", a_committee: "yes", a_usefulness: "4" });
    const [sixB] = await schedule(actors.staff, activity.B, [6]);
    const b = await tokens(sixB!.id);
    await answer(b.S1!, { a_applied: "NO", a_standards: "ISO 14001", a_committee: "yes", a_usefulness: "3" });
  });

  const value = (source: string, actor: Actor = actors.staff) => computeIndicatorValue(actor, indicator[source]!, YEAR);

  it("share who applied after 6 months: each person once, by sex", async () => {
    const v = await value("SURVEY_APPLIED_SHARE");
    expect(v.value).toBe(66.67);
    expect(v.bySex).toMatchObject({ FEMALE: 2, MALE: 0 });
    expect(v.explanation).toMatchObject({ numerator: 2, denominator: 3 });
    expect(v.explanation.sample.filter((r) => r.counted.repeat)).toHaveLength(1); // S1's second answer
  });

  it("standards used or adopted: distinct standards, people reporting by sex", async () => {
    const v = await value("SURVEY_STANDARDS_USED");
    expect(v.value).toBe(3);
    expect(v.bySex).toMatchObject({ FEMALE: 1, MALE: 1 });
  });

  it("people who joined a committee: each person once, by sex and NSB; a focal point their NSB's only", async () => {
    const v = await value("SURVEY_COMMITTEE_JOINED");
    expect(v.value).toBe(2);
    expect(v.bySex).toMatchObject({ FEMALE: 2, MALE: 0 });
    expect((await value("SURVEY_COMMITTEE_JOINED", actors.focalTisi)).value).toBe(1);
  });

  it("gives a donor figures only: no names, no answers, no free text", async () => {
    const v = await value("SURVEY_COMMITTEE_JOINED", actors.donorDfat);
    expect(v.value).toBe(2);
    expect(v.explanation.sample.every((r) => r.participantName === undefined && r.activityTitle === undefined)).toBe(true);
    const programmeId = (await db().programme.findUniqueOrThrow({ where: { code: "SRV-TEST" } })).id;
    const dashboard = await surveyDashboard(actors.donorDfat, { programmeId });
    expect(dashboard.indicators.SURVEY_APPLIED_SHARE.value).toBe(66.67);
    const text = JSON.stringify(dashboard);
    for (const secret of ["Survey person", "ISO 9001", "committee", "We set up"]) expect(text).not.toContain(secret);
    // Groups of 1 to 4 people are small cells, as on the GEDSI tables beside them: "< 5", never 2 women of 3.
    expect(dashboard.suppressedBelow).toBe(5);
    expect(dashboard.indicators.SURVEY_APPLIED_SHARE.bySex.FEMALE).toEqual({ value: null, people: null, respondents: null });
    expect(dashboard.indicators.SURVEY_COMMITTEE_JOINED.bySex.FEMALE).toEqual({ value: null, people: null, respondents: null });
    expect(dashboard.indicators.SURVEY_STANDARDS_USED.bySex.FEMALE!.people).toBeNull();
    const staff = await surveyDashboard(actors.staff, { programmeId });
    expect(staff.suppressedBelow).toBeNull();
    expect(staff.indicators.SURVEY_APPLIED_SHARE.bySex.FEMALE).toEqual({ value: 100, people: 2, respondents: 2 });
    await expect(surveyDashboard(actors.donorSida, { programmeId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("tracks invited, opened and answered per survey, by NSB and sex", async () => {
    const { surveys } = await activitySurveys(actors.staff, activity.A);
    const six = surveys.find((s) => s.monthsAfter === 6 && !s.organizationId)!;
    expect(six.tracking).toMatchObject({ invited: 3, sent: 3, opened: 3, answered: 3, rate: 100 });
    expect(six.tracking.byNsb.map((n) => [n.acronym, n.invited])).toEqual([["BSN", 2], ["TISI", 1]]);
    const focal = await activitySurveys(actors.focalTisi, activity.A);
    expect(focal.surveys.find((s) => s.id === six.id)!.tracking).toMatchObject({ invited: 1, answered: 1 });
  });
});
