import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { programmeScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { toDay } from "@/lib/form-fields";
import { fieldRefusal, mapUniqueViolation, refuseIfAny, validateWith, versionOf } from "@/server/mutations";
import { programmeSchema, type ProgrammeData, type ProgrammeInput } from "@/domain/programmes/schema";
import { NO_ID } from "@/server/auth/roles";

/*
 * Programme writes (staff only: "programmes.write"). Each runs in one transaction that
 * checks the version the caller read, replaces the beneficiary, funding and result lists,
 * and records the change (before and after, lists included) in the audit trail.
 */

const ENTITY = "Programme";

export function validateProgramme(input: ProgrammeInput): ProgrammeData {
  return validateWith(programmeSchema, input);
}

const scalarData = (data: ProgrammeData) => ({
  code: data.code,
  title: data.title,
  summary: data.summary,
  objectives: data.objectives,
  titleFr: data.titleFr,
  titleEs: data.titleEs,
  summaryFr: data.summaryFr,
  summaryEs: data.summaryEs,
  objectivesFr: data.objectivesFr,
  objectivesEs: data.objectivesEs,
  region: data.region,
  startDate: toDay(data.startDate),
  endDate: toDay(data.endDate),
  status: data.status,
  budgetAmount: data.budgetAmount,
  budgetCurrency: data.budgetCurrency,
});

/** The programme as the audit trail keeps it: its fields plus its three lists, in a stable order. */
async function snapshotOf(tx: Tx, id: string) {
  const p = await tx.programme.findUniqueOrThrow({
    where: { id },
    include: {
      beneficiaries: { select: { organization: { select: { id: true, acronym: true } } } },
      fundings: { select: { donorId: true, amount: true, currency: true, donor: { select: { acronym: true } } } },
      resultAreas: { select: { resultArea: { select: { id: true, code: true } } } },
    },
  });
  const { beneficiaries, fundings, resultAreas, ...scalars } = p;
  return {
    ...scalars,
    beneficiaries: beneficiaries.map((b) => b.organization).sort((a, b) => a.acronym.localeCompare(b.acronym) || a.id.localeCompare(b.id)),
    fundings: fundings
      .map((f) => ({ donorId: f.donorId, donor: f.donor.acronym, amount: f.amount.toString(), currency: f.currency }))
      .sort((a, b) => a.donor.localeCompare(b.donor) || a.donorId.localeCompare(b.donorId)),
    resultAreas: resultAreas.map((r) => r.resultArea).sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id)),
  };
}

/**
 * Rules that need the database: a unique code; beneficiaries are NSBs, funders donors,
 * results outcomes or outputs of a current plan. Archived ones stay allowed when the
 * programme already has them, so an edit never forces dropping history.
 */
async function checkReferences(tx: Tx, data: ProgrammeData, programmeId: string | null) {
  const errors: Record<string, string[]> = {};
  const linkedTo = programmeId ?? NO_ID;
  // One after the other: a transaction holds a single connection.
  const sameCode = await tx.programme.findFirst({ where: { code: data.code, ...(programmeId ? { id: { not: programmeId } } : {}) }, select: { id: true } });
  const nsbs = await tx.organization.findMany({
    where: { id: { in: data.nsbIds }, kind: "NSB", OR: [{ archived: false }, { beneficiaryOf: { some: { programmeId: linkedTo } } }] },
    select: { id: true },
  });
  const donors = await tx.organization.findMany({
    where: { id: { in: data.fundings.map((f) => f.donorId) }, kind: "DONOR", OR: [{ archived: false }, { fundings: { some: { programmeId: linkedTo } } }] },
    select: { id: true },
  });
  const areas = await tx.resultArea.findMany({
    where: {
      id: { in: data.resultAreaIds },
      level: { in: ["OUTCOME", "OUTPUT"] },
      OR: [{ archived: false, actionPlan: { archived: false } }, { programmes: { some: { programmeId: linkedTo } } }],
    },
    select: { id: true },
  });
  if (sameCode) errors.code = [CODE_TAKEN];
  const nsbSet = new Set(nsbs.map((n) => n.id));
  if (data.nsbIds.some((id) => !nsbSet.has(id))) errors.nsbIds = ["Choose beneficiaries from the list of national standards bodies."];
  const donorSet = new Set(donors.map((d) => d.id));
  data.fundings.forEach((f, i) => {
    if (!donorSet.has(f.donorId)) errors[`fundings.${i}.donorId`] = ["Choose a donor from the list."];
  });
  const areaSet = new Set(areas.map((a) => a.id));
  if (data.resultAreaIds.some((id) => !areaSet.has(id))) errors.resultAreaIds = ["Choose outcomes or outputs of a current Action Plan."];
  refuseIfAny(errors);
}

const CODE_TAKEN = "Another programme already uses this code.";

/** A race with another save of the same code ends as the same field error as the check. */
const mapCodeRace = <T>(work: Promise<T>) => mapUniqueViolation(work, () => fieldRefusal({ code: [CODE_TAKEN] }));

