import { beforeAll, describe, expect, it } from "vitest";
import type { IndicatorSource, IndicatorUnit, Sex, Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { computedSeries, computeIndicatorValue } from "@/server/indicators/computed";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

/*
 * Every expected number below is worked out by hand from the rows this file inserts:
 *
 * Programme CMP-TEST (2025-01-15 to 2026-06-30), beneficiaries TSTA and TSTB, funded by TSTD.
 * Activities: A1 starts 2025-02-10, A2 2025-03-05, A3 2025-09-01. X: a CET-SEA activity (another programme).
 *
 *   person  NSB   sex          activity  attendance  role     pre  post  satisfaction
 *   P1      TSTA  FEMALE       A1        ATTENDED    -        40   70    5
 *   P1      TSTA  FEMALE       A2        ATTENDED    -        50   60    4
 *   P1      TSTA  FEMALE       X         ATTENDED    -        10   90    1     (other programme)
 *   P2      TSTA  MALE         A1        PARTIAL     -        30   50    3
 *   P3      TSTB  FEMALE       A1        ATTENDED    -        -    -     4
 *   P4      TSTB  OTHER        A2        NO_SHOW     -        -    -     -
 *   P5      TSTB  UNDISCLOSED  A2        REGISTERED  -        -    -     -
 *   P6      TSTA  MALE         A1        ATTENDED    TRAINER  0    100   5     (trainers not counted)
 *   P7      TSTB  MALE         A3        ATTENDED    -        20   80    1
 *
 * First half of 2025 (H1): trained P1, P2, P3 = 3 (P1 once though at two activities):
 *   women 2, men 1; TSTA 2, TSTB 1. Women: 2 of 3 = 66.67 %; TSTA 50 %, TSTB 100 %.
 *   Gains 30, 10, 20 → 20 (TSTA 20; TSTB none). Satisfaction 5, 4, 3, 4 → 4 (TSTA 4, TSTB 4).
 * Whole 2025: P7 too → 4 people (women 2, men 2), 50 %; gains 30, 10, 20, 60 → 30; ratings 5, 4, 3, 4, 1 → 3.4.
 *
 * Adoptions: TSTA 2025-03-01 and 2025-08-01, TSTB 2025-05-01, TSTC (not a beneficiary) 2025-04-01.
 *   H1: 2 (TSTA 1, TSTB 1); 2025: 3.
 * Committee roles with leadership: TSTA chair 2020-01-01 to 2024-12-31 (over before 2025),
 *   TSTA secretary from 2025-06-30 (the last day of H1), TSTB convener from 2024-01-01 (ongoing),
 *   TSTB twinned from 2025-07-01, TSTB P-member without leadership, TSTC chair (not a beneficiary).
 *   H1: 2 (TSTA 1, TSTB 1); 2025: 3.
 */

let actors: DemoActors;
let focalA: Actor, focalB: Actor, donorD: Actor;
const nsb: Record<"A" | "B" | "C", string> = { A: "", B: "", C: "" };
const indicator: Partial<Record<IndicatorSource | "WITH_TARGETS" | "PLAN_ADOPTIONS", string>> = {};
const person: Record<string, string> = {};
let firstHalfRows = 0;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const H1 = { periodStart: "2025-01-01", periodEnd: "2025-06-30" };
const YEAR = { periodStart: "2025-01-01", periodEnd: "2025-12-31" };

beforeAll(async () => {
  actors = await seedDemo();
  const cet = await programmeByCode("CET-SEA");
  const org = (acronym: string, kind: "NSB" | "DONOR") => db().organization.create({ data: { name: `Test body ${acronym}`, acronym, kind }, select: { id: true } });
  nsb.A = (await org("TSTA", "NSB")).id;
  nsb.B = (await org("TSTB", "NSB")).id;
  nsb.C = (await org("TSTC", "NSB")).id;
  const donor = (await org("TSTD", "DONOR")).id;
  const user = async (email: string, role: "FOCAL_POINT" | "DONOR", organizationId: string): Promise<Actor> =>
    db().user.create({ data: { email, name: email, role, organizationId }, select: { id: true, name: true, email: true, role: true, organizationId: true } });
  focalA = await user("focal.tsta@example.test", "FOCAL_POINT", nsb.A);
  focalB = await user("focal.tstb@example.test", "FOCAL_POINT", nsb.B);
  donorD = await user("donor.tstd@example.test", "DONOR", donor);

  const programme = await db().programme.create({
    data: {
      code: "CMP-TEST",
      title: "Computed indicators test programme",
      startDate: day("2025-01-15"),
      endDate: day("2026-06-30"),
      status: "ACTIVE",
      beneficiaries: { create: [{ organizationId: nsb.A }, { organizationId: nsb.B }] },
      fundings: { create: [{ donorId: donor, amount: 1000, currency: "CHF" }] },
    },
  });
  const activity = (programmeId: string, title: string, start: string) =>
    db().activity.create({ data: { programmeId, title, type: "TRAINING", level: "REGIONAL", modality: "ONLINE", status: "COMPLETED", startDate: day(start), endDate: day(start) } });
  const a1 = await activity(programme.id, "A1 training", "2025-02-10");
  const a2 = await activity(programme.id, "A2 workshop", "2025-03-05");
  const a3 = await activity(programme.id, "A3 seminar", "2025-09-01");
  const x = await activity(cet.id, "X other programme", "2025-04-01");

  const people: [string, "A" | "B", Sex][] = [
    ["P1", "A", "FEMALE"], ["P2", "A", "MALE"], ["P3", "B", "FEMALE"], ["P4", "B", "OTHER"],
    ["P5", "B", "UNDISCLOSED"], ["P6", "A", "MALE"], ["P7", "B", "MALE"],
  ];
  for (const [name, n, sex] of people) {
    const p = await db().participant.create({
      data: { fullName: `Person ${name}`, normalizedName: `person ${name.toLowerCase()}`, sex, ageBand: "AGE_35_44", organizationId: nsb[n], stakeholderGroup: "NSB_STAFF" },
    });
    person[name] = p.id;
  }
  type Row = [string, string, Attendance, ParticipationRole, number | null, number | null, number | null];
  const rows: Row[] = [
    ["P1", a1.id, "ATTENDED", "PARTICIPANT", 40, 70, 5],
    ["P1", a2.id, "ATTENDED", "PARTICIPANT", 50, 60, 4],
    ["P1", x.id, "ATTENDED", "PARTICIPANT", 10, 90, 1],
    ["P2", a1.id, "PARTIAL", "PARTICIPANT", 30, 50, 3],
    ["P3", a1.id, "ATTENDED", "PARTICIPANT", null, null, 4],
    ["P4", a2.id, "NO_SHOW", "PARTICIPANT", null, null, null],
    ["P5", a2.id, "REGISTERED", "PARTICIPANT", null, null, null],
    ["P6", a1.id, "ATTENDED", "TRAINER", 0, 100, 5],
    ["P7", a3.id, "ATTENDED", "PARTICIPANT", 20, 80, 1],
  ];
  for (const [p, activityId, attendance, role, pre, post, satisfaction] of rows) {
    await db().participation.create({ data: { participantId: person[p]!, activityId, attendance, role, preTestScore: pre, postTestScore: post, satisfaction } });
  }
  firstHalfRows = 4; // P1 at A1 and A2, P2 and P3 at A1: the rows behind "trained" in H1.

  await db().nationalAdoption.createMany({
    data: [
      { organizationId: nsb.A, standardReference: "ISO 9001:2015", nationalReference: "A 9001", adoptionDate: day("2025-03-01"), degree: "IDENTICAL" },
      { organizationId: nsb.A, standardReference: "ISO 14001:2015", nationalReference: "A 14001", adoptionDate: day("2025-08-01"), degree: "MODIFIED" },
      { organizationId: nsb.B, standardReference: "ISO 9001:2015", nationalReference: "B 9001", adoptionDate: day("2025-05-01"), degree: "IDENTICAL" },
      { organizationId: nsb.C, standardReference: "ISO 9001:2015", nationalReference: "C 9001", adoptionDate: day("2025-04-01"), degree: "IDENTICAL" },
    ],
  });
  await db().committeeRole.createMany({
    data: [
      { organizationId: nsb.A, committee: "ISO/TC 176", membership: "P_MEMBER", leadership: "CHAIR", fromDate: day("2020-01-01"), toDate: day("2024-12-31") },
      { organizationId: nsb.A, committee: "ISO/TC 207", membership: "P_MEMBER", leadership: "SECRETARY", fromDate: day("2025-06-30") },
      { organizationId: nsb.B, committee: "ISO/TC 34", membership: "P_MEMBER", leadership: "CONVENER", fromDate: day("2024-01-01") },
      { organizationId: nsb.B, committee: "ISO/TC 68", membership: "O_MEMBER", leadership: "TWINNED", fromDate: day("2025-07-01") },
      { organizationId: nsb.B, committee: "ISO/TC 307", membership: "P_MEMBER", leadership: "NONE", fromDate: day("2021-01-01") },
      { organizationId: nsb.C, committee: "ISO/TC 22", membership: "P_MEMBER", leadership: "CHAIR", fromDate: day("2019-01-01") },
    ],
  });

  const units: Record<Exclude<IndicatorSource, "MANUAL">, IndicatorUnit> = {
    PARTICIPANTS_TRAINED: "COUNT",
    WOMEN_SHARE: "PERCENT",
    AVG_KNOWLEDGE_GAIN: "PERCENT",
    AVG_SATISFACTION: "COUNT",
    NATIONAL_ADOPTIONS: "COUNT",
    LEADERSHIP_POSITIONS: "COUNT",
    SURVEY_APPLIED_SHARE: "PERCENT",
    SURVEY_STANDARDS_USED: "COUNT",
    SURVEY_COMMITTEE_JOINED: "COUNT",
    CAPACITY_SCORE_CHANGE: "COUNT",
  };
  for (const [source, unit] of Object.entries(units) as [IndicatorSource, IndicatorUnit][]) {
    indicator[source] = (await db().indicator.create({ data: { programmeId: programme.id, code: `CMP-${source}`, title: source, unit, source } })).id;
  }
  indicator.MANUAL = (await db().indicator.create({ data: { programmeId: programme.id, code: "CMP-MANUAL", title: "Manual", unit: "COUNT", source: "MANUAL" } })).id;
  indicator.WITH_TARGETS = (
    await db().indicator.create({
      data: {
        programmeId: programme.id,
        code: "CMP-TARGETS",
        title: "Trained, with targets",
        unit: "COUNT",
        source: "PARTICIPANTS_TRAINED",
        targets: {
          create: [
            { periodStart: day("2025-01-01"), periodEnd: day("2025-06-30"), targetValue: 5 },
            { periodStart: day("2025-07-01"), periodEnd: day("2025-12-31"), targetValue: 7 },
            { periodStart: day("2025-01-01"), periodEnd: day("2025-06-30"), organizationId: nsb.A, targetValue: 2 },
          ],
        },
      },
    })
  ).id;
  const plan = await db().actionPlan.findFirstOrThrow({ where: { startYear: 2021 } });
  indicator.PLAN_ADOPTIONS = (await db().indicator.create({ data: { actionPlanId: plan.id, code: "CMP-PLAN", title: "Plan-wide adoptions", unit: "COUNT", source: "NATIONAL_ADOPTIONS" } })).id;
});

const value = async (source: IndicatorSource, actor: Actor = actors.staff, period = H1, nsbId?: string) =>
  computeIndicatorValue(actor, indicator[source]!, { ...period, ...(nsbId ? { nsbId } : {}) });
const byNsb = (figures: { nsbId: string; value: number | null }[] | undefined) => Object.fromEntries((figures ?? []).map((f) => [f.nsbId, f.value]));

describe("participants trained", () => {
  it("counts distinct people who attended fully or partly, once each, by sex and NSB", async () => {
    const v = await value("PARTICIPANTS_TRAINED");
    expect(v.value).toBe(3);
    expect(v.bySex).toEqual({ FEMALE: 2, MALE: 1, OTHER: 0, UNDISCLOSED: 0 });
    expect(byNsb(v.byNsb)).toEqual({ [nsb.A]: 2, [nsb.B]: 1 });
    expect(v.explanation.rows).toBe(firstHalfRows);
    // P1 attended A1 and A2: two source rows, one of them marked as already counted.
    const p1 = v.explanation.sample.filter((r) => r.participantId === person.P1);
    expect(p1).toHaveLength(2);
    expect(p1.map((r) => r.counted.repeat)).toEqual([false, true]);
    expect(v.explanation.sample.some((r) => r.participantId === person.P6)).toBe(false);
    expect(v.explanation.sample[0]!.participantName).toMatch(/^Person P/);
    expect(v.explanation.formula).toMatch(/counts once/);

    const year = await value("PARTICIPANTS_TRAINED", actors.staff, YEAR);
    expect(year.value).toBe(4);
    expect(year.bySex).toEqual({ FEMALE: 2, MALE: 2, OTHER: 0, UNDISCLOSED: 0 });
  });

  it("gives a focal point their own NSB's people only", async () => {
    const v = await value("PARTICIPANTS_TRAINED", focalA);
    expect(v.value).toBe(2);
    expect(v.bySex).toEqual({ FEMALE: 1, MALE: 1, OTHER: 0, UNDISCLOSED: 0 });
    expect(v.byNsb?.map((f) => f.nsbId)).toEqual([nsb.A]);
    expect(v.explanation.sample.every((r) => r.nsbId === nsb.A)).toBe(true);
    await expect(value("PARTICIPANTS_TRAINED", focalA, H1, nsb.B)).rejects.toBeInstanceOf(NotFoundError);
    expect((await value("PARTICIPANTS_TRAINED", focalB)).value).toBe(1);
    // Staff may ask for one NSB.
    expect((await value("PARTICIPANTS_TRAINED", actors.staff, H1, nsb.B)).value).toBe(1);
  });

  it("gives the funding donor aggregates without names, and others not found", async () => {
    const v = await value("PARTICIPANTS_TRAINED", donorD);
    expect(v.value).toBe(3);
    expect(v.explanation.sample.length).toBe(4);
    for (const row of v.explanation.sample) {
      expect(row.participantName).toBeUndefined();
      expect(row.activityTitle).toBeUndefined();
      expect(row.id).toBeTruthy();
    }
    await expect(value("PARTICIPANTS_TRAINED", actors.donorSida)).rejects.toBeInstanceOf(NotFoundError);
    await expect(value("PARTICIPANTS_TRAINED", actors.donorDfat)).rejects.toBeInstanceOf(NotFoundError);
    await expect(value("PARTICIPANTS_TRAINED", actors.focalBsn)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("share of women, knowledge gain, satisfaction", () => {
  it("computes the share of women among the same distinct people", async () => {
    const v = await value("WOMEN_SHARE");
    expect(v.value).toBe(66.67);
    expect(v.explanation).toMatchObject({ numerator: 2, denominator: 3 });
    expect(byNsb(v.byNsb)).toEqual({ [nsb.A]: 50, [nsb.B]: 100 });
    expect((await value("WOMEN_SHARE", actors.staff, YEAR)).value).toBe(50);
    expect((await value("WOMEN_SHARE", focalB)).value).toBe(100);
  });

  it("averages post minus pre over participations with both scores", async () => {
    const v = await value("AVG_KNOWLEDGE_GAIN");
    expect(v.value).toBe(20);
    expect(v.explanation.rows).toBe(3);
    expect(byNsb(v.byNsb)).toEqual({ [nsb.A]: 20, [nsb.B]: null });
    expect(v.explanation.sample.map((r) => r.counted.gain).sort()).toEqual([10, 20, 30]);
    expect((await value("AVG_KNOWLEDGE_GAIN", actors.staff, YEAR)).value).toBe(30);
    expect((await value("AVG_KNOWLEDGE_GAIN", focalB)).value).toBeNull();
  });

  it("averages satisfaction over participations with a rating", async () => {
    const v = await value("AVG_SATISFACTION");
    expect(v.value).toBe(4);
    expect(v.explanation.rows).toBe(4);
    expect(byNsb(v.byNsb)).toEqual({ [nsb.A]: 4, [nsb.B]: 4 });
    expect((await value("AVG_SATISFACTION", actors.staff, YEAR)).value).toBe(3.4);
  });
});

describe("national adoptions and leadership positions", () => {
  it("counts adoptions of the beneficiary NSBs dated in the period", async () => {
    const v = await value("NATIONAL_ADOPTIONS");
    expect(v.value).toBe(2);
    expect(byNsb(v.byNsb)).toEqual({ [nsb.A]: 1, [nsb.B]: 1 });
    expect(v.explanation.sample.map((r) => r.kind)).toEqual(["nationalAdoption", "nationalAdoption"]);
    expect((await value("NATIONAL_ADOPTIONS", actors.staff, YEAR)).value).toBe(3);
    expect((await value("NATIONAL_ADOPTIONS", focalA, YEAR)).value).toBe(2);
    expect((await value("NATIONAL_ADOPTIONS", donorD, YEAR)).value).toBe(3);
  });

  it("counts leadership roles held at any time in the period", async () => {
    const v = await value("LEADERSHIP_POSITIONS");
    expect(v.value).toBe(2);
    expect(byNsb(v.byNsb)).toEqual({ [nsb.A]: 1, [nsb.B]: 1 });
    expect(v.explanation.sample.map((r) => r.counted.leadership).sort()).toEqual(["CONVENER", "SECRETARY"]);
    expect((await value("LEADERSHIP_POSITIONS", actors.staff, YEAR)).value).toBe(3);
    expect((await value("LEADERSHIP_POSITIONS", focalB, YEAR)).value).toBe(2);
  });

  it("counts every NSB in scope for a plan-wide indicator", async () => {
    const inYear = { adoptionDate: { gte: day("2025-01-01"), lte: day("2025-12-31") } };
    const staff = await computeIndicatorValue(actors.staff, indicator.PLAN_ADOPTIONS!, YEAR);
    expect(staff.value).toBe(await db().nationalAdoption.count({ where: inYear }));
    const focal = await computeIndicatorValue(focalA, indicator.PLAN_ADOPTIONS!, YEAR);
    expect(focal.value).toBe(2);
    // A donor: the NSBs of the programmes it funds (TSTA, TSTB), not TSTC.
    const donor = await computeIndicatorValue(donorD, indicator.PLAN_ADOPTIONS!, YEAR);
    expect(donor.value).toBe(3);
  });
});

describe("series and refusals", () => {
  it("computes each target period with its target beside it", async () => {
    const series = await computedSeries(actors.staff, indicator.WITH_TARGETS!);
    expect(series.periodsFrom).toBe("targets");
    expect(series.points.map((p) => [p.periodStart, p.periodEnd, p.value, p.target])).toEqual([
      ["2025-01-01", "2025-06-30", 3, 5],
      ["2025-07-01", "2025-12-31", 1, 7],
    ]);
    expect(series.points[0]!.byNsb?.find((n) => n.nsbId === nsb.A)).toMatchObject({ value: 2, target: 2 });
    const focal = await computedSeries(focalA, indicator.WITH_TARGETS!);
    expect(focal.points.map((p) => [p.value, p.target])).toEqual([
      [2, 2],
      [0, null],
    ]);
  });

  it("falls back to calendar years within the programme's dates", async () => {
    const series = await computedSeries(actors.staff, indicator.PARTICIPANTS_TRAINED!);
    expect(series.periodsFrom).toBe("years");
    expect(series.points.map((p) => [p.periodStart, p.periodEnd, p.value, p.target])).toEqual([
      ["2025-01-15", "2025-12-31", 4, null],
      ["2026-01-01", "2026-06-30", 0, null],
    ]);
  });

  it("refuses a manual indicator, a bad period and an unknown id", async () => {
    await expect(value("MANUAL")).rejects.toBeInstanceOf(DomainValidationError);
    await expect(computeIndicatorValue(actors.staff, indicator.PARTICIPANTS_TRAINED!, { periodStart: "2025-06-30", periodEnd: "2025-01-01" })).rejects.toBeInstanceOf(DomainValidationError);
    await expect(computeIndicatorValue(actors.staff, "no-such-indicator", H1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(computedSeries(actors.donorSida, indicator.WITH_TARGETS!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("computes the demo CET-SEA indicators from the demo rows", async () => {
    const cet1 = await db().indicator.findFirstOrThrow({ where: { code: "CET-1" } });
    const series = await computedSeries(actors.staff, cet1.id);
    expect(series.points).toHaveLength(4);
    const cet = await programmeByCode("CET-SEA");
    for (const p of series.points) {
      const people = await db().participant.count({
        where: {
          participations: {
            some: {
              role: { not: "TRAINER" },
              attendance: { in: ["ATTENDED", "PARTIAL"] },
              activity: { programmeId: cet.id, startDate: { gte: day(p.periodStart), lte: day(p.periodEnd) } },
            },
          },
        },
      });
      expect(p.value).toBe(people);
    }
  });
});
