import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { auditFilterOptions, listAuditEvents, listEntityHistory } from "@/server/audit/queries";
import { createActionPlan, createResultArea, updateResultArea } from "@/server/framework/mutations";
import { ForbiddenError } from "@/domain/errors";
import { PAGE_SIZE } from "@/lib/list-params";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let planId: string;
let areaId: string;
beforeAll(async () => {
  actors = await seedDemo();
  // A known trail: staff create a plan and an outcome, admin renames the outcome.
  const plan = await createActionPlan(actors.staff, { title: "Audited plan", startYear: 2026, endYear: 2030 });
  const area = await createResultArea(actors.staff, { actionPlanId: plan.id, parentId: null, level: "OUTCOME", code: "O1", title: "First title" });
  await updateResultArea(actors.admin, area.id, { code: "O1", title: "Second title", version: area.version });
  planId = plan.id;
  areaId = area.id;
});

describe("listAuditEvents", () => {
  it("lists events newest first with the actor's name", async () => {
    const page = await listAuditEvents(actors.staff);
    expect(page.total).toBe(await db().auditEvent.count());
    const times = page.rows.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.rows[0]).toMatchObject({ action: "UPDATE", entityType: "ResultArea", entityId: areaId, actor: { name: actors.admin.name } });
  });

  it("filters by user, entity type, entity id and action", async () => {
    const byAdmin = await listAuditEvents(actors.admin, { userId: actors.admin.id });
    expect(byAdmin.rows.length).toBeGreaterThan(0);
    expect(byAdmin.rows.every((e) => e.actor?.id === actors.admin.id)).toBe(true);

    const areas = await listAuditEvents(actors.staff, { entityType: "ResultArea" });
    expect(areas.rows.map((e) => e.action)).toEqual(["UPDATE", "CREATE"]);
    expect(areas.rows[0]).toMatchObject({ before: { title: "First title" }, after: { title: "Second title" } });

    const plan = await listAuditEvents(actors.staff, { entityId: planId });
    expect(plan.rows.map((e) => [e.entityType, e.action])).toEqual([["ActionPlan", "CREATE"]]);

    const creates = await listAuditEvents(actors.staff, { action: "CREATE", userId: actors.staff.id });
    expect(creates.rows.map((e) => e.entityType).sort()).toEqual(["ActionPlan", "ResultArea"]);
    expect((await listAuditEvents(actors.staff, { action: "DELETE", entityType: "ResultArea" })).total).toBe(0);
  });

  it("filters by date range, the end day included", async () => {
    const old = await db().auditEvent.create({
      data: { actorId: actors.staff.id, action: "UPDATE", entityType: "Programme", entityId: "old-one", createdAt: new Date("2024-03-15T23:30:00Z") },
    });
    const day = new Date("2024-03-15T00:00:00Z");
    expect((await listAuditEvents(actors.staff, { from: day, to: day })).rows.map((e) => e.id)).toEqual([old.id]);
    expect((await listAuditEvents(actors.staff, { to: new Date("2024-03-14T00:00:00Z") })).total).toBe(0);
    expect((await listAuditEvents(actors.staff, { from: new Date("2024-03-16T00:00:00Z") })).rows.map((e) => e.id)).not.toContain(old.id);
    const today = new Date(new Date().toISOString().slice(0, 10));
    expect((await listAuditEvents(actors.staff, { from: today, entityType: "ResultArea" })).total).toBe(2);
  });

  it("paginates", async () => {
    await db().auditEvent.createMany({
      data: Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({ action: "UPDATE" as const, entityType: "Bulk", entityId: `bulk-${i}` })),
    });
    const first = await listAuditEvents(actors.staff, { entityType: "Bulk" });
    const second = await listAuditEvents(actors.staff, { entityType: "Bulk", page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([PAGE_SIZE + 5, 2, PAGE_SIZE, 5]);
    expect(new Set([...first.rows, ...second.rows].map((e) => e.id)).size).toBe(PAGE_SIZE + 5);
  });

  it("offers the users who have events and the entity types present", async () => {
    const options = await auditFilterOptions(actors.staff);
    expect(options.users.map((u) => u.id)).toEqual(expect.arrayContaining([actors.staff.id, actors.admin.id]));
    expect(options.users.map((u) => u.id)).not.toContain(actors.donorDfat.id);
    expect(options.entityTypes).toEqual(expect.arrayContaining(["ActionPlan", "ResultArea"]));
  });
});

describe("listEntityHistory", () => {
  it("returns one record's events, newest first", async () => {
    const history = await listEntityHistory(actors.staff, "ResultArea", areaId);
    expect(history.map((e) => [e.action, e.actor?.name])).toEqual([
      ["UPDATE", actors.admin.name],
      ["CREATE", actors.staff.name],
    ]);
    expect(await listEntityHistory(actors.admin, "ResultArea", "unknown")).toEqual([]);
  });
});

describe("focal points and donors", () => {
  it("are refused the trail, its filter options and any record's history", async () => {
    for (const actor of [actors.focalBsn, actors.focalTisi, actors.donorDfat, actors.donorSida]) {
      await expect(listAuditEvents(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(auditFilterOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listEntityHistory(actor, "ResultArea", areaId)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
