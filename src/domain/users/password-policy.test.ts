import { describe, expect, it } from "vitest";
import { passwordPolicyProblem } from "@/domain/users/password-policy";
import { organizationRule } from "@/domain/users/roles";
import { changePasswordSchema } from "@/domain/users/account-schema";
import { setPasswordSchema } from "@/domain/users/set-password-schema";

describe("password policy", () => {
  it("wants 10 to 200 characters", () => {
    expect(passwordPolicyProblem("123456789")).toBe("Use at least 10 characters.");
    expect(passwordPolicyProblem("1234567890")).toBeNull();
    expect(passwordPolicyProblem("x".repeat(200))).toBeNull();
    expect(passwordPolicyProblem("x".repeat(201))).toBe("Use at most 200 characters.");
  });

  it("puts a mismatched confirmation on the confirmation field", () => {
    const result = setPasswordSchema.safeParse({ token: "t", purpose: "INVITE", newPassword: "long-enough-1", confirmPassword: "long-enough-2" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["confirmPassword", "The two passwords do not match."]]);
    expect(setPasswordSchema.safeParse({ token: "t", purpose: "INVITE", newPassword: "long-enough-1", confirmPassword: "long-enough-1" }).success).toBe(true);
  });

  it("asks for the current password when changing one's own", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "", newPassword: "short", confirmPassword: "short" });
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["currentPassword", "newPassword"]);
  });
});

describe("organizationRule", () => {
  it("ties focal points to NSBs and donors to donor organisations; staff to ISO/CS optionally", () => {
    expect(organizationRule("FOCAL_POINT")).toEqual({ kind: "NSB", required: true });
    expect(organizationRule("DONOR")).toEqual({ kind: "DONOR", required: true });
    expect(organizationRule("STAFF")).toEqual({ kind: "ISO_CS", required: false });
    expect(organizationRule("ADMIN")).toEqual({ kind: "ISO_CS", required: false });
  });
});
