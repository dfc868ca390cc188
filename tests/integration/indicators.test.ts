import { beforeAll, describe, expect, it } from "vitest";
import { getIndicator, indicatorFilterOptions, indicatorFormOptions, listIndicators } from "@/server/indicators/queries";
import {
  archiveIndicator,
  createIndicator,
  replaceIndicatorTargets,
  updateIndicator,
  type IndicatorInput,
  type TargetInput,
} from "@/server/indicators/mutations";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let cet: string, africa: string, plan2021: string;
const area = new Map<string, string>();
const org = new Map<string, string>();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  actors = await seedDemo();
  cet = (await programmeByCode("CET-SEA")).id;
  africa = (await programmeByCode("AP-AFR-EAST")).id;
  const plan = await db().actionPlan.findFirstOrThrow({ where: { startYear: 2021 }, include: { resultAreas: true } });
  plan2021 = plan.id;
  for (const r of plan.resultAreas) area.set(r.code, r.id);
  for (const o of await db().organization.findMany()) org.set(o.acronym, o.id);
});

let seq = 0;
const input = (overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
  programmeId: cet,
  actionPlanId: null,
  resultAreaId: area.get("O1.1")!,
  code: `T-${Date.now()}-${++seq}`,
  title: "Women trained as trainers",
  definition: "Women who completed a training-of-trainers course.",
  unit: "COUNT",
  currency: null,
  direction: "INCREASE",
  source: "MANUAL",
  baselineValue: 0,
  baselineDate: day("2022-07-01"),
  targetValue: 20,
  targetDate: day("2024-06-30"),
  disaggregateByNsb: true,
  disaggregateBySex: false,
  ...overrides,
});
const target = (start: string, end: string, acronym: string | null, targetValue: number): TargetInput => ({
  periodStart: day(start),
  periodEnd: day(end),
  organizationId: acronym ? org.get(acronym)! : null,
  targetValue,
});

