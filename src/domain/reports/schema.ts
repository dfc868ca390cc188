import { z } from "zod";
import { dateField, idField, optionalId, optionalText, parseDecimalField, text, toDay } from "@/lib/form-fields";
import { MAX_VALUE } from "@/domain/indicators/rules";
import { MAX_EVIDENCE_LINKS, evidenceLinkErrors, parsePeriodKey } from "@/domain/reports/rules";

/**
 * Shared by the report forms and their actions; the data layer re-checks every rule
 * (the unit, the values by sex and the reporting periods depend on the indicator).
 */

const version = z.coerce.number().int().min(1);
const optionalVersion = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().min(1).nullable());

const number = z
  .number({ error: "Enter a number, for example 3 or 12.5." })
  .finite("Enter a number.")
  .min(0, "Enter zero or a positive number.")
  .max(MAX_VALUE, "This number is too large.");
const optionalNumber = z.preprocess(parseDecimalField, number.nullable());
const requiredNumber = z
  .preprocess(parseDecimalField, number.nullable())
  .refine((v) => v !== null, "Enter the value for this period.")
  .transform((v) => v as number);

/** A reporting period as "yyyy-mm-dd_yyyy-mm-dd" (the period select's value). */
export const periodField = z
  .string({ error: "Choose a reporting period." })
  .trim()
  .min(1, "Choose a reporting period.")
  .transform((key, ctx) => {
    const period = parsePeriodKey(key);
    if (!period) {
      ctx.addIssue({ code: "custom", message: "Choose a reporting period." });
      return z.NEVER;
    }
    return period;
  });

/** The repeatable link inputs (evidenceLinks[]): empty rows are dropped. */
const links = z.preprocess(
  (v) => (v == null ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string().trim().max(2000, "Keep each link to 2,000 characters or fewer."))
    .transform((list) => list.filter(Boolean))
    .refine((list) => list.length <= MAX_EVIDENCE_LINKS, `At most ${MAX_EVIDENCE_LINKS} evidence links.`),
);

export const reportSchema = z
  .object({
    indicatorId: idField("Choose an indicator."),
    period: periodField,
    organizationId: optionalId,
    value: requiredNumber,
    valueFemale: optionalNumber,
    valueMale: optionalNumber,
    valueOther: optionalNumber,
    narrative: optionalText(5000),
    "evidenceLinks[]": links,
    version: optionalVersion,
    intent: z.enum(["save", "submit"]).default("save"),
  })
  .superRefine((value, ctx) => {
    for (const message of evidenceLinkErrors(value["evidenceLinks[]"]).evidenceLinks ?? []) {
      ctx.addIssue({ code: "custom", path: ["evidenceLinks[]"], message });
    }
  });

export const reportIdSchema = z.object({ id: idField("Missing report."), version });

export const reviewSchema = z
  .object({
    id: idField("Missing report."),
    version,
    decision: z.enum(["approve", "return"], { error: "Choose approve or return." }),
    comment: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what the reporter should fix: the comment is required to return a report." });
    }
  });

export const removeFileSchema = z.object({ fileId: idField("Missing file."), reportId: idField("Missing report.") });

export const lockSchema = z
  .object({
    periodStart: dateField("Enter the first day of the locked period."),
    periodEnd: dateField("Enter the last day of the locked period."),
    programmeId: optionalId,
    reason: text(500, "Give the reason: reporters see it when they are refused."),
  })
  // Checked whenever both dates are valid days, even if another field (the reason) failed,
  // so the form shows every mistake at once. "yyyy-mm-dd" strings compare as the days do.
  .refine((v) => v.periodEnd >= v.periodStart, {
    path: ["periodEnd"],
    message: "The period must end on or after its start.",
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "periodStart" || i.path?.[0] === "periodEnd"),
  })
  .transform((v) => ({ ...v, periodStart: toDay(v.periodStart), periodEnd: toDay(v.periodEnd) }));

export const unlockSchema = z.object({
  id: idField("Missing lock."),
  reason: text(500, "Give the reason for unlocking."),
});

export const remindersSchema = z.object({
  programmeId: idField("Choose a programme."),
  period: periodField,
});

export const notificationSchema = z.object({ id: idField("Missing notification.") });
