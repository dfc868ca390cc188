import { z } from "zod";
import { confirmationMatches, newPasswordField, PASSWORDS_DIFFER } from "@/domain/users/password-policy";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: newPasswordField,
    confirmPassword: z.string().max(200),
  })
  .refine(confirmationMatches, { path: ["confirmPassword"], message: PASSWORDS_DIFFER });
