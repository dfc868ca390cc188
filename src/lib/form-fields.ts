/**
 * zod building blocks for form schemas (shared by client forms, their actions and the data
 * layer). Each accepts what a form posts (strings) as well as typed values, and gives clear,
 * field-level messages. Pure: no server imports.
 */
import { z } from "zod";
import { currentLocale } from "@/i18n/current-locale";
import type { Locale } from "@/i18n/locales";

/** ISO 4217 codes the runtime knows (the same list in Node and in the browser). */
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf("currency");
const currencySet = new Set(CURRENCIES);

/** Largest amount a Decimal(14, 2) column holds. */
export const MAX_AMOUNT = 999_999_999_999.99;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The stored value of a "yyyy-mm-dd" day: midnight UTC (an invalid Date when it is no day). */
export const toDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** True for a "yyyy-mm-dd" string naming a day that exists. */
export function isRealDay(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = toDay(s);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The days the app takes in any form or filter (as the database's date columns expect). */
export const APP_FIRST_DAY = "1990-01-01";
export const APP_LAST_DAY = "2100-12-31";
export const OUT_OF_RANGE_DAY = "Enter a date between 1990 and 2100.";
/**
 * The field error for a date input that posted no readable day. Said in the reader's terms:
 * the browser shows the day in the reader's own format, so no format is named here (typed
 * text, as in CSV imports, says "yyyy-mm-dd" instead).
 */
export const NOT_A_DAY = "Enter a valid date.";

/** A real "yyyy-mm-dd" day within the app's range. */
export const isAppDay = (s: string) => isRealDay(s) && s >= APP_FIRST_DAY && s <= APP_LAST_DAY;

/** Free text: trimmed, at most `max` characters; `required` gives the message when empty. */
export function text(max: number, required?: string) {
  const base = z.string({ error: required ?? "Enter text." }).trim();
  const tooLong = `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.`;
  return required ? base.min(1, required).max(max, tooLong) : base.max(max, tooLong);
}

/** Optional free text that may be missing from typed input: defaults to "". */
export function optionalText(max: number) {
  return z.preprocess((v) => (v == null ? "" : v), text(max));
}

/** A calendar day as "yyyy-mm-dd" (what <input type="date"> posts). */
export function dateField(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine((s) => s === "" || ISO_DATE.test(s), NOT_A_DAY)
    .refine((s) => !ISO_DATE.test(s) || isRealDay(s), "This date does not exist.")
    .refine((s) => !isRealDay(s) || isAppDay(s), OUT_OF_RANGE_DAY);
}

/** What a typed number turned out to be: a value (null when empty) or why it cannot be read. */
export type DecimalReading = { ok: true; value: number | null } | { ok: false; reason: "ambiguousComma" | "ambiguousPoint" | "notNumber" };

/** The field error for a comma that may be a decimal comma ("12,5"), in English. */
export const AMBIGUOUS_COMMA = "Write decimals with a point, for example 12.5; a comma can only separate thousands, as in 1,250.50.";

/** The field error for a mark that may be meant the other way, in each language (said in the language's own convention). */
export const AMBIGUOUS_DECIMAL: Record<Locale, string> = {
  en: AMBIGUOUS_COMMA,
  fr: "Écrivez les décimales avec une virgule, par exemple 12,5 ; les milliers se séparent par une espace, comme dans 1 250,50.",
  es: "Escriba los decimales con una coma, por ejemplo 12,5; un punto solo puede separar los miles, como en 1.250,50.",
};

/** Groups of three digits after the first one to three: "1,250,000" with the given separator. */
const grouped = (sep: string) => new RegExp(`^-?\\d{1,3}(${sep === "." ? "\\." : sep}\\d{3})+`);

/**
 * Reads a number as people type it, by the conventions of their language (the page's,
 * src/i18n/current-locale.ts, unless given). Spaces (any kind) and apostrophes group
 * thousands in every language and are simply dropped.
 * - English: the decimal mark is a point. A comma counts as a thousands separator only
 *   where it cannot be a decimal comma: every comma followed by exactly three digits, in
 *   groups of three ("1,250.50"). Anything else with a comma ("12,5", "1.250,50") is
 *   refused rather than guessed, since in much of the world it means a decimal.
 * - French: the decimal mark is a comma ("12,5"); a point, unused in French numbers, is
 *   read as a decimal point too ("12.5"), never as a group.
 * - Spanish: the decimal mark is a comma; a point groups thousands in groups of three
 *   ("1.250" is 1250, "1.250,50" 1250.5); a point that groups nothing ("12.5", as a saved
 *   value is shown in an edit form) can only be a decimal point. A point and a comma that
 *   do not group as Spanish does ("1.25,5") are refused rather than guessed.
 */
export function readDecimal(input: string, locale: Locale = currentLocale()): DecimalReading {
  const compact = input.trim().replace(/[\s'\u2019]/g, "");
  if (compact === "") return { ok: true, value: null };
  const looksNumeric = /^-?[\d.,]+$/.test(compact);
  let digits = compact;
  if (locale === "en") {
    if (compact.includes(",")) {
      if (!new RegExp(`${grouped(",").source}(\\.\\d+)?$`).test(compact)) return { ok: false, reason: looksNumeric ? "ambiguousComma" : "notNumber" };
      digits = compact.replace(/,/g, "");
    }
  } else if (locale === "fr") {
    if (compact.includes(",") && compact.includes(".")) return { ok: false, reason: looksNumeric ? "ambiguousComma" : "notNumber" };
    digits = compact.replace(",", ".");
  } else if (new RegExp(`${grouped(".").source}(,\\d+)?$`).test(compact)) {
    digits = compact.replace(/\./g, "").replace(",", "."); // "1.250,50"
  } else if (compact.includes(".")) {
    // A point that groups no thousands can only be a decimal point ("12.5", as saved values are shown).
    if (compact.includes(",")) return { ok: false, reason: looksNumeric ? "ambiguousPoint" : "notNumber" };
  } else {
    digits = compact.replace(",", ".");
  }
  if (!/^-?\d+(\.\d+)?$/.test(digits)) return { ok: false, reason: "notNumber" };
  return { ok: true, value: Number(digits) };
}

/**
 * zod preprocess step for number fields: what a form posts becomes a number (or null when
 * empty); an ambiguous mark is refused with its own message; other text is left as it is,
 * for the number schema to refuse with the field's own message.
 */
export function parseDecimalField(value: unknown, ctx: z.RefinementCtx): unknown {
  if (value == null) return null;
  if (typeof value !== "string") return value;
  const locale = currentLocale();
  const reading = readDecimal(value, locale);
  if (reading.ok) return reading.value;
  if (reading.reason !== "notNumber") ctx.addIssue({ code: "custom", message: AMBIGUOUS_DECIMAL[locale] });
  return value;
}

const amount = z
  .number({ error: "Enter an amount as a number, for example 12500 or 12500.50." })
  .finite("Enter an amount as a number.")
  .min(0, "Enter an amount of 0 or more.")
  .max(MAX_AMOUNT, "This amount is too large.")
  .refine((n) => n < 0 || Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "Use at most two decimals.");

/** A non-negative amount of money; empty means "not set" (null). */
export const optionalMoney = z.preprocess(parseDecimalField, amount.nullable());

/** A non-negative amount of money that must be given. */
export const requiredMoney = z.preprocess(parseDecimalField, amount.nullable()).refine((v) => v !== null, "Enter an amount.").transform((v) => v as number);

/** An ISO 4217 currency code (three letters); lower case is accepted and upper-cased. */
export const currencyField = z
  .string({ error: "Choose a currency." })
  .trim()
  .toUpperCase()
  .min(1, "Choose a currency.")
  .refine((c) => c === "" || /^[A-Z]{3}$/.test(c), "Use a three-letter ISO 4217 currency code, for example CHF.")
  .refine((c) => !/^[A-Z]{3}$/.test(c) || currencySet.has(c), "This is not an ISO 4217 currency code.");

/** A record id (cuid) chosen from a list. */
export const idField = (required: string) => z.string({ error: required }).trim().min(1, required).max(40, required);

/** An optional record id: "" or missing means none. */
export const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().max(40).nullable());

/** Ids from a checkbox list: one value (string), several (array) or none (missing). Deduplicated. */
export const idList = (max: number, tooMany: string) =>
  z.preprocess(
    (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string().trim().min(1).max(40))
      .max(max, tooMany)
      .transform((ids) => [...new Set(ids)]),
  );

/** zod issues as field errors keyed by their dotted path ("_form" for the whole form), on the server and in client checks alike. */
export function issuesToFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

