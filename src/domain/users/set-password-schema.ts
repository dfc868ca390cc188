import { z } from "zod";
import { confirmationMatches, newPasswordField, PASSWORDS_DIFFER } from "@/domain/users/password-policy";

export const setPasswordSchema = z
  .object({
    token: z.string().min(1).max(100),
    purpose: z.enum(["INVITE", "PASSWORD_RESET"]),
    newPassword: newPasswordField,
    confirmPassword: z.string().max(200),
  })
  .refine(confirmationMatches, { path: ["confirmPassword"], message: PASSWORDS_DIFFER });
