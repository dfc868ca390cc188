import "server-only";
import type { OrganizationKind, Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { DomainValidationError } from "@/domain/errors";
import { organizationRule } from "@/domain/users/roles";

const RULE_MESSAGES: Record<OrganizationKind, string> = {
  NSB: "A focal point needs a national standards body (NSB).",
  DONOR: "A donor viewer needs a donor organisation.",
  ISO_CS: "Administrators and staff belong to ISO/CS or to no organisation.",
  PARTNER: "This organisation cannot be chosen for this role.",
  OTHER: "This organisation cannot be chosen for this role.",
};

/**
 * Refuses a role and organisation that do not go together. `currentOrganizationId` is the
 * user's organisation before the change: an archived organisation may be kept, not newly chosen.
 */
export async function assertRoleOrganization(tx: Tx, role: Role, organizationId: string | null, currentOrganizationId: string | null = null) {
  const rule = organizationRule(role);
  if (!organizationId) {
    if (rule.required) throw new DomainValidationError("Choose an organisation for this role.", { organizationId: [RULE_MESSAGES[rule.kind]] });
    return;
  }
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { kind: true, archived: true } });
  if (!organization || (organization.archived && organizationId !== currentOrganizationId)) {
    throw new DomainValidationError("Choose an organisation from the list.", { organizationId: ["This organisation does not exist or is archived."] });
  }
  if (organization.kind !== rule.kind) {
    throw new DomainValidationError("The organisation does not fit the role.", { organizationId: [RULE_MESSAGES[rule.kind]] });
  }
}

/** What the audit trail keeps of a user: never the password hash. */
export function userSnapshot(user: { email: string; name: string; role: Role; organizationId: string | null; active: boolean }) {
  return { email: user.email, name: user.name, role: user.role, organizationId: user.organizationId, active: user.active };
}
