import { z } from "zod";
import { IndicatorDirection, IndicatorSource, IndicatorUnit } from "@/generated/prisma/enums";
import { NOT_A_DAY, OUT_OF_RANGE_DAY, idField, isAppDay, isRealDay, optionalId, optionalText, parseDecimalField, text, toDay } from "@/lib/form-fields";
import { MAX_VALUE, indicatorRuleErrors, targetRuleErrors } from "@/domain/indicators/rules";
import { translationFields } from "@/lib/translations";

/**
 * Shared by the indicator form and its actions; the data layer re-checks every rule.
 * Period targets are posted as parallel lists (periodStart[], periodEnd[], organizationId[],
 * targetValue[]); their errors are keyed targets.<row>.<field>.
 */

const version = z.coerce.number().int().min(1);

const number = z
  .number({ error: "Enter a number, for example 25 or 12.5." })
  .finite("Enter a number.")
  .min(0, "Enter zero or a positive number.")
  .max(MAX_VALUE, "This number is too large.");
const optionalNumber = z.preprocess(parseDecimalField, number.nullable());
const requiredNumber = z.preprocess(parseDecimalField, number.nullable()).refine((v) => v !== null, "Enter the target value.").transform((v) => v as number);

const optionalDay = z
  .string()
  .trim()
  .default("")
  .refine((s) => s === "" || isRealDay(s), { message: NOT_A_DAY, abort: true })
  .refine((s) => s === "" || !isRealDay(s) || isAppDay(s), { message: OUT_OF_RANGE_DAY, abort: true })
  .transform((s) => (s === "" ? null : toDay(s)));
const requiredDay = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .refine((s) => isRealDay(s), { message: NOT_A_DAY, abort: true })
    .refine((s) => !isRealDay(s) || isAppDay(s), { message: OUT_OF_RANGE_DAY, abort: true })
    .transform(toDay);

const checkbox = z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean());

const target = z.object({
  periodStart: requiredDay("Enter the start of the period."),
  periodEnd: requiredDay("Enter the end of the period."),
  organizationId: optionalId,
  targetValue: requiredNumber,
});

const TARGET_FIELDS = ["periodStart", "periodEnd", "organizationId", "targetValue"] as const;

/** Parallel lists from the form as rows (a typed `targets` array passes through). */
function withTargetRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || "targets" in raw) return raw;
  const values = raw as Record<string, unknown>;
  const list = (field: string) => {
    const v = values[`${field}[]`];
    return Array.isArray(v) ? v : v == null ? [] : [v];
  };
  const columns = TARGET_FIELDS.map(list);
  const rows = Math.max(0, ...columns.map((c) => c.length));
  const targets = Array.from({ length: rows }, (_, i) => Object.fromEntries(TARGET_FIELDS.map((f, j) => [f, columns[j]![i] ?? ""])));
  return { ...values, targets };
}

const details = {
  resultAreaId: idField("Choose the outcome or output this indicator measures."),
  code: text(30, "Enter a code, e.g. CET-6."),
  title: text(200, "Enter a title."),
  ...translationFields({ title: 200 }),
  definition: optionalText(5000),
  unit: z.enum(IndicatorUnit, { error: "Choose a unit." }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .max(3, "Use the three-letter ISO 4217 code, e.g. CHF.")
    .default("")
    .transform((v) => v || null),
  direction: z.enum(IndicatorDirection, { error: "Choose whether the value should increase or decrease." }),
  source: z.enum(IndicatorSource, { error: "Choose where the values come from." }),
  baselineValue: optionalNumber,
  baselineDate: optionalDay,
  targetValue: optionalNumber,
  targetDate: optionalDay,
  disaggregateByNsb: checkbox,
  disaggregateBySex: checkbox,
  targets: z.array(target).max(200, "At most 200 period targets."),
};

type Details = z.output<z.ZodObject<typeof details>>;

function rules(value: Details, ctx: z.RefinementCtx) {
  const errors = { ...indicatorRuleErrors(value), ...targetRuleErrors(value.unit, value.targets) };
  for (const [key, messages] of Object.entries(errors)) {
    const path = key.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    for (const message of messages) ctx.addIssue({ code: "custom", path, message });
  }
}

export const indicatorSchema = z.preprocess(
  withTargetRows,
  z.object({ ...details, programmeId: optionalId, actionPlanId: optionalId }).superRefine(rules),
);

export const indicatorUpdateSchema = z.preprocess(
  withTargetRows,
  z.object({ ...details, id: idField("Missing indicator."), version }).superRefine(rules),
);

export const archiveIndicatorSchema = z.object({ id: idField("Missing indicator."), version });
