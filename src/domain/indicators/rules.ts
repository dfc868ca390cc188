import type { IndicatorSource, IndicatorUnit } from "@/generated/prisma/enums";
import type { FieldErrors } from "@/domain/errors";

/** Largest value a Decimal(14, 2) column holds. */
export const MAX_VALUE = 999_999_999_999.99;

let currencies: Set<string> | undefined;
/** An ISO 4217 code the runtime knows (Intl.supportedValuesOf("currency")). */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/** Units a computed source can produce; a manual indicator may use any unit. */
export const SOURCE_UNITS: Readonly<Record<IndicatorSource, readonly IndicatorUnit[]>> = {
  MANUAL: ["COUNT", "PERCENT", "YES_NO", "CURRENCY"],
  PARTICIPANTS_TRAINED: ["COUNT"],
  WOMEN_SHARE: ["PERCENT"],
  AVG_KNOWLEDGE_GAIN: ["PERCENT"],
  AVG_SATISFACTION: ["COUNT", "PERCENT"],
  NATIONAL_ADOPTIONS: ["COUNT"],
  LEADERSHIP_POSITIONS: ["COUNT"],
  SURVEY_APPLIED_SHARE: ["PERCENT"],
  SURVEY_STANDARDS_USED: ["COUNT"],
  SURVEY_COMMITTEE_JOINED: ["COUNT"],
  CAPACITY_SCORE_CHANGE: ["COUNT", "PERCENT"],
};

/** What is wrong with a baseline, target or reported value for this unit, or null. */
export function valueProblem(unit: IndicatorUnit, value: number): string | null {
  if (!Number.isFinite(value)) return "Enter a number.";
  if (value < 0) return "Enter zero or a positive number.";
  if (value > MAX_VALUE) return "This number is too large.";
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return "Use at most two decimal places.";
  switch (unit) {
    case "PERCENT":
      return value > 100 ? "A percentage is between 0 and 100." : null;
    case "YES_NO":
      return value === 0 || value === 1 ? null : "Use 1 for yes or 0 for no.";
    case "COUNT":
      return Number.isInteger(value) ? null : "A count is a whole number.";
    case "CURRENCY":
      return null;
  }
}

export interface IndicatorRuleInput {
  unit: IndicatorUnit;
  currency: string | null;
  source: IndicatorSource;
  baselineValue: number | null;
  baselineDate: Date | null;
  targetValue: number | null;
  targetDate: Date | null;
}

/** Rules between an indicator's own fields (the database checks come on top, in the data layer). */
export function indicatorRuleErrors(input: IndicatorRuleInput): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (input.unit === "CURRENCY") {
    if (!input.currency) add("currency", "Enter the currency of the values (ISO 4217 code, e.g. CHF).");
    else if (!isCurrencyCode(input.currency)) add("currency", "Enter a valid ISO 4217 currency code, e.g. CHF, USD or EUR.");
  } else if (input.currency) {
    add("currency", "Only a currency indicator has a currency; leave it empty.");
  }
  if (!SOURCE_UNITS[input.source].includes(input.unit)) {
    add("unit", `This computed source produces values in ${SOURCE_UNITS[input.source].join(" or ").toLowerCase()} units.`);
  }
  for (const field of ["baselineValue", "targetValue"] as const) {
    const value = input[field];
    const problem = value == null ? null : valueProblem(input.unit, value);
    if (problem) add(field, problem);
  }
  if (input.baselineDate && input.targetDate && input.targetDate.getTime() <= input.baselineDate.getTime()) {
    add("targetDate", "The target date must be after the baseline date.");
  }
  return errors;
}

export interface TargetRuleInput {
  periodStart: Date;
  periodEnd: Date;
  organizationId: string | null;
  targetValue: number;
}

/**
 * Rules between period targets: each period ends after it starts, its value fits the unit,
 * and periods of the same NSB (or of the overall indicator) do not overlap. Errors are
 * keyed `targets.<row>.<field>` (rows counted from 0; messages count from 1).
 */
export function targetRuleErrors(unit: IndicatorUnit, targets: readonly TargetRuleInput[]): FieldErrors {
  const errors: FieldErrors = {};
  const add = (row: number, field: string, message: string) => (errors[`targets.${row}.${field}`] ??= []).push(message);
  targets.forEach((target, row) => {
    if (target.periodEnd.getTime() <= target.periodStart.getTime()) add(row, "periodEnd", "The period must end after it starts.");
    const problem = valueProblem(unit, target.targetValue);
    if (problem) add(row, "targetValue", problem);
  });
  const groups = new Map<string, number[]>();
  targets.forEach((target, row) => {
    const key = target.organizationId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), row]);
  });
  for (const rows of groups.values()) {
    for (const [i, a] of rows.entries()) {
      for (const b of rows.slice(0, i)) {
        const x = targets[a]!;
        const y = targets[b]!;
        // Periods are whole days, both ends included.
        if (x.periodStart.getTime() <= y.periodEnd.getTime() && y.periodStart.getTime() <= x.periodEnd.getTime()) {
          add(a, "periodStart", `This period overlaps the period in row ${b + 1} for the same ${x.organizationId ? "NSB" : "indicator (all NSBs)"}.`);
          break;
        }
      }
    }
  }
  return errors;
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
