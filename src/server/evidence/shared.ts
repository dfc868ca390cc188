import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { nsbScope, programmeScope } from "@/server/auth/scopes";
import { toDay } from "@/lib/form-fields";
import { refuseFields } from "@/server/mutations";
import { boundNsbId, isBoundToNsb, isStaff, NO_ID } from "@/server/auth/roles";

/*
 * What the two evidence registers (national adoptions, committee roles) share: their row
 * scope and the rules on whose NSB a row may name.
 *
 * Rows are public facts about NSBs (no personal data). Staff read and write every NSB's;
 * a focal point reads and writes only their own NSB's; a donor reads the rows of the NSBs
 * that benefit from the programmes it funds (nsbScope) and writes nothing.
 */

/** Evidence rows a caller may see, through the NSB they belong to. */
export const evidenceScope = (actor: Actor): { organization: Prisma.OrganizationWhereInput } => ({ organization: nsbScope(actor) });

export const dayOrNull = (iso: string | null) => (iso === null ? null : toDay(iso));

/**
 * The NSB a row may be written for: a focal point only their own, staff any NSB that is
 * not archived (or the row's current NSB, so editing an archived NSB's row still works).
 * Refused with a field error, before anything is written.
 */
export async function assertWritableNsb(tx: Tx, actor: Actor, organizationId: string, currentNsbId: string | null = null) {
  if (isBoundToNsb(actor)) {
    if (!actor.organizationId || organizationId !== actor.organizationId) {
      refuseFields({ organizationId: ["You can record evidence only for your own NSB."] });
    }
  }
  const nsb = await tx.organization.findFirst({
    where: { id: organizationId, kind: "NSB", ...(organizationId === currentNsbId ? {} : { archived: false }) },
    select: { id: true, acronym: true },
  });
  if (!nsb) refuseFields({ organizationId: ["Choose a national standards body from the list."] });
  return nsb;
}

/** A programme linked to an adoption must be one the NSB benefits from (and the caller may see). */
export async function assertBeneficiaryProgramme(tx: Tx, actor: Actor, programmeId: string | null, organizationId: string) {
  if (programmeId === null) return;
  const programme = await tx.programme.findFirst({
    where: { AND: [{ id: programmeId }, programmeScope(actor), { beneficiaries: { some: { organizationId } } }] },
    select: { id: true },
  });
  if (!programme) refuseFields({ programmeId: ["Choose a programme this NSB benefits from."] });
}

/** NSBs to offer in the registers' filters (the caller's scope) and forms (where they may write). */
export async function evidenceNsbOptions(actor: Actor) {
  assertCan(actor, "evidence.read");
  return db().organization.findMany({
    where: nsbScope(actor),
    select: { id: true, acronym: true, name: true, archived: true },
    orderBy: { acronym: "asc" },
  });
}

/** Programmes the caller may see, with their beneficiary NSBs (for the adoption form and filters). */
export async function evidenceProgrammeOptions(actor: Actor) {
  assertCan(actor, "evidence.read");
  const programmes = await db().programme.findMany({
    where: programmeScope(actor),
    select: { id: true, code: true, title: true, archived: true, beneficiaries: { select: { organizationId: true } } },
    orderBy: { code: "asc" },
  });
  return programmes.map(({ beneficiaries, ...p }) => ({ ...p, nsbIds: beneficiaries.map((b) => b.organizationId) }));
}

/** Ids of the programmes a caller may see (null: all), to hide links to others' programmes. */
export async function visibleProgrammeIds(actor: Actor): Promise<Set<string> | null> {
  if (isStaff(actor)) return null;
  const rows = await db().programme.findMany({ where: programmeScope(actor), select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** Choices for the evidence forms: the NSBs the caller may write for, and programmes with their beneficiaries. */
export async function evidenceFormOptions(actor: Actor) {
  assertCan(actor, "evidence.write");
  const [nsbs, programmes] = await Promise.all([
    db().organization.findMany({
      where: isBoundToNsb(actor) ? { id: boundNsbId(actor) ?? NO_ID, kind: "NSB" } : { kind: "NSB", archived: false },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    }),
    evidenceProgrammeOptions(actor),
  ]);
  return { nsbs, programmes };
}
