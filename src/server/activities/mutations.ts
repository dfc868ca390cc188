import "server-only";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { activityScope, programmeScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { toDay } from "@/lib/form-fields";
import { refuseIfAny, validateWith, versionOf } from "@/server/mutations";
import { ACTIVITY_LIMITS, activitySchema, type ActivityData, type ActivityInput } from "@/domain/activities/schema";

/*
 * Activity writes (staff only: "activities.write"), each in one transaction with its audit
 * event. Updates and cancellations carry the version the caller read.
 */

const ENTITY = "Activity";

export function validateActivity(input: ActivityInput): ActivityData {
  return validateWith(activitySchema, input);
}

const scalarData = (data: ActivityData) => ({
  programmeId: data.programmeId,
  resultAreaId: data.resultAreaId,
  title: data.title,
  description: data.description,
  titleFr: data.titleFr,
  titleEs: data.titleEs,
  descriptionFr: data.descriptionFr,
  descriptionEs: data.descriptionEs,
  language: data.language,
  type: data.type,
  level: data.level,
  modality: data.modality,
  status: data.status,
  startDate: toDay(data.startDate),
  endDate: toDay(data.endDate),
  venueCity: data.venueCity,
  venueCountryCode: data.venueCountryCode,
  topics: data.topics,
  budgetAmount: data.budgetAmount,
  actualCost: data.actualCost,
  currency: data.currency,
});

/** The activity as the audit trail keeps it: its fields and its target NSBs. */
async function snapshotOf(tx: Tx, id: string) {
  const a = await tx.activity.findUniqueOrThrow({
    where: { id },
    include: { targetNsbs: { select: { organization: { select: { id: true, acronym: true } } } } },
  });
  const { targetNsbs, ...scalars } = a;
  return {
    ...scalars,
    targetNsbs: targetNsbs.map((t) => t.organization).sort((x, y) => x.acronym.localeCompare(y.acronym) || x.id.localeCompare(y.id)),
  };
}

/**
 * Rules that need the database: the programme exists and is not archived; the result is an
 * outcome or output the programme serves; the country exists; target NSBs are the
 * programme's beneficiaries.
 */
async function checkReferences(tx: Tx, actor: Actor, data: ActivityData) {
  const errors: Record<string, string[]> = {};
  const programme = await tx.programme.findFirst({
    where: { AND: [{ id: data.programmeId }, programmeScope(actor)] },
    select: {
      archived: true,
      beneficiaries: { select: { organizationId: true } },
      resultAreas: { where: { resultArea: { level: { in: ["OUTCOME", "OUTPUT"] } } }, select: { resultAreaId: true } },
    },
  });
  if (!programme) {
    errors.programmeId = ["Choose a programme from the list."];
  } else {
    if (programme.archived) errors.programmeId = ["This programme is archived. Restore it before changing its activities."];
    if (data.resultAreaId && !programme.resultAreas.some((r) => r.resultAreaId === data.resultAreaId)) {
      errors.resultAreaId = ["Choose an outcome or output this programme serves."];
    }
    const beneficiaries = new Set(programme.beneficiaries.map((b) => b.organizationId));
    const outside = data.targetNsbIds.filter((id) => !beneficiaries.has(id));
    if (outside.length) {
      const names = await tx.organization.findMany({ where: { id: { in: outside } }, select: { acronym: true }, orderBy: { acronym: "asc" } });
      const list = names.map((n) => n.acronym).join(", ") || outside.length.toString();
      errors.targetNsbIds = [`Only the programme's beneficiary NSBs can be targeted (not: ${list}).`];
    }
  }
  if (data.venueCountryCode && !(await tx.country.findUnique({ where: { code: data.venueCountryCode }, select: { code: true } }))) {
    errors.venueCountryCode = ["Choose a country from the list."];
  }
  refuseIfAny(errors);
}

/** Reads the activity (in the caller's scope) for a write, and refuses a stale version. */
async function currentFor(tx: Tx, actor: Actor, id: string, version: number) {
  const current = await tx.activity.findFirst({ where: { AND: [{ id }, activityScope(actor)] } });
  if (!current) throw new NotFoundError(ENTITY);
  await assertVersion(tx, ENTITY, current, version);
  return current;
}

export async function createActivity(actor: Actor, input: ActivityInput): Promise<{ id: string }> {
  assertCan(actor, "activities.write");
  const data = validateActivity(input);
  return db().$transaction(async (tx) => {
    await checkReferences(tx, actor, data);
    const { id } = await tx.activity.create({
      data: { ...scalarData(data), targetNsbs: { create: data.targetNsbIds.map((organizationId) => ({ organizationId })) } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: id, after: await snapshotOf(tx, id) });
    return { id };
  });
}

export async function updateActivity(actor: Actor, id: string, input: ActivityInput & { version: number }): Promise<{ id: string; version: number }> {
  assertCan(actor, "activities.write");
  const data = validateActivity(input);
  const version = versionOf(input.version);
  return db().$transaction(async (tx) => {
    await currentFor(tx, actor, id, version);
    await checkReferences(tx, actor, data);
    const before = await snapshotOf(tx, id);
    await updateVersioned(tx, "Activity", id, version, scalarData(data));
    await tx.activityNsb.deleteMany({ where: { activityId: id } });
    await tx.activityNsb.createMany({ data: data.targetNsbIds.map((organizationId) => ({ activityId: id, organizationId })) });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before, after: await snapshotOf(tx, id) });
    return { id, version: version + 1 };
  });
}