/** Reads the programme (in the caller's scope) for a write, and refuses a stale version. */
async function currentFor(tx: Tx, actor: Actor, id: string, version: number) {
  const current = await tx.programme.findFirst({ where: { AND: [{ id }, programmeScope(actor)] } });
  if (!current) throw new NotFoundError(ENTITY);
  await assertVersion(tx, ENTITY, current, version);
  return current;
}

export async function createProgramme(actor: Actor, input: ProgrammeInput): Promise<{ id: string }> {
  assertCan(actor, "programmes.write");
  const data = validateProgramme(input);
  return mapCodeRace(
    db().$transaction(async (tx) => {
      await checkReferences(tx, data, null);
      const { id } = await tx.programme.create({
        data: {
          ...scalarData(data),
          beneficiaries: { create: data.nsbIds.map((organizationId) => ({ organizationId })) },
          fundings: { create: data.fundings.map((f) => ({ donorId: f.donorId, amount: f.amount, currency: f.currency })) },
          resultAreas: { create: data.resultAreaIds.map((resultAreaId) => ({ resultAreaId })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: id, after: await snapshotOf(tx, id) });
      return { id };
    }),
  );
}

export async function updateProgramme(actor: Actor, id: string, input: ProgrammeInput & { version: number }): Promise<{ id: string; version: number }> {
  assertCan(actor, "programmes.write");
  const data = validateProgramme(input);
  const version = versionOf(input.version);
  return mapCodeRace(
    db().$transaction(async (tx) => {
      const current = await currentFor(tx, actor, id, version);
      if (current.archived) throw new DomainValidationError("This programme is archived. Restore it before editing.");
      await checkReferences(tx, data, id);
      const before = await snapshotOf(tx, id);
      await updateVersioned(tx, "Programme", id, version, scalarData(data));
      await tx.programmeBeneficiary.deleteMany({ where: { programmeId: id } });
      await tx.programmeBeneficiary.createMany({ data: data.nsbIds.map((organizationId) => ({ programmeId: id, organizationId })) });
      await tx.programmeFunding.deleteMany({ where: { programmeId: id } });
      await tx.programmeFunding.createMany({ data: data.fundings.map((f) => ({ programmeId: id, donorId: f.donorId, amount: f.amount, currency: f.currency })) });
      await tx.programmeResultArea.deleteMany({ where: { programmeId: id } });
      await tx.programmeResultArea.createMany({ data: data.resultAreaIds.map((resultAreaId) => ({ programmeId: id, resultAreaId })) });
      await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before, after: await snapshotOf(tx, id) });
      return { id, version: version + 1 };
    }),
  );
}

export type ProgrammeStateChange = "close" | "reopen" | "archive" | "restore";

const stateChanges: Record<ProgrammeStateChange, { refuse: (p: { status: string; archived: boolean }) => string | null; data: Prisma.ProgrammeUpdateManyMutationInput }> = {
  close: { refuse: (p) => (p.status === "CLOSED" ? "This programme is already closed." : null), data: { status: "CLOSED" } },
  reopen: { refuse: (p) => (p.status !== "CLOSED" ? "Only a closed programme can be reopened." : null), data: { status: "ACTIVE" } },
  archive: { refuse: (p) => (p.archived ? "This programme is already archived." : null), data: { archived: true } },
  restore: { refuse: (p) => (!p.archived ? "This programme is not archived." : null), data: { archived: false } },
};

/** Close (status CLOSED), reopen (back to ACTIVE), archive (hidden from lists) or restore a programme. */
export async function changeProgrammeState(actor: Actor, id: string, version: number, change: ProgrammeStateChange): Promise<{ id: string; version: number }> {
  assertCan(actor, "programmes.write");
  const expected = versionOf(version);
  const rule = stateChanges[change];
  if (!rule) throw new DomainValidationError("Unknown change.");
  return db().$transaction(async (tx) => {
    const current = await currentFor(tx, actor, id, expected);
    if (current.archived && (change === "close" || change === "reopen")) throw new DomainValidationError("This programme is archived. Restore it first.");
    const refused = rule.refuse(current);
    if (refused) throw new DomainValidationError(refused);
    const before = await snapshotOf(tx, id);
    await updateVersioned(tx, "Programme", id, expected, rule.data);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before, after: await snapshotOf(tx, id) });
    return { id, version: expected + 1 };
  });
}

export const closeProgramme = (actor: Actor, id: string, version: number) => changeProgrammeState(actor, id, version, "close");
export const reopenProgramme = (actor: Actor, id: string, version: number) => changeProgrammeState(actor, id, version, "reopen");
export const archiveProgramme = (actor: Actor, id: string, version: number) => changeProgrammeState(actor, id, version, "archive");
export const restoreProgramme = (actor: Actor, id: string, version: number) => changeProgrammeState(actor, id, version, "restore");
