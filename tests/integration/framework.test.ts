import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getActionPlan, getResultArea, listActionPlans } from "@/server/framework/queries";
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
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let plan2021: string;
let plan2011: string;
beforeAll(async () => {
  actors = await seedDemo();
  plan2021 = (await db().actionPlan.findFirstOrThrow({ where: { startYear: 2021 } })).id;
  plan2011 = (await db().actionPlan.findFirstOrThrow({ where: { startYear: 2011 } })).id;
});

const area = (actionPlanId: string, code: string) => db().resultArea.findUniqueOrThrow({ where: { actionPlanId_code: { actionPlanId, code } } });
const auditCount = () => db().auditEvent.count();
/** Rejects with a DomainValidationError carrying a field error on `field`. */
async function expectFieldError(promise: Promise<unknown>, field: string, text?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainValidationError);
  const messages = (error as DomainValidationError).fieldErrors[field];
  expect(messages, `field errors: ${JSON.stringify((error as DomainValidationError).fieldErrors)}`).toBeDefined();
  if (text) expect(messages!.join(" ")).toMatch(text);
}
let seq = 0;
const code = (prefix = "T") => `${prefix}${++seq}-${Date.now()}`;

describe("reading plans", () => {
  it("lets every role read both demo plans with their trees in order", async () => {
    for (const actor of Object.values(actors)) {
      const plans = await listActionPlans(actor);
      expect(plans.map((p) => p.startYear)).toEqual(expect.arrayContaining([2021, 2011]));
    }
    const plan = await getActionPlan(actors.donorDfat, plan2021);
    expect(plan.tree.slice(0, 9).map((n) => `${"-".repeat(n.depth)}${n.code}`)).toEqual(["G", "-O1", "--O1.1", "--O1.2", "--O1.3", "-O2", "--O2.1", "--O2.2", "--O2.3"]);
    const old = await getActionPlan(actors.focalBsn, plan2011);
    expect(old.tree.filter((n) => n.level === "OUTPUT")).toHaveLength(6);
  });

  it("answers not found for an unknown plan or result area", async () => {
    await expect(getActionPlan(actors.staff, "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getResultArea(actors.staff, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("action plans as staff", () => {
  it("creates, updates, archives and restores a plan, auditing each step", async () => {
    const before = await auditCount();
    const plan = await createActionPlan(actors.staff, { title: "  Action Plan 2026-2030 ", startYear: 2026, endYear: 2030, description: "Next" });
    expect(plan.title).toBe("Action Plan 2026-2030");
    const updated = await updateActionPlan(actors.admin, plan.id, { title: "Action Plan 2026-2031", startYear: 2026, endYear: 2031, version: plan.version });
    expect(updated).toMatchObject({ endYear: 2031, version: 2 });

    await archiveActionPlan(actors.staff, plan.id, updated.version);
    expect((await listActionPlans(actors.staff)).map((p) => p.id)).not.toContain(plan.id);
    expect((await listActionPlans(actors.staff, { includeArchived: true })).map((p) => p.id)).toContain(plan.id);
    await restoreActionPlan(actors.staff, plan.id);
    expect((await listActionPlans(actors.donorSida)).map((p) => p.id)).toContain(plan.id);

    const events = await db().auditEvent.findMany({ where: { entityType: "ActionPlan", entityId: plan.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE"]);
    expect(events.every((e) => e.actorId !== null)).toBe(true);
    expect(events[1]).toMatchObject({ before: { endYear: 2030 }, after: { endYear: 2031 } });
    expect(await auditCount()).toBe(before + 4);
  });

  it("refuses bad years with field errors", async () => {
    await expectFieldError(createActionPlan(actors.staff, { title: "Backwards", startYear: 2030, endYear: 2026 }), "endYear", /before the start/);
    await expectFieldError(createActionPlan(actors.staff, { title: "Too early", startYear: 1999, endYear: 2026 }), "startYear", /2000 and 2100/);
    await expectFieldError(createActionPlan(actors.staff, { title: "Too late", startYear: 2026, endYear: 2101 }), "endYear");
    await expectFieldError(createActionPlan(actors.staff, { title: " ", startYear: 2026, endYear: 2027 }), "title");
    expect(await db().actionPlan.count({ where: { title: { in: ["Backwards", "Too early", "Too late"] } } })).toBe(0);
  });

  it("refuses a stale update and names who changed the plan", async () => {
    const plan = await createActionPlan(actors.staff, { title: "Concurrency plan", startYear: 2026, endYear: 2027 });
    await updateActionPlan(actors.admin, plan.id, { title: "Changed by admin", startYear: 2026, endYear: 2027, version: 1 });
    const error = await updateActionPlan(actors.staff, plan.id, { title: "Stale", startYear: 2026, endYear: 2027, version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changedBy).toBe(actors.admin.name);
    expect((await db().actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).title).toBe("Changed by admin");
    await expect(archiveActionPlan(actors.staff, plan.id, 1)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("result areas as staff", () => {
  it("creates an outcome and an output under it, appended at the end of their siblings, with audit events", async () => {
    const goal = await area(plan2021, "G");
    const outcome = await createResultArea(actors.staff, { actionPlanId: plan2021, parentId: goal.id, level: "OUTCOME", code: "O9", title: "A new outcome", description: "" });
    const output = await createResultArea(actors.admin, { actionPlanId: plan2021, parentId: outcome.id, level: "OUTPUT", code: "O9.1", title: "A new output" });
    const plan = await getActionPlan(actors.staff, plan2021);
    const codes = plan.tree.map((n) => n.code);
    expect(codes.indexOf("O9")).toBeGreaterThan(codes.indexOf("O2.3"));
    expect(plan.tree.find((n) => n.code === "O9.1")).toMatchObject({ depth: 2, isFirst: true, isLast: true });
    const created = await db().auditEvent.findFirstOrThrow({ where: { entityType: "ResultArea", entityId: output.id } });
    expect(created).toMatchObject({ action: "CREATE", actorId: actors.admin.id, before: null, after: { code: "O9.1", title: "A new output" } });
  });

  it("enforces the tree rules", async () => {
    const goal = await area(plan2021, "G");
    const o1 = await area(plan2021, "O1");
    const o11 = await area(plan2021, "O1.1");
    const otherGoal = await area(plan2011, "G");
    const before = await db().resultArea.count();
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: o1.id, level: "GOAL", code: code(), title: "x" }), "parentId", /no parent/);
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: o1.id, level: "OUTCOME", code: code(), title: "x" }), "parentId", /goal/);
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: o11.id, level: "OUTPUT", code: code(), title: "x" }), "parentId", /outcome or a goal/);
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: null, level: "OUTPUT", code: code(), title: "x" }), "parentId");
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: otherGoal.id, level: "OUTCOME", code: code(), title: "x" }), "parentId", /this plan/);
    expect(await db().resultArea.count()).toBe(before);
    // Allowed: a top-level outcome, an output straight under a goal, a second goal.
    await createResultArea(actors.staff, { actionPlanId: plan2021, parentId: null, level: "OUTCOME", code: code("TOP"), title: "Top outcome" });
    await createResultArea(actors.staff, { actionPlanId: plan2021, parentId: goal.id, level: "OUTPUT", code: code("GO"), title: "Output under goal" });
    await createResultArea(actors.staff, { actionPlanId: plan2021, parentId: null, level: "GOAL", code: code("G"), title: "Second goal" });
    expect(await db().resultArea.count()).toBe(before + 3);
  });

  it("refuses a duplicate code within a plan (any case) but allows it in another plan", async () => {
    const goal = await area(plan2021, "G");
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: goal.id, level: "OUTCOME", code: "o1", title: "Dup" }), "code", /already used/);
    const o2 = await area(plan2021, "O2");
    await expectFieldError(updateResultArea(actors.staff, o2.id, { code: "O1", title: o2.title, version: o2.version }), "code", /already used/);
    const old = await createResultArea(actors.staff, { actionPlanId: plan2011, parentId: null, level: "GOAL", code: "O1", title: "Same code, other plan" });
    expect(old.code).toBe("O1");
    await expectFieldError(createResultArea(actors.staff, { actionPlanId: plan2021, parentId: null, level: "GOAL", code: "bad code!", title: "x" }), "code");
  });

  it("renames with the version read, and refuses a stale rename", async () => {
    const outcome = await createResultArea(actors.staff, { actionPlanId: plan2021, parentId: null, level: "OUTCOME", code: code("R"), title: "Before rename" });
    const renamed = await updateResultArea(actors.staff, outcome.id, { code: outcome.code, title: "After rename", description: "Why", version: outcome.version });
    expect(renamed).toMatchObject({ title: "After rename", version: 2 });
    await expect(updateResultArea(actors.admin, outcome.id, { code: outcome.code, title: "Stale", version: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await getResultArea(actors.donorDfat, outcome.id)).title).toBe("After rename");
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: outcome.id, action: "UPDATE" } });
    expect(event).toMatchObject({ before: { title: "Before rename", version: 1 }, after: { title: "After rename", version: 2 } });
  });

  it("moves an area up and down among its siblings only, auditing both rows", async () => {
    const plan = await createActionPlan(actors.staff, { title: "Reorder plan", startYear: 2026, endYear: 2027 });
    const goal = await createResultArea(actors.staff, { actionPlanId: plan.id, parentId: null, level: "GOAL", code: "G", title: "Goal" });
    for (const c of ["A", "B", "C"]) await createResultArea(actors.staff, { actionPlanId: plan.id, parentId: goal.id, level: "OUTCOME", code: c, title: c });
    const order = async () => (await getActionPlan(actors.staff, plan.id)).tree.map((n) => n.code);
    expect(await order()).toEqual(["G", "A", "B", "C"]);
    const c = await area(plan.id, "C");
    const auditBefore = await auditCount();
    await moveResultArea(actors.staff, c.id, "up");
    expect(await order()).toEqual(["G", "A", "C", "B"]);
    expect(await auditCount()).toBe(auditBefore + 2);
    await moveResultArea(actors.staff, c.id, "up");
    expect(await order()).toEqual(["G", "C", "A", "B"]);
    await expect(moveResultArea(actors.staff, c.id, "up")).rejects.toThrow(/already first/);
    await moveResultArea(actors.staff, c.id, "down");
    expect(await order()).toEqual(["G", "A", "C", "B"]);
    await expect(moveResultArea(actors.staff, goal.id, "down")).rejects.toThrow(/already last/);
    // Moving changes no content: the version read by an open edit form stays valid.
    expect((await area(plan.id, "C")).version).toBe(1);
    // Archived siblings are skipped.
    await archiveResultArea(actors.staff, (await area(plan.id, "C")).id);
    await moveResultArea(actors.staff, (await area(plan.id, "B")).id, "up");
    expect(await order()).toEqual(["G", "B", "A"]);
  });

  it("refuses to archive an area with live children, archives a leaf, and restores only under a live parent", async () => {
    const plan = await createActionPlan(actors.staff, { title: "Archive plan", startYear: 2026, endYear: 2027 });
    const outcome = await createResultArea(actors.staff, { actionPlanId: plan.id, parentId: null, level: "OUTCOME", code: "O1", title: "Outcome" });
    const output = await createResultArea(actors.staff, { actionPlanId: plan.id, parentId: outcome.id, level: "OUTPUT", code: "O1.1", title: "Output" });
    await expect(archiveResultArea(actors.staff, outcome.id)).rejects.toThrow(/O1 still has a result under it \(O1\.1\)/);
    expect((await area(plan.id, "O1")).archived).toBe(false);

    await archiveResultArea(actors.staff, output.id, output.version);
    await archiveResultArea(actors.staff, outcome.id);
    const visible = await getActionPlan(actors.staff, plan.id);
    expect(visible.tree).toEqual([]);
    expect(visible.archivedAreaCount).toBe(2);
    const all = await getActionPlan(actors.staff, plan.id, { includeArchived: true });
    expect(all.tree.map((n) => [n.code, n.archived])).toEqual([["O1", true], ["O1.1", true]]);
    await expect(createResultArea(actors.staff, { actionPlanId: plan.id, parentId: outcome.id, level: "OUTPUT", code: "O1.2", title: "x" })).rejects.toThrow(DomainValidationError);

    await expect(restoreResultArea(actors.staff, output.id)).rejects.toThrow(/Restore O1 first/);
    await restoreResultArea(actors.staff, outcome.id);
    await restoreResultArea(actors.staff, output.id);
    expect((await getActionPlan(actors.staff, plan.id)).tree.map((n) => n.code)).toEqual(["O1", "O1.1"]);
    const events = await db().auditEvent.findMany({ where: { entityId: output.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, (e.after as { archived: boolean }).archived])).toEqual([["CREATE", false], ["UPDATE", true], ["UPDATE", false]]);
  });

  it("keeps an archived plan's tree read-only until it is restored", async () => {
    const plan = await createActionPlan(actors.staff, { title: "Closed plan", startYear: 2026, endYear: 2027 });
    const goal = await createResultArea(actors.staff, { actionPlanId: plan.id, parentId: null, level: "GOAL", code: "G", title: "Goal" });
    await archiveActionPlan(actors.staff, plan.id);
    await expect(updateResultArea(actors.staff, goal.id, { code: "G", title: "Renamed", version: 1 })).rejects.toThrow(/archived/);
    await expect(createResultArea(actors.staff, { actionPlanId: plan.id, parentId: null, level: "GOAL", code: "G2", title: "x" })).rejects.toThrow(/archived/);
    await restoreActionPlan(actors.staff, plan.id);
    expect((await updateResultArea(actors.staff, goal.id, { code: "G", title: "Renamed", version: 1 })).title).toBe("Renamed");
  });
});