/** Marks the activity CANCELLED (it stays, with its participants, for the record). */
export async function cancelActivity(actor: Actor, id: string, version: number): Promise<{ id: string; version: number }> {
  assertCan(actor, "activities.write");
  const expected = versionOf(version);
  return db().$transaction(async (tx) => {
    const current = await currentFor(tx, actor, id, expected);
    if (current.status === "CANCELLED") throw new DomainValidationError("This activity is already cancelled.");
    if (current.status === "COMPLETED") throw new DomainValidationError("A completed activity cannot be cancelled.");
    const before = await snapshotOf(tx, id);
    await updateVersioned(tx, "Activity", id, expected, { status: "CANCELLED" });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before, after: await snapshotOf(tx, id) });
    return { id, version: expected + 1 };
  });
}

/**
 * A new PLANNED activity copied from another: same programme, fields and target NSBs,
 * titled "Copy of …", without participants or actual cost.
 */
export async function duplicateActivity(actor: Actor, id: string): Promise<{ id: string }> {
  assertCan(actor, "activities.write");
  return db().$transaction(async (tx) => {
    const source = await tx.activity.findFirst({
      where: { AND: [{ id }, activityScope(actor)] },
      include: { targetNsbs: { select: { organizationId: true } }, programme: { select: { archived: true } } },
    });
    if (!source) throw new NotFoundError(ENTITY);
    if (source.programme.archived) throw new DomainValidationError("This programme is archived. Restore it before adding activities.");
    const title = `Copy of ${source.title}`.slice(0, ACTIVITY_LIMITS.title);
    const copy = await tx.activity.create({
      data: {
        programmeId: source.programmeId,
        resultAreaId: source.resultAreaId,
        title,
        description: source.description,
        descriptionFr: source.descriptionFr,
        descriptionEs: source.descriptionEs,
        language: source.language,
        type: source.type,
        level: source.level,
        modality: source.modality,
        status: "PLANNED",
        startDate: source.startDate,
        endDate: source.endDate,
        venueCity: source.venueCity,
        venueCountryCode: source.venueCountryCode,
        topics: source.topics,
        budgetAmount: source.budgetAmount,
        actualCost: null,
        currency: source.currency,
        targetNsbs: { create: source.targetNsbs.map((t) => ({ organizationId: t.organizationId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: copy.id, after: { ...(await snapshotOf(tx, copy.id)), copiedFrom: source.id } });
    return { id: copy.id };
  });
}
