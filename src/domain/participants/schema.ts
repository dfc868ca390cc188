import { z } from "zod";
import { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional().default("");

/** The participant form, shared by the page and its action. */
export const participantSchema = z.object({
  fullName: z.string().trim().min(2, "Enter the person's full name.").max(200, "Use at most 200 characters."),
  email: z
    .string()
    .trim()
    .max(320, "Use at most 320 characters.")
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.email("Enter a valid email address, or leave it empty.").nullable()),
  sex: z.enum(Sex, "Choose one."),
  ageBand: z.enum(AgeBand, "Choose one."),
  stakeholderGroup: z.enum(StakeholderGroup, "Choose one."),
  organizationName: optionalText(200, "Use at most 200 characters."),
  jobTitle: optionalText(200, "Use at most 200 characters."),
  countryCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null))
    .pipe(z.string().regex(/^[A-Z]{2}$/, "Choose a country.").nullable()),
  organizationId: z.string().max(40).optional().transform((v) => v || null),
  consentToContact: z.literal("on").optional().transform(Boolean),
  allowDuplicate: z.literal("on").optional().transform(Boolean),
  version: z.coerce.number().int().min(1).optional(),
});

export type ParticipantFormInput = z.output<typeof participantSchema>;

export const mergeSchema = z.object({
  keepId: z.string().min(1).max(40),
  duplicateId: z.string().min(1, "Choose the duplicate to merge.").max(40),
});

export const eraseSchema = z.object({ id: z.string().min(1).max(40), version: z.coerce.number().int().min(1) });
