import { beforeAll, describe, expect, it } from "vitest";
import type { ActivityType, AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { groupBy } from "@/lib/collections";
import { mergeParticipants } from "@/server/participants/mutations";
import { eraseParticipant } from "@/server/participants/privacy";
import { dashboardAggregatesDrift, rebuildDashboardAggregates } from "@/server/dashboards/aggregates";
import { computeProgrammeDashboard } from "@/server/dashboards/programme";
import { computeGedsiDashboard } from "@/server/dashboards/gedsi";
import { computeActionPlanDashboard } from "@/server/dashboards/action-plan";
import { computedSeries, computeIndicatorValue } from "@/server/indicators/computed";
import { computeIndicatorProgress } from "@/server/dashboards/indicators";
import { resolveScope } from "@/server/dashboards/scope";
import { keptYears } from "@/server/dashboards/kept-scope";
import { seedDemo, type DemoActors } from "../support/actors";
import { DEMO_PROGRAMME_CODE } from "../../prisma/seed/demo";

/*
 * The dashboard aggregates are kept by triggers on every write; after a few hundred random
 * writes of every kind (adds, removals, attendance and score changes, people's details,
 * merges, erasures, bulk imports, activities moved or deleted) they must equal a rebuild from
 * the raw rows, and the dashboards must give the same figures before and after the rebuild.
 */

let actors: DemoActors;

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const score = () => (next() < 0.3 ? null : Math.floor(next() * 101));
  return { next, pick, score };
}

const ROLES: ParticipationRole[] = ["PARTICIPANT", "PARTICIPANT", "OBSERVER", "TRAINER"];
const ATTENDANCE: Attendance[] = ["REGISTERED", "ATTENDED", "PARTIAL", "NO_SHOW"];
const SEXES: Sex[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];
const AGE_BANDS: AgeBand[] = ["UNDER_25", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_PLUS", "UNDISCLOSED"];
const GROUPS: StakeholderGroup[] = ["NSB_STAFF", "SME", "ACADEMIA_RESEARCH"];
const COUNTRIES = ["ID", "KE", null];
const TYPES: ActivityType[] = ["WORKSHOP", "ELEARNING", "WEBINAR", "TRAINING"];

type Rng = ReturnType<typeof random>;

async function randomParticipation(rng: Rng) {
  const rows = await db().participation.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } });
  return rows.length ? rng.pick(rows) : null;
}

