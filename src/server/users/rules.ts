import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { assertRoleFitsOrganization } from "@/domain/users/rules";

/**
 * Refuses a role and organisation that do not go together, reading the organisation inside
 * the caller's transaction (the rule itself is pure: src/domain/users/rules.ts).
 */
export async function assertRoleOrganization(tx: Tx, role: Role, organizationId: string | null, currentOrganizationId: string | null = null) {
  const organization = organizationId ? await tx.organization.findUnique({ where: { id: organizationId }, select: { kind: true, archived: true } }) : null;
  assertRoleFitsOrganization(role, organizationId, organization, currentOrganizationId);
}
