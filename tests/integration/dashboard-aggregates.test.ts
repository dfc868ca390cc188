import { beforeAll, describe, expect, it } from "vitest";
import type { ActivityType, AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { mergeParticipants } from "@/server/participants/mutations";
import { eraseParticipant } from "@/server/participants/privacy";
import { dashboardAggregatesDrift, rebuildDashboardAggregates } from "@/server/dashboards/aggregates";
import { computeProgrammeDashboard } from "@/server/dashboards/programme";
import { computeGedsiDashboard } from "@/server/dashboards/gedsi";
import { seedDemo, type DemoActors } from "../support/actors";

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
  const [activities, people, programmes] = await Promise.all([
    db().activity.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db().participant.findMany({ select: { id: true, version: true, organizationId: true, erasedAt: true }, orderBy: { id: "asc" } }),
    db().programme.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
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
  if (roll < 0.97) {
    const activity = rng.pick(activities);
    const start = new Date(Date.UTC(2022 + Math.floor(rng.next() * 4), Math.floor(rng.next() * 12), 1 + Math.floor(rng.next() * 28)));
    await db().activity.update({
      where: { id: activity.id },
      data: { startDate: start, endDate: start, type: rng.pick(TYPES), ...(rng.next() < 0.3 ? { programmeId: rng.pick(programmes).id } : {}), version: { increment: 1 } },
    });
    return "activity";
  }
  await db().activity.delete({ where: { id: rng.pick(activities).id } });
  return "delete activity";
}

const figures = async () => ({
  programme: await computeProgrammeDashboard(actors.staff),
  gedsi: await computeGedsiDashboard(actors.staff),
  donor: await computeProgrammeDashboard(actors.donorDfat),
});

beforeAll(async () => {
  actors = await seedDemo();
});

describe("dashboard aggregates", () => {
  it("hold the demo data as a rebuild would", async () => {
    expect(await db().dashboardPersonDay.count()).toBeGreaterThan(0);
    expect((await dashboardAggregatesDrift()).differing).toBe(0);
  });

  it("stay equal to a rebuild from the raw rows after a few hundred random writes of every kind", async () => {
    const rng = random(16);
    const done = new Map<string, number>();
    for (let step = 1; step <= 300; step++) {
      const kind = await randomWrite(rng);
      done.set(kind, (done.get(kind) ?? 0) + 1);
      if (step % 50 === 0) expect((await dashboardAggregatesDrift()).differing, `after step ${step}`).toBe(0);
    }
    expect([...done.keys()].sort()).toEqual(["activity", "add", "attendance", "delete activity", "erase", "merge", "person", "remove"]);
    const drift = await dashboardAggregatesDrift();
    expect(drift.differing).toBe(0);
    expect(drift.kept).toBe(drift.rebuilt);

    const before = await figures();
    expect(await rebuildDashboardAggregates()).toBe(drift.rebuilt);
    expect(await figures()).toEqual(before);
  }, 240_000);
});
