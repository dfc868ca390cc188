import { beforeAll, describe, expect, it } from "vitest";
import { activityFilterOptions, activityFormOptions, getActivity, listActivities } from "@/server/activities/queries";
import { cancelActivity, createActivity, duplicateActivity, updateActivity } from "@/server/activities/mutations";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ActivityInput } from "@/domain/activities/schema";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let cet: { id: string };
let africa: { id: string };
const org: Record<string, string> = {};
let o11: string;
let o12: string;

beforeAll(async () => {
  actors = await seedDemo();
  cet = await programmeByCode("CET-SEA");
  africa = await programmeByCode("AP-AFR-EAST");
  for (const o of await db().organization.findMany({ select: { id: true, acronym: true } })) org[o.acronym] = o.id;
  const area = (code: string) => db().resultArea.findFirstOrThrow({ where: { code, actionPlan: { startYear: 2021 } } });
  o11 = (await area("O1.1")).id;
  o12 = (await area("O1.2")).id; // served by the East Africa programme, not by CET
});

let counter = 0;
function input(overrides: Partial<ActivityInput> = {}): ActivityInput {
  counter += 1;
  return {
    programmeId: cet.id,
    resultAreaId: o11,
    title: `Test activity ${counter}`,
    description: "Made by a test.",
    type: "WORKSHOP",
    level: "REGIONAL",
    modality: "HYBRID",
    status: "PLANNED",
    startDate: "2026-03-10",
    endDate: "2026-03-12",
    venueCity: "Jakarta",
    venueCountryCode: "ID",
    topics: " CET,  NSS , cet, ",
    budgetAmount: "15000",
    actualCost: "",
    currency: "AUD",
    targetNsbIds: [org.BSN!, org.TISI!],
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

const titles = async (actor: Actor, filters = {}) => (await listActivities(actor, filters)).rows.map((a) => a.title);
const auditCount = (entityId?: string) => db().auditEvent.count({ where: { entityType: "Activity", ...(entityId ? { entityId } : {}) } });

describe("listActivities", () => {
  it("shows staff every activity, a focal point those targeting their NSB, a donor those it funds", async () => {
    const total = await db().activity.count();
    expect((await listActivities(actors.staff)).total).toBe(total);
    const bsnTargets = await db().activity.count({ where: { programmeId: cet.id, targetNsbs: { some: { organizationId: org.BSN! } } } });
    expect((await listActivities(actors.focalBsn)).total).toBe(bsnTargets);
    const dfat = await listActivities(actors.donorDfat);
    expect(dfat.total).toBe(await db().activity.count({ where: { programmeId: cet.id } }));
    expect(dfat.rows.every((a) => a.programme.code === "CET-SEA")).toBe(true);
    const sida = await listActivities(actors.donorSida);
    expect(sida.rows.every((a) => a.programme.code === "AP-AFR-EAST")).toBe(true);
    expect(sida.total).toBeGreaterThan(0);
  });

  it("searches, filters by programme, status, type, level, modality, NSB and dates, and sorts", async () => {
    expect(await titles(actors.staff, { q: "jtc 1 PLENARY" })).toEqual(["Workshop before the ISO/IEC JTC 1 plenary, Berlin"]);
    expect(await titles(actors.staff, { q: "no such activity" })).toEqual([]);
    expect(await titles(actors.staff, { q: "Berlin" })).toEqual(["Workshop before the ISO/IEC JTC 1 plenary, Berlin"]);
    expect(await titles(actors.staff, { q: "GSP" })).toContain("Good Standardization Practices (GSP) training");
    const cancelled = await listActivities(actors.staff, { status: "CANCELLED", programmeId: cet.id });
    expect(cancelled.rows.map((a) => a.title)).toEqual(["Good Standardization Practices (GSP) training"]);
    expect((await listActivities(actors.staff, { type: "WEBINAR" })).rows.every((a) => a.type === "WEBINAR")).toBe(true);
    expect((await listActivities(actors.staff, { level: "INTERNATIONAL" })).rows.every((a) => a.level === "INTERNATIONAL")).toBe(true);
    expect((await listActivities(actors.staff, { modality: "IN_PERSON" })).rows.every((a) => a.modality === "IN_PERSON")).toBe(true);
    const kebs = await listActivities(actors.staff, { nsbId: org.KEBS! });
    expect(kebs.total).toBeGreaterThan(0);
    expect(kebs.rows.every((a) => a.programme.code === "AP-AFR-EAST")).toBe(true);
    expect(await titles(actors.staff, { from: "2023-11-01", to: "2023-11-30" })).toEqual(["Workshop before the ISO/IEC JTC 1 plenary, Berlin"]);
    const byTitle = await titles(actors.staff, { programmeId: cet.id, sort: "title" });
    expect(byTitle).toEqual([...byTitle].sort()); // the database orders by code point
    const byDate = (await listActivities(actors.staff, { programmeId: cet.id, sort: "startDate" })).rows.map((a) => a.startDate.getTime());
    expect(byDate).toEqual([...byDate].sort((a, b) => a - b));
  });

  it("offers filter values within the caller's scope", async () => {
    const options = await activityFilterOptions(actors.donorSida);
    expect(options.programmes.map((p) => p.code)).toEqual(["AP-AFR-EAST"]);
    expect(options.nsbs.map((n) => n.acronym)).not.toContain("BSN");
    expect((await activityFilterOptions(actors.focalBsn)).nsbs.map((n) => n.acronym)).toEqual(["BSN"]);
  });
});

describe("getActivity", () => {
  it("answers not found outside the caller's scope", async () => {
    const cetActivity = await db().activity.findFirstOrThrow({ where: { programmeId: cet.id } });
    const africaActivity = await db().activity.findFirstOrThrow({ where: { programmeId: africa.id } });
    expect((await getActivity(actors.donorDfat, cetActivity.id)).title).toBe(cetActivity.title);
    await expect(getActivity(actors.donorSida, cetActivity.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActivity(actors.focalBsn, africaActivity.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActivity(actors.staff, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
    // A CET activity for TISI only: TISI's focal point sees it, BSN's does not.
    const { id } = await createActivity(actors.staff, input({ targetNsbIds: [org.TISI!] }));
    expect((await getActivity(actors.focalTisi, id)).id).toBe(id);
    await expect(getActivity(actors.focalBsn, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("createActivity", () => {
  it("lets staff create an activity with cleaned topics and its target NSBs, audited", async () => {
    const data = input();
    const { id } = await createActivity(actors.admin, data);
    const activity = await getActivity(actors.staff, id);
    expect(activity.title).toBe(data.title);
    expect(activity.topics).toEqual(["CET", "NSS"]);
    expect(activity.actualCost).toBeNull();
    expect(activity.budgetAmount?.toString()).toBe("15000");
    expect(activity.targetNsbs.map((t) => t.organization.acronym)).toEqual(["BSN", "TISI"]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Activity", entityId: id } });
    expect([audit.action, audit.actorId, audit.before]).toEqual(["CREATE", actors.admin.id, null]);
    const after = audit.after as { title: string; topics: string[]; targetNsbs: { acronym: string }[] };
    expect(after.title).toBe(data.title);
    expect(after.topics).toEqual(["CET", "NSS"]);
    expect(after.targetNsbs.map((t) => t.acronym)).toEqual(["BSN", "TISI"]);
  });

  it("refuses focal points and donors, and writes nothing", async () => {
    const before = [await db().activity.count(), await auditCount()];
    for (const actor of [actors.focalBsn, actors.focalTisi, actors.donorDfat, actors.donorSida]) {
      await expect(createActivity(actor, input())).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect([await db().activity.count(), await auditCount()]).toEqual(before);
  });

  it("gives field errors for bad dates, money, currency, enums and lengths", async () => {
    const errors = await fieldErrorsOf(
      createActivity(
        actors.staff,
        input({
          title: "x".repeat(10_000),
          startDate: "2026-03-12",
          endDate: "2026-03-10",
          budgetAmount: -100,
          actualCost: "-1",
          currency: "EURO",
          type: "PARTY" as never,
          modality: "" as never,
          topics: `CET, ${"y".repeat(41)}`,
        }),
      ),
    );
    expect(Object.keys(errors).sort()).toEqual(["actualCost", "budgetAmount", "currency", "endDate", "modality", "title", "topics", "type"]);
    expect(errors.endDate).toEqual(["The end date cannot be before the start date."]);
    expect(errors.budgetAmount).toEqual(["Enter an amount of 0 or more."]);
    expect(errors.type).toEqual(["Choose a type from the list."]);
    expect(errors.topics?.[0]).toMatch(/40 characters/);
    const many = await fieldErrorsOf(createActivity(actors.staff, input({ topics: Array.from({ length: 21 }, (_, i) => `T${i}`).join(",") })));
    expect(many.topics).toEqual(["Use at most 20 topics."]);
    expect(await db().activity.count({ where: { title: "x".repeat(10_000) } })).toBe(0);
  });

  it("accepts a one-day activity", async () => {
    const { id } = await createActivity(actors.staff, input({ startDate: "2026-05-05", endDate: "2026-05-05" }));
    expect((await getActivity(actors.staff, id)).endDate.toISOString().slice(0, 10)).toBe("2026-05-05");
  });

  it("allows only the programme's beneficiary NSBs as targets, its own results and real countries", async () => {
    const errors = await fieldErrorsOf(createActivity(actors.staff, input({ targetNsbIds: [org.BSN!, org.KEBS!], resultAreaId: o12, venueCountryCode: "XX" })));
    expect(errors.targetNsbIds?.[0]).toMatch(/beneficiary NSBs.*KEBS/);
    expect(errors.resultAreaId).toEqual(["Choose an outcome or output this programme serves."]);
    expect(errors.venueCountryCode).toEqual(["Choose a country from the list."]);
    const unknown = await fieldErrorsOf(createActivity(actors.staff, input({ programmeId: "no-such-programme" })));
    expect(unknown.programmeId).toBeDefined();
  });
});

describe("updateActivity", () => {
  it("saves the fields and the target NSBs, audited before and after", async () => {
    const { id } = await createActivity(actors.staff, input());
    const result = await updateActivity(actors.admin, id, { ...input({ title: "Renamed", targetNsbIds: [org.DSM!], actualCost: "900.25" }), version: 1 });
    expect(result.version).toBe(2);
    const activity = await getActivity(actors.staff, id);
    expect([activity.title, activity.version, activity.actualCost?.toString()]).toEqual(["Renamed", 2, "900.25"]);
    expect(activity.targetNsbs.map((t) => t.organization.acronym)).toEqual(["DSM"]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Activity", entityId: id, action: "UPDATE" } });
    const before = audit.before as { title: string; targetNsbs: { acronym: string }[] };
    const after = audit.after as { title: string; targetNsbs: { acronym: string }[] };
    expect(before.title).toMatch(/^Test activity/);
    expect(after.title).toBe("Renamed");
    expect(before.targetNsbs.map((t) => t.acronym)).toEqual(["BSN", "TISI"]);
    expect(after.targetNsbs.map((t) => t.acronym)).toEqual(["DSM"]);
  });

  it("refuses a stale version and keeps the first save", async () => {
    const { id } = await createActivity(actors.staff, input());
    await updateActivity(actors.staff, id, { ...input({ title: "First save" }), version: 1 });
    const events = await auditCount(id);
    const error = await updateActivity(actors.admin, id, { ...input({ title: "Second save" }), version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changedBy).toBe(actors.staff.name);
    expect((error as ConflictError).current.title).toBe("First save");
    expect((await getActivity(actors.staff, id)).title).toBe("First save");
    expect(await auditCount(id)).toBe(events);
  });

  it("refuses focal points and donors, and changes nothing", async () => {
    const { id } = await createActivity(actors.staff, input());
    for (const actor of [actors.focalBsn, actors.donorDfat]) {
      await expect(updateActivity(actor, id, { ...input({ title: "Hijacked" }), version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const row = await db().activity.findUniqueOrThrow({ where: { id } });
    expect([row.title.startsWith("Test activity"), row.version]).toEqual([true, 1]);
  });

  it("rolls the change back when its audit event cannot be written", async () => {
    const { id } = await createActivity(actors.staff, input());
    const ghost: Actor = { ...actors.staff, id: "user-that-does-not-exist" };
    await expect(updateActivity(ghost, id, { ...input({ title: "Unaudited", targetNsbIds: [] }), version: 1 })).rejects.toThrow();
    const activity = await getActivity(actors.staff, id);
    expect([activity.title.startsWith("Test activity"), activity.version, activity.targetNsbs.length]).toEqual([true, 1, 2]);
  });
});

describe("cancelActivity", () => {
  it("marks the activity cancelled, audited, and refuses repeats and stale versions", async () => {
    const { id } = await createActivity(actors.staff, input());
    await expect(cancelActivity(actors.focalBsn, id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelActivity(actors.donorDfat, id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().activity.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNED");
    await cancelActivity(actors.staff, id, 1);
    const row = await db().activity.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.version]).toEqual(["CANCELLED", 2]);
    await expect(cancelActivity(actors.staff, id, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(cancelActivity(actors.staff, id, 2)).rejects.toBeInstanceOf(DomainValidationError);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Activity", entityId: id, action: "UPDATE" } });
    expect([(audit.before as { status: string }).status, (audit.after as { status: string }).status]).toEqual(["PLANNED", "CANCELLED"]);
  });
});

describe("duplicateActivity", () => {
  it("copies a completed activity as planned, with its target NSBs and without participants", async () => {
    const source = await db().activity.findFirstOrThrow({
      where: { programmeId: cet.id, title: "Training on national adoptions of ISO standards for CET" },
      include: { targetNsbs: true, _count: { select: { participations: true } } },
    });
    expect(source._count.participations).toBeGreaterThan(0);
    const { id } = await duplicateActivity(actors.staff, source.id);
    const copy = await getActivity(actors.staff, id);
    expect(copy.title).toBe(`Copy of ${source.title}`);
    expect([copy.status, copy.type, copy.programme.id, copy.actualCost]).toEqual(["PLANNED", source.type, cet.id, null]);
    expect(copy.topics).toEqual(source.topics);
    expect(copy.targetNsbs.map((t) => t.organization.id).sort()).toEqual(source.targetNsbs.map((t) => t.organizationId).sort());
    expect(copy._count.participations).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Activity", entityId: id } });
    expect(audit.action).toBe("CREATE");
    expect((audit.after as { copiedFrom: string }).copiedFrom).toBe(source.id);
  });

  it("keeps a long title within 200 characters", async () => {
    const { id: sourceId } = await createActivity(actors.staff, input({ title: "z".repeat(200) }));
    const { id } = await duplicateActivity(actors.staff, sourceId);
    expect((await getActivity(actors.staff, id)).title).toHaveLength(200);
  });

  it("refuses focal points and donors, and writes nothing", async () => {
    const source = await db().activity.findFirstOrThrow({ where: { programmeId: cet.id } });
    const before = await db().activity.count();
    await expect(duplicateActivity(actors.focalBsn, source.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(duplicateActivity(actors.donorDfat, source.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(duplicateActivity(actors.staff, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().activity.count()).toBe(before);
  });
});

describe("activityFormOptions", () => {
  it("offers the programme's beneficiaries and results to staff only", async () => {
    const options = await activityFormOptions(actors.staff, africa.id);
    expect(options.nsbs.map((n) => n.acronym)).toEqual(["KEBS", "RSB", "TBS", "UNBS"]);
    expect(options.resultAreas.map((r) => r.code)).toEqual(["O1", "O1.1", "O1.2", "O2", "O2.2"]);
    expect(options.programme.currency).toBe("SEK");
    await expect(activityFormOptions(actors.focalBsn, cet.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(activityFormOptions(actors.staff, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
  });
});
