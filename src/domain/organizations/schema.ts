import { z } from "zod";
import { MembershipCategory, OrganizationKind } from "@/generated/prisma/enums";
import { organizationRuleErrors } from "@/domain/organizations/rules";
import { idField, text } from "@/lib/form-fields";

/** Shared by the organisation form and its actions; the data layer re-checks every rule. */

const version = z.coerce.number().int().min(1);

const fields = {
  name: text(200, "Enter the organisation's name."),
  acronym: text(30, "Enter the acronym, e.g. BSN."),
  kind: z.enum(OrganizationKind, { error: "Choose the kind of organisation." }),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || /^[A-Z]{2}$/.test(v), "Choose a country from the list.")
    .transform((v) => v || null),
  membershipCategory: z
    .union([z.literal(""), z.enum(MembershipCategory)], { error: "Choose a membership category from the list." })
    .default("")
    .transform((v) => v || null),
  website: z
    .string()
    .trim()
    .max(300, "Keep the address to 300 characters or fewer.")
    .default("")
    .transform((v) => v || null),
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/** The rules between fields, as field errors next to the fields concerned. */
function rules(value: Fields, ctx: z.RefinementCtx) {
  for (const [field, messages] of Object.entries(organizationRuleErrors(value))) {
    for (const message of messages) ctx.addIssue({ code: "custom", path: [field], message });
  }
}

export const organizationSchema = z.object(fields).superRefine(rules);
/** An organisation's fields as the data layer takes them (the schema's output: a new field is added above only). */
export type OrganizationInput = z.output<typeof organizationSchema>;
export const organizationUpdateSchema = z.object({ ...fields, id: idField("Missing organisation."), version }).superRefine(rules);
export const archiveOrganizationSchema = z.object({ id: idField("Missing organisation."), version });
