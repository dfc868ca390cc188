import { z } from "zod";
import { ResultLevel } from "@/generated/prisma/enums";

/** Shared by the framework forms and their actions; the data layer re-checks every rule. */

const id = z.string().trim().min(1).max(40);
const year = (label: string) =>
  z.coerce
    .number({ error: `Enter the ${label} as a year, e.g. 2026.` })
    .int(`Enter the ${label} as a whole year.`)
    .min(2000, "Enter a year between 2000 and 2100.")
    .max(2100, "Enter a year between 2000 and 2100.");
const title = z.string().trim().min(1, "Enter a title.").max(200, "At most 200 characters.");
const description = z.string().trim().max(5000, "At most 5000 characters.").default("");
const version = z.coerce.number().int().min(1);
const optionalVersion = z.preprocess((v) => (v === "" ? undefined : v), version.optional());

export const planSchema = z
  .object({ title, startYear: year("start year"), endYear: year("end year"), description })
  .refine((p) => p.endYear >= p.startYear, { path: ["endYear"], message: "The end year cannot be before the start year." });

export const planUpdateSchema = z
  .object({ id, version, title, startYear: year("start year"), endYear: year("end year"), description })
  .refine((p) => p.endYear >= p.startYear, { path: ["endYear"], message: "The end year cannot be before the start year." });

const code = z
  .string()
  .trim()
  .min(1, "Enter a code, e.g. O1.2.")
  .max(30, "At most 30 characters.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Use letters, digits, dots, hyphens or underscores (e.g. O1.2).");

export const areaSchema = z.object({
  actionPlanId: id,
  parentId: z.string().trim().max(40).transform((v) => v || null),
  level: z.enum(ResultLevel, { error: "Choose a level." }),
  code,
  title,
  description,
});

export const areaUpdateSchema = z.object({ id, version, code, title, description });

/** Archive / restore buttons: the record and the version shown. */
export const archiveSchema = z.object({ id, version: optionalVersion, showArchived: z.string().max(1).optional() });

export const moveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