/** One random write; returns its name. */
async function randomWrite(rng: Rng): Promise<string> {
  const [activities, people, programmes, donors] = await Promise.all([
    db().activity.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db().participant.findMany({ select: { id: true, version: true, organizationId: true, erasedAt: true }, orderBy: { id: "asc" } }),
    db().programme.findMany({ select: { id: true, archived: true }, orderBy: { id: "asc" } }),
    db().organization.findMany({ where: { kind: "DONOR" }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  const roll = rng.next();
  const answers = () => ({ role: rng.pick(ROLES), attendance: rng.pick(ATTENDANCE), preTestScore: rng.score(), postTestScore: rng.score(), satisfaction: rng.next() < 0.4 ? null : 1 + Math.floor(rng.next() * 5) });
  if (roll < 0.25) {
    const data = Array.from({ length: 1 + Math.floor(rng.next() * 4) }, () => ({ activityId: rng.pick(activities).id, participantId: rng.pick(people).id, ...answers() }));
    await db().participation.createMany({ data, skipDuplicates: true }); // as an import writes them
    return "add";
  }
  if (roll < 0.4) {
    const row = await randomParticipation(rng);
    if (row) await db().participation.delete({ where: { id: row.id } });
    return "remove";
  }
  if (roll < 0.65) {
    const row = await randomParticipation(rng);
    if (row) await db().participation.update({ where: { id: row.id }, data: { ...answers(), version: { increment: 1 } } });
    return "attendance";
  }
  if (roll < 0.75) {
    const person = rng.pick(people);
    const nsb = rng.pick(people).organizationId;
    await db().participant.update({
      where: { id: person.id },
      data: { sex: rng.pick(SEXES), ageBand: rng.pick(AGE_BANDS), stakeholderGroup: rng.pick(GROUPS), organizationId: nsb, countryCode: rng.pick(COUNTRIES), version: { increment: 1 } },
    });
    return "person";
  }
  if (roll < 0.83) {
    const keep = rng.pick(people);
    const duplicate = rng.pick(people);
    if (keep.id !== duplicate.id) await mergeParticipants(actors.admin, keep.id, duplicate.id);
    return "merge";
  }
  if (roll < 0.88) {
    const person = rng.pick(people.filter((p) => !p.erasedAt));
    if (person) await eraseParticipant(actors.admin, person.id, person.version);
    return "erase";
  }
  if (roll < 0.93) {
    const activity = rng.pick(activities);
    const start = new Date(Date.UTC(2022 + Math.floor(rng.next() * 4), Math.floor(rng.next() * 12), 1 + Math.floor(rng.next() * 28)));
    await db().activity.update({
      where: { id: activity.id },
      data: { startDate: start, endDate: start, type: rng.pick(TYPES), ...(rng.next() < 0.3 ? { programmeId: rng.pick(programmes).id } : {}), version: { increment: 1 } },
    });
    return "activity";
  }
  if (roll < 0.955) {
    // A donor starts or stops funding a programme: the donor's scope gains or loses it.
    const programmeId = rng.pick(programmes).id;
    const donorId = rng.pick(donors).id;
    const funding = await db().programmeFunding.findUnique({ where: { programmeId_donorId: { programmeId, donorId } } });
    if (funding) await db().programmeFunding.delete({ where: { id: funding.id } });
    else await db().programmeFunding.create({ data: { programmeId, donorId, amount: 1000, currency: "USD" } });
    return "funding";
  }
  if (roll < 0.975) {
    const programme = rng.pick(programmes);
    await db().programme.update({ where: { id: programme.id }, data: { archived: !programme.archived, version: { increment: 1 } } });
    return "archive";
  }
  await db().activity.delete({ where: { id: rng.pick(activities).id } });
  return "delete activity";
}

/**
 * Each wide view (every programme, a donor's, one programme) from its kept scope counts,
 * and the same view through the general query over the per-person aggregates (a date range
 * that covers every activity narrows nothing, but is not a kept scope).
 */
async function keptAndGeneral() {
  const everyDay = { from: new Date(Date.UTC(1900, 0, 1)), to: new Date(Date.UTC(2999, 11, 31)) };
  const programmeId = (await db().programme.findFirstOrThrow({ where: { code: DEMO_PROGRAMME_CODE }, select: { id: true } })).id;
  const views = [
    [actors.staff, {}],
    [actors.donorDfat, {}],
    [actors.staff, { programmeId }],
  ] as const;
  const kept = [];
  const general = [];
  for (const [actor, filters] of views) {
    kept.push(await computeProgrammeDashboard(actor, filters), await computeGedsiDashboard(actor, filters));
    general.push(await computeProgrammeDashboard(actor, { ...filters, ...everyDay }), await computeGedsiDashboard(actor, { ...filters, ...everyDay }));
  }
  return { kept, general };
}

/**
 * The Action Plan's yearly values of the computed indicators (kept counts where they can
 * answer, ./kept-scope.ts) and each as computed.ts gives it row by row: [shown, defined].
 */
async function planValuesTwoWays() {
  const plan = await db().actionPlan.findFirstOrThrow({ where: { startYear: 2021 }, select: { id: true } });
  const d = await computeActionPlanDashboard(actors.staff, plan.id, {});
  const rows = d.areas.flatMap((a) => a.indicators).filter((r) => r.source !== "MANUAL" && r.programmeCode);
  const pairs: [string, number | null, number | null][] = [];
  for (const r of rows) {
    const programme = (await db().indicator.findUniqueOrThrow({ where: { id: r.id }, select: { programme: { select: { startDate: true, endDate: true } } } })).programme!;
    for (const y of r.byYear) {
      const start = new Date(Math.max(Date.UTC(y.year, 0, 1), programme.startDate.getTime()));
      const end = new Date(Math.min(Date.UTC(y.year, 11, 31), programme.endDate.getTime()));
      if (end < start) continue;
      pairs.push([`${r.code} ${y.year}`, y.actual, (await computeIndicatorValue(actors.staff, r.id, { periodStart: start, periodEnd: end })).value]);
    }
  }
  // And every period of every computed indicator, as indicator progress shows it.
  const indicators = await db().indicator.findMany({
    where: { source: { in: ["PARTICIPANTS_TRAINED", "WOMEN_SHARE", "AVG_KNOWLEDGE_GAIN", "AVG_SATISFACTION"] }, programmeId: { not: null }, archived: false },
    select: { id: true, code: true, programmeId: true },
  });
  for (const i of indicators) {
    const shown = (await computeIndicatorProgress(actors.staff, { programmeId: i.programmeId! })).find((x) => x.id === i.id);
    if (!shown) continue;
    const series = await computedSeries(actors.staff, i.id, {});
    shown.periods.forEach((p, k) => pairs.push([`${i.code} ${p.periodStart}`, p.actual, series.points[k]?.value ?? null]));
  }
  return pairs;
}

/** People per year and in all, from the raw participations: reached (attended, not as trainers) in the programmes, in 2020-2026. */
async function rawPeople(programmeIds: string[]) {
  const rows = await db().$queryRaw<{ year: number | null; people: number }[]>`
    SELECT date_part('year', a."startDate")::int AS year, count(DISTINCT p."participantId")::int AS people
    FROM "Participation" p JOIN "Activity" a ON a.id = p."activityId"
    WHERE a."programmeId" = ANY(${programmeIds}::text[]) AND p."role" <> 'TRAINER' AND p."attendance" IN ('ATTENDED', 'PARTIAL')
      AND a."startDate" BETWEEN '2020-01-01' AND '2026-12-31'
    GROUP BY GROUPING SETS ((1), ())`;
  return Object.fromEntries(rows.filter((r) => r.people > 0).map((r) => [r.year ?? "all", r.people]));
}

/** The same from the kept counts' people per list of years (null: the counts could not answer). */
async function keptPeople(programmeIds: string[]) {
  const scope = await resolveScope(actors.staff, {});
  const byYears = await keptYears(scope, programmeIds, { start: new Date(Date.UTC(2020, 0, 1)), end: new Date(Date.UTC(2026, 11, 31)) });
  if (!byYears) return null;
  const out: Record<string, number> = {};
  for (const { years, people } of byYears) {
    const within = years.filter((y) => y >= 2020 && y <= 2026);
    if (within.length > 0) out.all = (out.all ?? 0) + people;
    for (const y of within) out[y] = (out[y] ?? 0) + people;
  }
  return out;
}

const figures = async () => ({
  programme: await computeProgrammeDashboard(actors.staff),
  gedsi: await computeGedsiDashboard(actors.staff),
  donor: await computeProgrammeDashboard(actors.donorDfat),
});

beforeAll(async () => {
  actors = await seedDemo();
  // A third programme, which activities move into at random: groups of two programmes out
  // of three are roll-ups that no kept scope holds as such.
  await db().programme.create({
    data: { code: "THIRD", title: "Third programme", region: "Global", startDate: new Date("2020-01-01"), endDate: new Date("2027-12-31"), status: "ACTIVE", budgetCurrency: "CHF" },
  });
});

describe("dashboard aggregates", () => {
  it("hold the demo data as a rebuild would", async () => {
    expect(await db().dashboardPersonDay.count()).toBeGreaterThan(0);
    expect((await dashboardAggregatesDrift()).differing).toBe(0);
    const { kept, general } = await keptAndGeneral();
    expect(kept[0]).toMatchObject({ reach: { people: expect.any(Number) } });
    expect((kept[0] as { reach: { people: number } }).reach.people).toBeGreaterThan(0);
    expect(kept).toEqual(general);
  });

  it("stay right when two transactions change the same people at once, in opposite orders", async () => {
    // Two people, each with two participations (two activities): each transaction changes
    // one of each person's, the first a then b, the second b then a, and they overlap.
    const rows = await db().participation.findMany({ where: { role: { not: "TRAINER" } }, select: { id: true, participantId: true, attendance: true }, orderBy: { id: "asc" } });
    const byPerson = groupBy(rows, (r) => r.participantId);
    const [a, b] = [...byPerson.values()].filter((own) => own.length >= 2);
    expect(a && b).toBeTruthy();
    const flip = (row: { id: string; attendance: Attendance }) =>
      ({ where: { id: row.id }, data: { attendance: row.attendance === "ATTENDED" ? "NO_SHOW" : "ATTENDED", version: { increment: 1 } } }) as const;
    let release = () => {};
    const secondWrote = new Promise<void>((resolve) => (release = resolve));
    await Promise.all([
      db().$transaction(async (tx) => {
        await tx.participation.update(flip(a![0]!));
        await secondWrote;
        await tx.participation.update(flip(b![0]!));
      }),
      db().$transaction(async (tx) => {
        await tx.participation.update(flip(b![1]!));
        await tx.participation.update(flip(a![1]!));
        release();
      }),
    ]);
    expect((await dashboardAggregatesDrift()).differing).toBe(0);
  });

  it("stay equal to a rebuild from the raw rows after a few hundred random writes of every kind", async () => {
    const rng = random(16);
    const done = new Map<string, number>();
    for (let step = 1; step <= 300; step++) {
      const kind = await randomWrite(rng);
      done.set(kind, (done.get(kind) ?? 0) + 1);
      if (step % 50 === 0) {
        expect((await dashboardAggregatesDrift()).differing, `after step ${step}`).toBe(0);
        const { kept, general } = await keptAndGeneral();
        expect(kept, `after step ${step}`).toEqual(general);
      }
    }
    expect([...done.keys()].sort()).toEqual(["activity", "add", "archive", "attendance", "delete activity", "erase", "funding", "merge", "person", "remove"]);
    // People of groups of programmes (Action Plan roll-ups): each one, all, and all but each one.
    await db().programme.updateMany({ where: { archived: true }, data: { archived: false } });
    const live = (await db().programme.findMany({ where: { archived: false }, select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
    const groups = [live, ...live.map((id) => [id]), ...live.map((id) => live.filter((other) => other !== id))];
    let answered = 0;
    for (const group of groups) {
      const kept = await keptPeople(group);
      if (kept === null) continue;
      answered++;
      expect(kept, `${group.length} programme(s)`).toEqual(await rawPeople(group));
    }
    expect(answered).toBeGreaterThan(live.length);

    const drift = await dashboardAggregatesDrift();
    expect(drift.differing).toBe(0);
    expect(drift.kept).toBe(drift.rebuilt);

    const plan = await planValuesTwoWays();
    expect(plan.length).toBeGreaterThan(10);
    for (const [what, shown, defined] of plan) expect(shown, what).toBe(defined);

    const before = await figures();
    expect(await rebuildDashboardAggregates()).toBe(drift.rebuilt);
    expect(await figures()).toEqual(before);
  }, 240_000);
});
