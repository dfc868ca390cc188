import { beforeAll, describe, expect, it } from "vitest";
import { getProgramme, listProgrammes, programmeFilterOptions } from "@/server/programmes/queries";
import { NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
beforeAll(async () => {
  actors = await seedDemo();
});

const codes = async (actor: DemoActors[keyof DemoActors], filters = {}) =>
  (await listProgrammes(actor, filters)).rows.map((p) => p.code).sort();

describe("listProgrammes", () => {
  it("shows staff every programme, a focal point their NSB's, a donor the ones it funds", async () => {
    const all = (await db().programme.findMany({ select: { code: true } })).map((p) => p.code).sort();
    expect(all).toEqual(expect.arrayContaining(["CET-SEA", "AP-AFR-EAST"]));
    expect(await codes(actors.admin)).toEqual(all);
    expect(await codes(actors.staff)).toEqual(all);
    expect(await codes(actors.focalBsn)).toEqual(["CET-SEA"]);
    expect(await codes(actors.donorDfat)).toEqual(["CET-SEA"]);
    expect(await codes(actors.donorSida)).not.toContain("CET-SEA");
  });

  it("searches, filters and paginates", async () => {
    expect(await codes(actors.staff, { q: "critical and emerging" })).toEqual(["CET-SEA"]);
    expect(await codes(actors.staff, { q: "no such programme" })).toEqual([]);
    expect(await codes(actors.staff, { status: "CLOSED" })).toContain("CET-SEA");
    expect(await codes(actors.staff, { status: "CLOSED" })).not.toContain("AP-AFR-EAST");
    const dfat = await db().organization.findFirstOrThrow({ where: { acronym: "DFAT" } });
    expect(await codes(actors.staff, { donorId: dfat.id })).toEqual(["CET-SEA"]);
    const kebs = await db().organization.findFirstOrThrow({ where: { acronym: "KEBS" } });
    expect(await codes(actors.staff, { nsbId: kebs.id })).toEqual(["AP-AFR-EAST"]);
    const page = await listProgrammes(actors.staff, { page: 1 });
    expect(page.total).toBe((await db().programme.count({ where: { archived: false } })));
    expect(page.pageCount).toBe(1);
  });

  it("offers only filter values within the caller's scope", async () => {
    const options = await programmeFilterOptions(actors.donorDfat);
    expect(options.donors.map((d) => d.acronym)).toEqual(["DFAT"]);
    expect(options.nsbs.map((n) => n.acronym)).not.toContain("KEBS");
  });
});

describe("getProgramme", () => {
  it("returns the programme with its seven NSBs, donor and activities", async () => {
    const cet = await programmeByCode("CET-SEA");
    const programme = await getProgramme(actors.donorDfat, cet.id);
    expect(programme.beneficiaries.map((b) => b.organization.acronym).sort()).toEqual(["BPS", "BSN", "DOSM", "DSM", "ISC", "STAMEQ", "TISI"]);
    expect(programme.fundings.map((f) => f.donor.acronym)).toEqual(["DFAT"]);
    expect(programme.activities.some((a) => a.title.includes("JTC 1"))).toBe(true);
  });

  it("answers not found for a programme outside the caller's scope", async () => {
    const cet = await programmeByCode("CET-SEA");
    const africa = await programmeByCode("AP-AFR-EAST");
    await expect(getProgramme(actors.donorSida, cet.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProgramme(actors.focalBsn, africa.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProgramme(actors.staff, "does-not-exist")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a focal point only the activities that target their NSB", async () => {
    const cet = await programmeByCode("CET-SEA");
    const bsn = await db().organization.findFirstOrThrow({ where: { acronym: "BSN" } });
    const programme = await getProgramme(actors.focalBsn, cet.id);
    const targeting = await db().activity.count({ where: { programmeId: cet.id, targetNsbs: { some: { organizationId: bsn.id } } } });
    expect(programme.activities).toHaveLength(targeting);
  });

  it("counts each activity's registrations and, beside them, those who attended fully or partly", async () => {
    const cet = await programmeByCode("CET-SEA");
    const programme = await getProgramme(actors.staff, cet.id);
    const counts = await Promise.all(
      programme.activities.map(async (a) => ({
        registered: await db().participation.count({ where: { activityId: a.id } }),
        attended: await db().participation.count({ where: { activityId: a.id, attendance: { in: ["ATTENDED", "PARTIAL"] } } }),
      })),
    );
    expect(programme.activities.map((a) => ({ registered: a._count.participations, attended: a.attended }))).toEqual(counts);
    // The seed has registrations that were not attended, so the two differ somewhere.
    expect(counts.some((c) => c.attended > 0 && c.attended < c.registered)).toBe(true);
  });
});
