import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import type { FormState } from "@/lib/form-state";
import { LOCALES } from "@/i18n/locales";

const name = z.string().trim().min(1, "Enter the person's name.").max(200, "Use at most 200 characters.");
const role = z.enum(Role, { message: "Choose a role." });
// An empty select means "no organisation".
const organizationId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || null);
const id = z.string().trim().min(1).max(40);
const version = z.coerce.number().int().min(1);

export const inviteUserSchema = z.object({
  email: z.string().trim().min(1, "Enter the email address.").max(320, "Use at most 320 characters.").email("Enter a valid email address."),
  name,
  role,
  organizationId,
  locale: z.enum(LOCALES, { message: "Choose a language." }).default("en"),
});

export const updateUserSchema = z.object({ id, name, role, organizationId, version });

export const setUserActiveSchema = z.object({
  id,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
  version,
});

export const issueResetSchema = z.object({ id });

export const signOutEverywhereSchema = z.object({ id });

/** A form that answers with a one-time link to show (and whether it was mailed). */
export interface LinkFormState extends FormState {
  link?: string;
  userId?: string;
  mail?: "sent" | "failed" | "disabled";
}
