import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IndicatorDirection, IndicatorSource, IndicatorUnit } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { NotFoundError } from "@/domain/errors";
import { refuseFields } from "@/server/mutations";
import { hasErrors, indicatorRuleErrors, targetRuleErrors, type TargetRuleInput } from "@/domain/indicators/rules";

export type TargetInput = TargetRuleInput;

/** The fields of an indicator that can change after it is created. */
export interface IndicatorDetails {
  resultAreaId: string;
  code: string;
  title: string;
  /** French and Spanish versions of the title ("" when none; missing leaves them as they are). */
  titleFr?: string;
  titleEs?: string;
  definition: string;
  unit: IndicatorUnit;
  currency: string | null;
  direction: IndicatorDirection;
  source: IndicatorSource;
  baselineValue: number | null;
  baselineDate: Date | null;
  targetValue: number | null;
  targetDate: Date | null;
  disaggregateByNsb: boolean;
  disaggregateBySex: boolean;
}

export interface IndicatorInput extends IndicatorDetails {
  /** The programme measured, or null for a plan-wide indicator (then actionPlanId is required). */
  programmeId: string | null;
  actionPlanId: string | null;
}

const ENTITY = "Indicator";
export const MAX_TARGETS = 200;

/** Where an indicator lives: a programme, or (plan-wide) an Action Plan. */
type Owner = { programmeId: string; actionPlanId: null } | { programmeId: null; actionPlanId: string };

/** Resolves the programme or plan an indicator belongs to; field errors when missing. */
async function resolveOwner(tx: Tx, input: Pick<IndicatorInput, "programmeId" | "actionPlanId">): Promise<Owner> {
  if (input.programmeId) {
    const programme = await tx.programme.findFirst({ where: { id: input.programmeId, archived: false }, select: { id: true } });
    if (!programme) refuseFields({ programmeId: ["Choose a programme from the list."] });
    return { programmeId: programme.id, actionPlanId: null };
  }
  if (!input.actionPlanId) refuseFields({ actionPlanId: ["A plan-wide indicator needs an Action Plan: choose one, or choose a programme."] });
  const plan = await tx.actionPlan.findFirst({ where: { id: input.actionPlanId, archived: false }, select: { id: true } });
  if (!plan) refuseFields({ actionPlanId: ["Choose an Action Plan from the list."] });
  return { programmeId: null, actionPlanId: plan.id };
}

/** Every rule of an indicator's own fields, the database ones included. */
async function validateDetails(tx: Tx, owner: Owner, details: IndicatorDetails, selfId: string | null): Promise<void> {
  const errors = indicatorRuleErrors(details);
  const area = await tx.resultArea.findUnique({
    where: { id: details.resultAreaId },
    select: {
      level: true,
      archived: true,
      actionPlanId: true,
      programmes: owner.programmeId ? { where: { programmeId: owner.programmeId }, select: { programmeId: true } } : false,
    },
  });
  if (!area || area.archived || (area.level !== "OUTCOME" && area.level !== "OUTPUT")) {
    (errors.resultAreaId ??= []).push("Choose an outcome or output of the Action Plan.");
  } else if (owner.programmeId && !(area.programmes ?? []).length) {
    (errors.resultAreaId ??= []).push("Choose an outcome or output this programme contributes to.");
  } else if (owner.actionPlanId && area.actionPlanId !== owner.actionPlanId) {
    (errors.resultAreaId ??= []).push("Choose an outcome or output of the chosen Action Plan.");
  }
  // One writer at a time per programme or plan, so two saves cannot both take a free code.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`indicator-code:${owner.programmeId ?? owner.actionPlanId}`}))`;
  const clash = await tx.indicator.findFirst({
    where: {
      code: { equals: details.code, mode: "insensitive" },
      ...(owner.programmeId ? { programmeId: owner.programmeId } : { programmeId: null, actionPlanId: owner.actionPlanId }),
      ...(selfId ? { id: { not: selfId } } : {}),
    },
    select: { id: true },
  });
  if (clash) {
    // Whole sentences, so messages/*/validation.json can translate each.
    (errors.code ??= []).push(
      owner.programmeId ? `Another indicator of this programme already has the code ${details.code}.` : `Another indicator of this Action Plan already has the code ${details.code}.`,
    );
  }
  if (hasErrors(errors)) refuseFields(errors);
}

/** Period targets: their own rules, and each NSB must be a beneficiary of the programme (any NSB for plan-wide). */
async function validateTargets(tx: Tx, owner: Owner, unit: IndicatorUnit, targets: readonly TargetInput[], field = "targets"): Promise<void> {
  if (targets.length > MAX_TARGETS) refuseFields({ [field]: [`At most ${MAX_TARGETS} period targets.`] });
  const errors = targetRuleErrors(unit, targets);
  const orgIds = [...new Set(targets.map((t) => t.organizationId).filter((id): id is string => id !== null))];
  if (orgIds.length) {
    const allowed = new Set(
      (
        await tx.organization.findMany({
          where: {
            id: { in: orgIds },
            kind: "NSB",
            ...(owner.programmeId ? { beneficiaryOf: { some: { programmeId: owner.programmeId } } } : {}),
          },
          select: { id: true },
        })
      ).map((o) => o.id),
    );
    targets.forEach((t, row) => {
      if (t.organizationId && !allowed.has(t.organizationId)) {
        (errors[`targets.${row}.organizationId`] ??= []).push(
          owner.programmeId ? "Choose one of the programme's beneficiary NSBs, or leave empty for the whole programme." : "Choose an NSB from the list.",
        );
      }
    });
  }
  if (hasErrors(errors)) {
    // When checking targets that were not submitted (a unit change), point at the field that was.
    if (field !== "targets") refuseFields({ [field]: ["The period targets already set do not fit this unit: " + Object.values(errors).flat()[0]] });
    refuseFields(errors);
  }
}

