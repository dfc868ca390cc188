/**
 * Content entered in several languages: a programme's title, summary and objectives, an
 * activity's title and description, an indicator's title have optional French and Spanish
 * versions in columns of their own (`titleFr`, `titleEs`…: typed, queryable, empty when
 * not given). Pages show the viewer's version where there is one, else the original.
 */
import { currentLocale } from "@/i18n/current-locale";
import { isLocale, type Locale } from "@/i18n/locales";
import { optionalText } from "./form-fields";

/** The languages a text may be translated into besides its original. */
export const TRANSLATED_LOCALES = ["fr", "es"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

const SUFFIX: Record<TranslatedLocale, "Fr" | "Es"> = { fr: "Fr", es: "Es" };

/** The column of a field's version in a language: ("title", "fr") → "titleFr". */
export const translatedField = <F extends string>(field: F, locale: TranslatedLocale) => `${field}${SUFFIX[locale]}` as `${F}${"Fr" | "Es"}`;

type WithVersions<F extends string> = { [K in F]: string } & Partial<Record<`${F}Fr` | `${F}Es`, string | null>>;

/** The field in the viewer's language (the page's unless given) when filled in, else the original. */
export function localized<F extends string>(record: WithVersions<F>, field: F, locale?: Locale | string): string {
  const l = isLocale(locale) ? locale : currentLocale();
  if (l === "en") return record[field];
  const version = (record as Record<string, string | null | undefined>)[translatedField(field, l)];
  return version?.trim() ? version : record[field];
}

/** zod fields for the French and Spanish versions of some fields, each as long as the original may be. */
export function translationFields<F extends string>(limits: Record<F, number>) {
  return Object.fromEntries(
    Object.entries<number>(limits).flatMap(([field, max]) => TRANSLATED_LOCALES.map((l) => [translatedField(field, l), optionalText(max)])),
  ) as Record<`${F}Fr` | `${F}Es`, ReturnType<typeof optionalText>>;
}

/** The French and Spanish versions of a record, as form defaults ("" when none). */
export function translationValues<F extends string>(record: Partial<Record<string, unknown>>, fields: readonly F[]): Record<`${F}Fr` | `${F}Es`, string> {
  return Object.fromEntries(
    fields.flatMap((f) => TRANSLATED_LOCALES.map((l) => [translatedField(f, l), String(record[translatedField(f, l)] ?? "")])),
  ) as Record<`${F}Fr` | `${F}Es`, string>;
}