describe("focal points and donors", () => {
  it("are refused every write, and nothing changes", async () => {
    const o1 = await area(plan2021, "O1");
    const o2 = await area(plan2021, "O2");
    const plan = await db().actionPlan.findUniqueOrThrow({ where: { id: plan2021 } });
    const snapshot = async () => ({
      plans: await db().actionPlan.findMany({ orderBy: { id: "asc" } }),
      areas: await db().resultArea.findMany({ orderBy: { id: "asc" } }),
      audit: await auditCount(),
    });
    const before = await snapshot();
    for (const actor of [actors.focalBsn, actors.focalTisi, actors.donorDfat, actors.donorSida]) {
      const attempts: (() => Promise<unknown>)[] = [
        () => createActionPlan(actor, { title: "Hijack", startYear: 2026, endYear: 2027 }),
        () => updateActionPlan(actor, plan.id, { title: "Hijack", startYear: 2021, endYear: 2025, version: plan.version }),
        () => archiveActionPlan(actor, plan.id),
        () => restoreActionPlan(actor, plan.id),
        () => createResultArea(actor, { actionPlanId: plan.id, parentId: null, level: "GOAL", code: "HJ", title: "Hijack" }),
        () => updateResultArea(actor, o1.id, { code: "O1", title: "Hijack", version: o1.version }),
        () => moveResultArea(actor, o2.id, "up"),
        () => archiveResultArea(actor, o2.id),
        () => restoreResultArea(actor, o2.id),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await snapshot()).toEqual(before);
  });
});
