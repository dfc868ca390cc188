import "server-only";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError, type FieldErrors } from "@/domain/errors";
import { organizationRuleErrors } from "@/domain/organizations/rules";
import type { OrganizationInput } from "@/domain/organizations/schema";
import { fieldRefusal, mapUniqueViolation, refuseFields, refuseIfAny } from "@/server/mutations";

export type { OrganizationInput };

const ENTITY = "Organization";

const duplicateAcronym = (input: OrganizationInput) =>
  fieldRefusal({
    // Whole sentences (not a word swapped in), so messages/*/validation.json can translate each.
    acronym: [input.kind === "NSB" ? `Another NSB already uses the acronym ${input.acronym}.` : `Another organisation of this kind already uses the acronym ${input.acronym}.`],
  });

/** Rules that need the database: the country exists, the acronym is free within the kind. */
async function validate(tx: Tx, input: OrganizationInput, selfId: string | null): Promise<void> {
  const errors: FieldErrors = organizationRuleErrors(input);
  if (input.countryCode && !(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) {
    (errors.countryCode ??= []).push("Choose a country from the list.");
  }
  refuseIfAny(errors);
  const clash = await tx.organization.findFirst({
    where: { kind: input.kind, acronym: { equals: input.acronym, mode: "insensitive" }, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true },
  });
  if (clash) throw duplicateAcronym(input);
}

const data = (input: OrganizationInput) => ({
  name: input.name,
  acronym: input.acronym,
  kind: input.kind,
  countryCode: input.countryCode,
  membershipCategory: input.kind === "NSB" ? input.membershipCategory : null,
  website: input.website || null,
});

export async function createOrganization(actor: Actor, input: OrganizationInput) {
  assertCan(actor, "organizations.write");
  return mapUniqueViolation(
    db().$transaction(async (tx) => {
      await validate(tx, input, null);
      const created = await tx.organization.create({ data: data(input) });
      await recordAudit(tx, actor, { action: "CREATE", entityType: ENTITY, entityId: created.id, after: created });
      return created;
    }),
    () => duplicateAcronym(input),
  );
}

export async function updateOrganization(actor: Actor, id: string, version: number, input: OrganizationInput) {
  assertCan(actor, "organizations.write");
  return mapUniqueViolation(
    db().$transaction(async (tx) => {
      const current = await tx.organization.findUnique({
        where: { id },
        include: { _count: { select: { users: true, fundings: true, beneficiaryOf: true } } },
      });
      if (!current) throw new NotFoundError("Organisation");
      const { _count: links, ...before } = current;
      await assertVersion(tx, ENTITY, before, version);
      await validate(tx, input, id);
      if (input.kind !== current.kind && links.users + links.fundings + links.beneficiaryOf > 0) {
        refuseFields({ kind: ["This organisation has users or programme links; its kind cannot change."] });
      }
      const updated = await updateVersioned(tx, "Organization", id, version, data(input));
      await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before, after: updated });
      return updated;
    }),
    () => duplicateAcronym(input),
  );
}

/** Hides an organisation from lists and choices; its history stays. Refused while it has active users. */
export async function archiveOrganization(actor: Actor, id: string, version: number) {
  assertCan(actor, "organizations.write");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Organisation");
    await assertVersion(tx, ENTITY, before, version);
    const activeUsers = await tx.user.count({ where: { organizationId: id, active: true } });
    if (activeUsers > 0) {
      throw new DomainValidationError(
        activeUsers === 1
          ? "This organisation still has 1 active user account. Deactivate it first."
          : `This organisation still has ${activeUsers} active user accounts. Deactivate them first.`,
      );
    }
    const updated = await updateVersioned(tx, "Organization", id, version, { archived: true });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ENTITY, entityId: id, before, after: updated });
    return updated;
  });
}
