import type { OrganizationKind, Role } from "@/generated/prisma/enums";
import { DomainValidationError } from "@/domain/errors";
import { organizationRule } from "./roles";

const RULE_MESSAGES: Record<OrganizationKind, string> = {
  NSB: "A focal point needs a national standards body (NSB).",
  DONOR: "A donor viewer needs a donor organisation.",
  ISO_CS: "Administrators and staff belong to ISO/CS or to no organisation.",
  PARTNER: "This organisation cannot be chosen for this role.",
  OTHER: "This organisation cannot be chosen for this role.",
};

/** The organisation a user form names, as the database has it (null: there is none with that id). */
export interface NamedOrganization {
  kind: OrganizationKind;
  archived: boolean;
}

/**
 * Refuses a role and organisation that do not go together (field errors on `organizationId`).
 * `organization` is the row `organizationId` names; `currentOrganizationId` is the user's
 * organisation before the change: an archived organisation may be kept, not newly chosen.
 */
export function assertRoleFitsOrganization(
  role: Role,
  organizationId: string | null,
  organization: NamedOrganization | null,
  currentOrganizationId: string | null = null,
): void {
  const rule = organizationRule(role);
  if (!organizationId) {
    if (rule.required) throw new DomainValidationError("Choose an organisation for this role.", { organizationId: [RULE_MESSAGES[rule.kind]] });
    return;
  }
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
