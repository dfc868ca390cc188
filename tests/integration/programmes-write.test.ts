import { beforeAll, describe, expect, it } from "vitest";
import {
  archiveProgramme,
  closeProgramme,
  createProgramme,
  reopenProgramme,
  restoreProgramme,
  updateProgramme,
} from "@/server/programmes/mutations";
import { programmeFormOptions } from "@/server/programmes/options";
import { getProgramme, listProgrammes } from "@/server/programmes/queries";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ProgrammeInput } from "@/domain/programmes/schema";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
const org = async (acronym: string) => (await db().organization.findFirstOrThrow({ where: { acronym } })).id;
let ids: Record<string, string>;
let areaIds: { o1: string; o11: string; goal: string };

beforeAll(async () => {
  actors = await seedDemo();
  ids = Object.fromEntries(await Promise.all(["BSN", "TISI", "KEBS", "DFAT", "Sida", "ITC"].map(async (a) => [a, await org(a)] as const)));
  const area = (code: string) => db().resultArea.findFirstOrThrow({ where: { code, actionPlan: { startYear: 2021 } } });
  areaIds = { o1: (await area("O1")).id, o11: (await area("O1.1")).id, goal: (await area("G")).id };
});

let counter = 0;
function input(overrides: Partial<ProgrammeInput> = {}): ProgrammeInput {
  counter += 1;
  return {
    code: `TEST-${counter}`,
    title: `Test programme ${counter}`,
    summary: "A programme for tests.",
    objectives: "",
    region: "South-eastern Asia",
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    status: "PLANNED",
    budgetAmount: "250000",
    budgetCurrency: "CHF",
    nsbIds: [ids.BSN!, ids.TISI!],
    fundings: [{ donorId: ids.DFAT!, amount: "200000", currency: "AUD" }],
    resultAreaIds: [areaIds.o1, areaIds.o11],
    ...overrides,
  };
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

const auditCount = (entityId?: string) => db().auditEvent.count({ where: { entityType: "Programme", ...(entityId ? { entityId } : {}) } });

describe("createProgramme", () => {
  it("lets staff and admins create a programme with its NSBs, funding and results, audited", async () => {
    for (const actor of [actors.staff, actors.admin]) {
      const data = input();
      const { id } = await createProgramme(actor, data);
      const programme = await getProgramme(actor, id);
      expect(programme.code).toBe(data.code);
      expect(programme.budgetAmount?.toString()).toBe("250000");
      expect(programme.beneficiaries.map((b) => b.organization.acronym).sort()).toEqual(["BSN", "TISI"]);
      expect(programme.fundings.map((f) => [f.donor.acronym, f.amount.toString(), f.currency])).toEqual([["DFAT", "200000", "AUD"]]);
      expect(programme.resultAreas.map((r) => r.resultArea.code).sort()).toEqual(["O1", "O1.1"]);
      const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Programme", entityId: id } });
      expect(audit.action).toBe("CREATE");
      expect(audit.actorId).toBe(actor.id);
      expect(audit.before).toBeNull();
      const after = audit.after as { code: string; beneficiaries: { acronym: string }[]; fundings: { donor: string }[]; resultAreas: { code: string }[] };
      expect(after.code).toBe(data.code);
      expect(after.beneficiaries.map((b) => b.acronym)).toEqual(["BSN", "TISI"]);
      expect(after.fundings.map((f) => f.donor)).toEqual(["DFAT"]);
      expect(after.resultAreas.map((r) => r.code)).toEqual(["O1", "O1.1"]);
    }
  });

  it("upper-cases the code and the currency", async () => {
    const { id } = await createProgramme(actors.staff, input({ code: "lower-case-1", budgetCurrency: "eur" }));
    const row = await db().programme.findUniqueOrThrow({ where: { id } });
    expect([row.code, row.budgetCurrency]).toEqual(["LOWER-CASE-1", "EUR"]);
  });

  it("refuses focal points and donors, and writes nothing", async () => {
    const before = [await db().programme.count(), await auditCount()];
    for (const actor of [actors.focalBsn, actors.focalTisi, actors.donorDfat, actors.donorSida]) {
      await expect(createProgramme(actor, input())).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect([await db().programme.count(), await auditCount()]).toEqual(before);
  });

  it("gives field errors for bad dates, money, currency, status, lengths and codes", async () => {
    const errors = await fieldErrorsOf(
      createProgramme(
        actors.staff,
        input({
          code: "bad code!",
          title: "x".repeat(10_000),
          endDate: "2025-06-01",
          budgetAmount: "-5",
          budgetCurrency: "XYZ",
          status: "FINISHED" as never,
          fundings: [{ donorId: ids.DFAT!, amount: -1, currency: "dollars" }],
        }),
      ),
    );
    expect(Object.keys(errors).sort()).toEqual(["budgetAmount", "budgetCurrency", "code", "endDate", "fundings.0.amount", "fundings.0.currency", "status", "title"]);
    expect(errors.endDate).toEqual(["The end date must be after the start date."]);
    expect(errors.budgetAmount).toEqual(["Enter an amount of 0 or more."]);
    expect(errors.budgetCurrency).toEqual(["This is not an ISO 4217 currency code."]);
    expect(errors.title?.[0]).toMatch(/200 characters/);
    expect(await db().programme.count({ where: { title: "x".repeat(10_000) } })).toBe(0);
  });

  it("gives field errors for missing fields, impossible dates and a text amount", async () => {
    const errors = await fieldErrorsOf(createProgramme(actors.staff, input({ code: "", title: "  ", startDate: "2026-02-30", budgetAmount: "lots" })));
    expect(errors.code).toEqual(["Enter a code."]);
    expect(errors.title).toEqual(["Enter a title."]);
    expect(errors.startDate).toEqual(["This date does not exist."]);
    expect(errors.budgetAmount?.[0]).toMatch(/number/);
  });

  it("refuses a code already in use", async () => {
    const errors = await fieldErrorsOf(createProgramme(actors.staff, input({ code: "CET-SEA" })));
    expect(errors.code).toEqual(["Another programme already uses this code."]);
  });

  it("accepts only NSBs as beneficiaries, donors as funders (once each) and current outcomes or outputs", async () => {
    const errors = await fieldErrorsOf(
      createProgramme(
        actors.staff,
        input({
          nsbIds: [ids.BSN!, ids.DFAT!],
          fundings: [
            { donorId: ids.ITC!, amount: 1, currency: "CHF" },
            { donorId: ids.Sida!, amount: 1, currency: "SEK" },
          ],
          resultAreaIds: [areaIds.goal],
        }),
      ),
    );
    expect(errors.nsbIds).toBeDefined();
    expect(errors["fundings.0.donorId"]).toEqual(["Choose a donor from the list."]);
    expect(errors["fundings.1.donorId"]).toBeUndefined();
    expect(errors.resultAreaIds).toBeDefined();
    const twice = await fieldErrorsOf(
      createProgramme(actors.staff, input({ fundings: [{ donorId: ids.Sida!, amount: 1, currency: "SEK" }, { donorId: ids.Sida!, amount: 2, currency: "SEK" }] })),
    );
    expect(twice["fundings.1.donorId"]?.[0]).toMatch(/listed twice/);
  });
});

describe("updateProgramme", () => {
  it("replaces the lists in the same transaction and audits before and after", async () => {
    const { id } = await createProgramme(actors.staff, input());
    const result = await updateProgramme(actors.admin, id, {
      ...input({ code: "TEST-UPDATED", title: "Updated title" }),
      nsbIds: [ids.KEBS!],
      fundings: [{ donorId: ids.Sida!, amount: "1000.50", currency: "SEK" }],
      resultAreaIds: [areaIds.o11],
      version: 1,
    });
    expect(result.version).toBe(2);
    const programme = await getProgramme(actors.staff, id);
    expect(programme.title).toBe("Updated title");
    expect(programme.version).toBe(2);
    expect(programme.beneficiaries.map((b) => b.organization.acronym)).toEqual(["KEBS"]);
    expect(programme.fundings.map((f) => [f.donor.acronym, f.amount.toString(), f.currency])).toEqual([["Sida", "1000.5", "SEK"]]);
    expect(programme.resultAreas.map((r) => r.resultArea.code)).toEqual(["O1.1"]);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Programme", entityId: id, action: "UPDATE" } });
    expect(audit.actorId).toBe(actors.admin.id);
    const before = audit.before as { title: string; version: number; beneficiaries: { acronym: string }[]; fundings: { donor: string }[] };
    const after = audit.after as { title: string; version: number; beneficiaries: { acronym: string }[]; fundings: { donor: string; amount: string }[] };
    expect([before.title, before.version]).toEqual([expect.stringMatching(/^Test programme/), 1]);
    expect([after.title, after.version]).toEqual(["Updated title", 2]);
    expect(before.beneficiaries.map((b) => b.acronym)).toEqual(["BSN", "TISI"]);
    expect(after.beneficiaries.map((b) => b.acronym)).toEqual(["KEBS"]);
    expect(before.fundings.map((f) => f.donor)).toEqual(["DFAT"]);
    expect(after.fundings).toEqual([expect.objectContaining({ donor: "Sida", amount: "1000.5" })]);
  });

  it("refuses a stale version with who changed it, and changes nothing", async () => {
    const { id } = await createProgramme(actors.staff, input());
    await updateProgramme(actors.admin, id, { ...input({ title: "First save" }), version: 1 });
    const events = await auditCount(id);
    const error = await updateProgramme(actors.staff, id, { ...input({ title: "Second save" }), nsbIds: [ids.KEBS!], version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changedBy).toBe(actors.admin.name);
    expect((error as ConflictError).current.title).toBe("First save");
    const programme = await getProgramme(actors.staff, id);
    expect(programme.title).toBe("First save");
    expect(programme.beneficiaries.map((b) => b.organization.acronym).sort()).toEqual(["BSN", "TISI"]);
    expect(await auditCount(id)).toBe(events);
  });

  it("lets only one of two simultaneous saves of the same version through", async () => {
    const { id } = await createProgramme(actors.staff, input());
    const results = await Promise.allSettled([
      updateProgramme(actors.staff, id, { ...input({ title: "Racer A" }), version: 1 }),
      updateProgramme(actors.admin, id, { ...input({ title: "Racer B" }), version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect((await db().programme.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    expect(await auditCount(id)).toBe(2);
  });

  it("refuses focal points and donors, and changes nothing", async () => {
    const cet = await programmeByCode("CET-SEA");
    for (const actor of [actors.focalBsn, actors.donorDfat]) {
      await expect(updateProgramme(actor, cet.id, { ...input({ title: "Hijacked" }), version: cet.version })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const after = await programmeByCode("CET-SEA");
    expect([after.title, after.version]).toEqual([cet.title, cet.version]);
  });

  it("answers not found for an unknown programme", async () => {
    await expect(updateProgramme(actors.staff, "no-such-id", { ...input(), version: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rolls the change back when its audit event cannot be written", async () => {
    const { id } = await createProgramme(actors.staff, input());
    const ghost: Actor = { ...actors.staff, id: "user-that-does-not-exist" };
    await expect(updateProgramme(ghost, id, { ...input({ title: "Unaudited" }), nsbIds: [], version: 1 })).rejects.toThrow();
    const programme = await getProgramme(actors.staff, id);
    expect([programme.title.startsWith("Test programme"), programme.version, programme.beneficiaries.length]).toEqual([true, 1, 2]);
  });
});

describe("close, reopen, archive, restore", () => {
  it("closes and reopens, refusing repeats and stale versions", async () => {
    const { id } = await createProgramme(actors.staff, input({ status: "ACTIVE" }));
    await closeProgramme(actors.staff, id, 1);
    expect((await db().programme.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
    await expect(closeProgramme(actors.staff, id, 2)).rejects.toBeInstanceOf(DomainValidationError);
    await expect(reopenProgramme(actors.staff, id, 1)).rejects.toBeInstanceOf(ConflictError);
    await reopenProgramme(actors.staff, id, 2);
    const row = await db().programme.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.version]).toEqual(["ACTIVE", 3]);
    const events = await db().auditEvent.findMany({ where: { entityType: "Programme", entityId: id, action: "UPDATE" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [(e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ["ACTIVE", "CLOSED"],
      ["CLOSED", "ACTIVE"],
    ]);
  });

  it("archives (hidden from the list, no longer editable) and restores", async () => {
    const data = input();
    const { id } = await createProgramme(actors.staff, data);
    await archiveProgramme(actors.admin, id, 1);
    expect((await listProgrammes(actors.staff, { q: data.code })).rows).toHaveLength(0);
    expect((await listProgrammes(actors.staff, { q: data.code, includeArchived: true })).rows).toHaveLength(1);
    const errors = await updateProgramme(actors.staff, id, { ...data, version: 2 }).catch((e: unknown) => e);
    expect(errors).toBeInstanceOf(DomainValidationError);
    await restoreProgramme(actors.admin, id, 2);
    expect((await listProgrammes(actors.staff, { q: data.code })).rows).toHaveLength(1);
    expect(await auditCount(id)).toBe(3);
  });

  it("refuses focal points and donors, and changes nothing", async () => {
    const cet = await programmeByCode("CET-SEA");
    for (const actor of [actors.focalTisi, actors.donorDfat]) {
      await expect(reopenProgramme(actor, cet.id, cet.version)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(archiveProgramme(actor, cet.id, cet.version)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const after = await programmeByCode("CET-SEA");
    expect([after.status, after.archived, after.version]).toEqual([cet.status, cet.archived, cet.version]);
  });
});

describe("programmeFormOptions", () => {
  it("offers NSBs, donors and current outcomes and outputs to staff only", async () => {
    const options = await programmeFormOptions(actors.staff);
    expect(options.nsbs.map((n) => n.acronym)).toEqual(expect.arrayContaining(["BSN", "KEBS", "TISI"]));
    expect(options.nsbs.map((n) => n.acronym)).not.toContain("DFAT");
    expect(options.donors.map((d) => d.acronym)).toEqual(["DFAT", "Sida"]);
    const levels = new Set(options.resultAreaGroups.flatMap((g) => g.areas.map((a) => a.level)));
    expect([...levels].sort()).toEqual(["OUTCOME", "OUTPUT"]);
    expect(options.currencies).toContain("CHF");
    await expect(programmeFormOptions(actors.focalBsn)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(programmeFormOptions(actors.donorSida)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