const detailsData = (d: IndicatorDetails) => ({
  resultAreaId: d.resultAreaId,
  code: d.code,
  title: d.title,
  ...(d.titleFr !== undefined ? { titleFr: d.titleFr } : {}),
  ...(d.titleEs !== undefined ? { titleEs: d.titleEs } : {}),
  definition: d.definition,
  unit: d.unit,
  currency: d.unit === "CURRENCY" ? d.currency : null,
  direction: d.direction,
  source: d.source,
  baselineValue: d.baselineValue,
  baselineDate: d.baselineDate,
  targetValue: d.targetValue,
  targetDate: d.targetDate,
  disaggregateByNsb: d.disaggregateByNsb,
  disaggregateBySex: d.disaggregateBySex,
});

const targetsData = (indicatorId: string, targets: readonly TargetInput[]) =>
  targets.map((t) => ({ indicatorId, periodStart: t.periodStart, periodEnd: t.periodEnd, organizationId: t.organizationId, targetValue: t.targetValue }));

/** An indicator with its period targets, as the audit trail keeps it. */
const WITH_TARGETS = {
  targets: { select: { periodStart: true, periodEnd: true, organizationId: true, targetValue: true }, orderBy: [{ periodStart: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.IndicatorInclude;

const withTargets = (tx: Tx, id: string) => tx.indicator.findUniqueOrThrow({ where: { id }, include: WITH_TARGETS });

async function currentIndicator(tx: Tx, id: string, version: number) {
  const current = await tx.indicator.findUnique({ where: { id }, include: WITH_TARGETS });
  if (!current) throw new NotFoundError("Indicator");
  const { targets, ...row } = current;
  await assertVersion(tx, ENTITY, row, version);
  const owner: Owner = current.programmeId
    ? { programmeId: current.programmeId, actionPlanId: null }
    : { programmeId: null, actionPlanId: current.actionPlanId ?? "" };
  return { current, owner, targets };
}

/** Creates an indicator, with its period targets when given, in one transaction. */
export async function createIndicator(actor: Actor, input: IndicatorInput & { targets?: readonly TargetInput[] }) {
  assertCan(actor, "indicators.write");
  const ruleErrors = { ...indicatorRuleErrors(input), ...targetRuleErrors(input.unit, input.targets ?? []) };
  if (hasErrors(ruleErrors)) refuseFields(ruleErrors);
  return db().$transaction(async (tx) => {
    const owner = await resolveOwner(tx, input);
    await validateDetails(tx, owner, input, null);
    await validateTargets(tx, owner, input.unit, input.targets ?? []);
    const { id } = await tx.indicator.create({ data: { ...owner, ...detailsData(input) }, select: { id: true } });
    if (input.targets?.length) await tx.indicatorTarget.createMany({ data: targetsData(id, input.targets) });
    const created = await withTargets(tx, id);
    await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: id, after: created });
    return created;
  });
}

/**
 * Updates an indicator's details (its programme or plan stays); with `targets`, replaces
 * its period targets in the same transaction. Refuses a stale version.
 */
export async function updateIndicator(actor: Actor, id: string, version: number, input: IndicatorDetails & { targets?: readonly TargetInput[] }) {
  assertCan(actor, "indicators.write");
  return db().$transaction(async (tx) => {
    const { current, owner, targets } = await currentIndicator(tx, id, version);
    await validateDetails(tx, owner, input, id);
    if (input.targets) await validateTargets(tx, owner, input.unit, input.targets);
    else if (input.unit !== current.unit) await validateTargets(tx, owner, input.unit, targets.map((t) => ({ ...t, targetValue: Number(t.targetValue) })), "unit");
    await updateVersioned(tx, "Indicator", id, version, detailsData(input));
    if (input.targets) {
      await tx.indicatorTarget.deleteMany({ where: { indicatorId: id } });
      await tx.indicatorTarget.createMany({ data: targetsData(id, input.targets) });
    }
    const updated = await withTargets(tx, id);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before: current, after: updated });
    return updated;
  });
}

/** Replaces all period targets of an indicator (one transaction, one audit event). */
export async function replaceIndicatorTargets(actor: Actor, indicatorId: string, version: number, targets: readonly TargetInput[]) {
  assertCan(actor, "indicators.write");
  return db().$transaction(async (tx) => {
    const { current, owner } = await currentIndicator(tx, indicatorId, version);
    await validateTargets(tx, owner, current.unit, targets);
    // The version first: a concurrent save from the same version stops here, before its targets.
    await updateVersioned(tx, "Indicator", indicatorId, version, {});
    await tx.indicatorTarget.deleteMany({ where: { indicatorId } });
    await tx.indicatorTarget.createMany({ data: targetsData(indicatorId, targets) });
    const updated = await withTargets(tx, indicatorId);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: indicatorId, before: current, after: updated });
    return updated;
  });
}

/** Hides an indicator from lists; its targets and reports stay. */
export async function archiveIndicator(actor: Actor, id: string, version: number) {
  assertCan(actor, "indicators.write");
  return db().$transaction(async (tx) => {
    const { current } = await currentIndicator(tx, id, version);
    await updateVersioned(tx, "Indicator", id, version, { archived: true });
    const updated = await withTargets(tx, id);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before: current, after: updated });
    return updated;
  });
}