async function fieldErrors(run: () => Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

const codes = async (actor: DemoActors[keyof DemoActors], filters = {}) =>
  (await listIndicators(actor, filters)).rows.map((i) => i.code).sort();

describe("listIndicators and getIndicator", () => {
  it("shows programme indicators within the programme scope and plan-wide ones to every role", async () => {
    const all = (await db().indicator.findMany({ where: { archived: false }, select: { code: true } })).map((i) => i.code).sort();
    expect(await codes(actors.staff)).toEqual(all);
    expect(await codes(actors.focalBsn)).toEqual(["AP-O1-1", "AP-O2-1", "CET-1", "CET-2", "CET-3", "CET-4", "CET-5", "CET-6", "CET-7", "CET-8", "CET-CAP"]);
    expect(await codes(actors.donorDfat)).toEqual(["AP-O1-1", "AP-O2-1", "CET-1", "CET-2", "CET-3", "CET-4", "CET-5", "CET-6", "CET-7", "CET-8", "CET-CAP"]);
    expect(await codes(actors.donorSida)).toEqual(["AFR-1", "AFR-2", "AFR-3", "AP-O1-1", "AP-O2-1"]);
  });

  it("filters by programme, plan-wide, result area (with its outputs) and search", async () => {
    expect(await codes(actors.staff, { programmeId: africa })).toEqual(["AFR-1", "AFR-2", "AFR-3"]);
    expect(await codes(actors.staff, { planWide: true })).toEqual(["AP-O1-1", "AP-O2-1"]);
    expect(await codes(actors.staff, { programmeId: cet, resultAreaId: area.get("O2") })).toEqual(["CET-5", "CET-8", "CET-CAP"]);
    expect(await codes(actors.staff, { resultAreaId: area.get("O1.1"), programmeId: cet })).toEqual(["CET-1", "CET-2", "CET-3", "CET-6"]);
    expect(await codes(actors.staff, { q: "knowledge gain" })).toEqual(["CET-3"]);
    // A focal point filtering by a programme out of scope sees nothing.
    expect(await codes(actors.focalBsn, { programmeId: africa })).toEqual([]);
    const options = await indicatorFilterOptions(actors.focalBsn);
    expect(options.programmes.map((p) => p.code)).toEqual(["CET-SEA"]);
  });

  it("returns an indicator with its period targets; out of scope is not found", async () => {
    const cet5 = await db().indicator.findFirstOrThrow({ where: { code: "CET-5" } });
    const indicator = await getIndicator(actors.donorDfat, cet5.id);
    expect(indicator.targets).toHaveLength(await db().indicatorTarget.count({ where: { indicatorId: cet5.id } }));
    expect(indicator.targets.filter((t) => t.organization?.acronym === "BSN").map((t) => Number(t.targetValue))).toEqual([4]);
    await expect(getIndicator(actors.donorSida, cet5.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getIndicator(actors.focalTisi, (await db().indicator.findFirstOrThrow({ where: { code: "AFR-1" } })).id)).rejects.toBeInstanceOf(NotFoundError);
    const planWide = await db().indicator.findFirstOrThrow({ where: { code: "AP-O1-1" } });
    expect((await getIndicator(actors.focalBsn, planWide.id)).code).toBe("AP-O1-1");
  });

  it("offers form choices to staff only", async () => {
    const options = await indicatorFormOptions(actors.staff);
    const cetOption = options.programmes.find((p) => p.code === "CET-SEA")!;
    expect(cetOption.nsbs.map((n) => n.acronym)).toEqual(["BPS", "BSN", "DOSM", "DSM", "ISC", "STAMEQ", "TISI"]);
    expect(cetOption.resultAreas.map((r) => r.code).sort()).toEqual(["O1", "O1.1", "O1.3", "O2", "O2.1", "O2.2"]);
    await expect(indicatorFormOptions(actors.focalBsn)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("writing indicators", () => {
  it("lets staff create with targets, update, replace targets and archive, each with an audit event", async () => {
    const created = await createIndicator(actors.staff, {
      ...input({ code: "TOT-1" }),
      targets: [target("2023-01-01", "2023-12-31", null, 10), target("2023-01-01", "2023-12-31", "BSN", 3)],
    });
    expect(created.targets).toHaveLength(2);
    expect(created.actionPlanId).toBeNull();

    const updated = await updateIndicator(actors.admin, created.id, created.version, { ...input({ code: "TOT-1", title: "Women trained as trainers (renamed)" }) });
    expect(updated.version).toBe(2);
    expect(updated.targets).toHaveLength(2); // untouched without `targets`

    const replaced = await replaceIndicatorTargets(actors.staff, created.id, updated.version, [
      target("2022-07-01", "2023-06-30", null, 8),
      target("2023-07-01", "2024-06-30", null, 12),
      target("2022-07-01", "2024-06-30", "TISI", 4),
    ]);
    expect(replaced.version).toBe(3);
    expect(await db().indicatorTarget.count({ where: { indicatorId: created.id } })).toBe(3);

    const withTargets = await updateIndicator(actors.staff, created.id, 3, { ...input({ code: "TOT-1" }), targets: [target("2024-01-01", "2024-06-30", null, 5)] });
    expect(withTargets.targets.map((t) => Number(t.targetValue))).toEqual([5]);

    const archived = await archiveIndicator(actors.staff, created.id, withTargets.version);
    expect(archived.archived).toBe(true);
    expect(await codes(actors.staff, { programmeId: cet })).not.toContain("TOT-1");
    expect(await codes(actors.staff, { programmeId: cet, includeArchived: true })).toContain("TOT-1");

    const events = await db().auditEvent.findMany({ where: { entityType: "Indicator", entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"]);
    expect(events.every((e) => e.actorId === actors.staff.id || e.actorId === actors.admin.id)).toBe(true);
    expect((events[2]?.before as { targets: unknown[] }).targets).toHaveLength(2);
    expect((events[2]?.after as { targets: unknown[] }).targets).toHaveLength(3);
  });

  it("creates a plan-wide indicator under an Action Plan", async () => {
    const planWide = await createIndicator(actors.admin, input({ programmeId: null, actionPlanId: plan2021, resultAreaId: area.get("O2")!, targets: [] } as Partial<IndicatorInput>));
    expect(planWide.programmeId).toBeNull();
    expect(planWide.actionPlanId).toBe(plan2021);
    expect((await getIndicator(actors.donorSida, planWide.id)).id).toBe(planWide.id);
    expect((await fieldErrors(() => createIndicator(actors.admin, input({ programmeId: null, actionPlanId: null })))).actionPlanId).toBeDefined();
  });

  it("refuses focal points and donors, and changes nothing", async () => {
    const cet1 = await db().indicator.findFirstOrThrow({ where: { code: "CET-1" }, include: { targets: true } });
    const counts = async () => [await db().indicator.count(), await db().indicatorTarget.count(), await db().auditEvent.count()];
    const before = await counts();
    for (const actor of [actors.focalBsn, actors.donorDfat]) {
      await expect(createIndicator(actor, input())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateIndicator(actor, cet1.id, cet1.version, input({ code: "CET-1", title: "Changed" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(replaceIndicatorTargets(actor, cet1.id, cet1.version, [])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(archiveIndicator(actor, cet1.id, cet1.version)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await counts()).toEqual(before);
    const after = await db().indicator.findUniqueOrThrow({ where: { id: cet1.id }, include: { targets: true } });
    expect(after).toEqual(cet1);
  });

  it("validates units, currency, codes, result areas and targets", async () => {
    const before = await db().indicator.count();
    expect((await fieldErrors(() => createIndicator(actors.staff, input({ unit: "CURRENCY", currency: null })))).currency).toBeDefined();
    expect((await fieldErrors(() => createIndicator(actors.staff, input({ unit: "CURRENCY", currency: "ABC" })))).currency).toBeDefined();
    expect((await fieldErrors(() => createIndicator(actors.staff, input({ unit: "PERCENT", targetValue: 120 })))).targetValue).toBeDefined();
    expect(
      (await fieldErrors(() => createIndicator(actors.staff, { ...input({ unit: "PERCENT", targetValue: 50 }), targets: [target("2023-01-01", "2023-12-31", null, 101)] })))[
        "targets.0.targetValue"
      ],
    ).toBeDefined();
    // Codes are unique within a programme (any case), not across programmes.
    expect((await fieldErrors(() => createIndicator(actors.staff, input({ code: "cet-1" })))).code).toBeDefined();
    const other = await createIndicator(actors.staff, input({ code: "CET-1", programmeId: africa, resultAreaId: area.get("O1")! }));
    expect(other.code).toBe("CET-1");
    // The result area must be one the programme serves (CET does not serve O1.2), and an outcome or output.
    expect((await fieldErrors(() => createIndicator(actors.staff, input({ resultAreaId: area.get("O1.2")! })))).resultAreaId).toBeDefined();
    expect((await fieldErrors(() => createIndicator(actors.staff, input({ programmeId: null, actionPlanId: plan2021, resultAreaId: area.get("G")! })))).resultAreaId).toBeDefined();
    // Overlapping periods for the same NSB or overall; NSB must be a beneficiary; end after start.
    const overlap = await fieldErrors(() =>
      createIndicator(actors.staff, { ...input(), targets: [target("2023-01-01", "2023-12-31", "BSN", 1), target("2023-12-31", "2024-06-30", "BSN", 1)] }),
    );
    expect(overlap["targets.1.periodStart"]?.[0]).toMatch(/overlaps/);
    const overlapOverall = await fieldErrors(() =>
      createIndicator(actors.staff, { ...input(), targets: [target("2023-01-01", "2023-12-31", null, 1), target("2023-06-01", "2024-06-30", null, 1)] }),
    );
    expect(overlapOverall["targets.1.periodStart"]).toBeDefined();
    const notBeneficiary = await fieldErrors(() => createIndicator(actors.staff, { ...input(), targets: [target("2023-01-01", "2023-12-31", "KEBS", 1)] }));
    expect(notBeneficiary["targets.0.organizationId"]).toBeDefined();
    const backwards = await fieldErrors(() => createIndicator(actors.staff, { ...input(), targets: [target("2023-12-31", "2023-01-01", null, 1)] }));
    expect(backwards["targets.0.periodEnd"]).toBeDefined();
    expect(await db().indicator.count()).toBe(before + 1);

    // Targets already set must still fit when the unit changes.
    const cet1 = await db().indicator.findFirstOrThrow({ where: { code: "CET-1" , programmeId: cet } });
    const unitErrors = await fieldErrors(() => updateIndicator(actors.staff, cet1.id, cet1.version, input({ code: "CET-1", unit: "YES_NO", targetValue: 1, baselineValue: 0 })));
    expect(unitErrors.unit).toBeDefined();
    // replaceIndicatorTargets applies the same rules, and leaves the targets as they were.
    const targetsBefore = await db().indicatorTarget.count({ where: { indicatorId: cet1.id } });
    const replaceErrors = await fieldErrors(() =>
      replaceIndicatorTargets(actors.staff, cet1.id, cet1.version, [target("2023-01-01", "2023-06-30", "KEBS", 1), target("2023-01-01", "2023-06-30", null, 1), target("2023-03-01", "2023-09-30", null, 1)]),
    );
    expect(Object.keys(replaceErrors).sort()).toEqual(["targets.0.organizationId", "targets.2.periodStart"]);
    expect(await db().indicatorTarget.count({ where: { indicatorId: cet1.id } })).toBe(targetsBefore);
  });

  it("refuses a stale version, naming who changed it", async () => {
    const created = await createIndicator(actors.staff, input());
    await updateIndicator(actors.staff, created.id, 1, input({ code: created.code, title: "First" }));
    const stale = await updateIndicator(actors.admin, created.id, 1, input({ code: created.code, title: "Second" })).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).changedBy).toBe("Lucas Meyer");
    await expect(replaceIndicatorTargets(actors.admin, created.id, 1, [])).rejects.toBeInstanceOf(ConflictError);
    await expect(archiveIndicator(actors.admin, created.id, 1)).rejects.toBeInstanceOf(ConflictError);
    const row = await db().indicator.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ title: "First", version: 2, archived: false });
    await expect(updateIndicator(actors.staff, "no-such-id", 1, input())).rejects.toBeInstanceOf(NotFoundError);
  });
});
