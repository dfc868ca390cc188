import type { OrganizationKind, Role } from "@/generated/prisma/enums";

/**
 * Which organisation a role needs: a focal point belongs to one NSB, a donor viewer to one
 * donor organisation; administrators and staff work at ISO/CS, so theirs is optional.
 * Exhaustive over Role: a new role does not compile until it has a rule here. Shared by
 * the user forms (which offer only fitting organisations) and src/server/users (which enforces it).
 */
export function organizationRule(role: Role): { kind: OrganizationKind; required: boolean } {
  switch (role) {
    case "FOCAL_POINT":
      return { kind: "NSB", required: true };
    case "DONOR":
      return { kind: "DONOR", required: true };
    case "ADMIN":
    case "STAFF":
      return { kind: "ISO_CS", required: false };
  }
}
