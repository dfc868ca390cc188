import { describe, expect, it } from "vitest";
import { DomainValidationError } from "@/domain/errors";
import { assertRoleFitsOrganization, userSnapshot } from "./rules";

/** The field errors a refusal carries (none when the pair is accepted). */
function refusal(...args: Parameters<typeof assertRoleFitsOrganization>): Record<string, string[]> | null {
  try {
    assertRoleFitsOrganization(...args);
    return null;
  } catch (error) {
    if (error instanceof DomainValidationError) return error.fieldErrors ?? {};
    throw error;
  }
}

const nsb = { kind: "NSB" as const, archived: false };
const donor = { kind: "DONOR" as const, archived: false };

describe("a user's role and organisation", () => {
  it("requires an NSB for a focal point and a donor organisation for a donor viewer", () => {
    expect(refusal("FOCAL_POINT", null, null)?.organizationId).toEqual(["A focal point needs a national standards body (NSB)."]);
    expect(refusal("FOCAL_POINT", "o1", donor)?.organizationId).toEqual(["A focal point needs a national standards body (NSB)."]);
    expect(refusal("DONOR", "o1", nsb)?.organizationId).toEqual(["A donor viewer needs a donor organisation."]);
    expect(refusal("FOCAL_POINT", "o1", nsb)).toBeNull();
    expect(refusal("DONOR", "o1", donor)).toBeNull();
  });

  it("lets staff and administrators have no organisation, or ISO/CS only", () => {
    expect(refusal("STAFF", null, null)).toBeNull();
    expect(refusal("ADMIN", "o1", { kind: "ISO_CS", archived: false })).toBeNull();
    expect(refusal("STAFF", "o1", nsb)?.organizationId).toEqual(["Administrators and staff belong to ISO/CS or to no organisation."]);
  });

  it("refuses an unknown organisation, and an archived one unless the user already has it", () => {
    expect(refusal("FOCAL_POINT", "gone", null)?.organizationId).toEqual(["This organisation does not exist or is archived."]);
    expect(refusal("FOCAL_POINT", "o1", { ...nsb, archived: true })?.organizationId).toEqual(["This organisation does not exist or is archived."]);
    expect(refusal("FOCAL_POINT", "o1", { ...nsb, archived: true }, "o1")).toBeNull();
  });

  it("keeps no password hash in the audit snapshot", () => {
    const user = { email: "a@b.org", name: "A", role: "STAFF" as const, organizationId: null, active: true, passwordHash: "secret" };
    expect(userSnapshot(user)).toEqual({ email: "a@b.org", name: "A", role: "STAFF", organizationId: null, active: true });
  });
});
