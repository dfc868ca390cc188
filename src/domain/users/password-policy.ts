import { z } from "zod";

/** The password rules, shared by the forms (zod) and the data layer (which checks again). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const PASSWORDS_DIFFER = "The two passwords do not match.";

/** Fields `newPassword` and `confirmPassword` must be equal; the error sits on the confirmation. */
export const confirmationMatches = <T extends { newPassword: string; confirmPassword: string }>(value: T) =>
  value.newPassword === value.confirmPassword;

/** The reason a password breaks the policy, or null when it is acceptable. */
export function passwordPolicyProblem(password: string): string | null {
  const result = newPasswordField.safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? "Invalid password.");
}
