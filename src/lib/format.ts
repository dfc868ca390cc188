/*
 * How the app writes dates, numbers, money and percentages, in the reader's language.
 * Each function takes the locale last; without it, the language of the page being
 * rendered (src/i18n/current-locale.ts; English outside a page). Client components pass
 * `useLocale()`. Intl formatters are costly to create (tens of µs each), so each is made
 * once per locale and options and kept (`cached`).
 */
import { currentLocale } from "@/i18n/current-locale";
import { isLocale, type Locale } from "@/i18n/locales";

/** The Intl locale behind each language: British English, metropolitan French, Spain's Spanish. */
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

const localeOf = (locale?: string): Locale => (isLocale(locale) ? locale : currentLocale());

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One formatter per kind, locale and options, made on first use. */
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

const dayFormat = (locale: Locale) =>
  cached(`day:${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }));

/** A date format of the locale with other options (for instance a chart's "July 2024"), kept like the others. */
export function dateFormat(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const l = localeOf(locale);
  return cached(`date:${l}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_LOCALE[l], { timeZone: "UTC", ...options }));
}

/** Dates are stored as calendar days (UTC); show them as such, whatever the server's zone: "1 Jul 2022", "1 juil. 2022". */
export function formatDate(date: Date | string | null | undefined, locale?: string): string {
  if (!date) return "—";
  const d = typeof date === "string" ? new Date(date) : date;
  return dayFormat(localeOf(locale)).format(d);
}

/** A moment, with the day written as `formatDate` writes it: "17 Jul 2024, 09:30 UTC". */
export function formatDateTime(date: Date | string, locale?: string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return `${formatDate(d, locale)}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** A calendar month given as "yyyy-mm" (how dashboards key months): "Jul 2022". */
export function formatMonth(month: string, locale?: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return month;
  const l = localeOf(locale);
  return cached(`month:${l}`, () => new Intl.DateTimeFormat(INTL_LOCALE[l], { month: "short", year: "numeric", timeZone: "UTC" })).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/*
 * Money. Whole amounts stay whole ("95,000", as budgets are usually set); an amount with
 * cents shows them to the currency's minor unit ("1,000.50", never a rounded "1,001" or a
 * clipped "1,000.5").
 */
function amountFormat(currency: string, locale: Locale): Intl.NumberFormat {
  return cached(`amount:${locale}:${currency}`, () => {
    // The currency's minor unit: 2 for most, 0 for JPY, 3 for KWD.
    const digits = new Intl.NumberFormat("en-GB", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits, trailingZeroDisplay: "stripIfInteger" });
  });
}

/** An amount with its currency code, once: "CHF 1,000.50", "CHF 95,000" (fr: "CHF 1 000,50"). */
export function formatMoney(amount: { toString(): string } | number | null | undefined, currency: string, locale?: string): string {
  if (amount == null) return "—";
  // A no-break space: the code never ends one line and the amount starts the next.
  return `${currency}\u00a0${formatAmount(amount, currency, locale)}`;
}

/** An amount without its code, for a table whose currency is in a column of its own. */
export function formatAmount(amount: { toString(): string } | number | null | undefined, currency: string, locale?: string): string {
  if (amount == null) return "—";
  return amountFormat(currency, localeOf(locale)).format(Number(amount.toString()));
}

/** A number with at most two decimals: "338,700" (fr "338 700", es "338.700"). */
export function formatNumber(value: { toString(): string } | number | null | undefined, locale?: string): string {
  if (value == null) return "—";
  const l = localeOf(locale);
  return cached(`number:${l}`, () => new Intl.NumberFormat(INTL_LOCALE[l], { maximumFractionDigits: 2 })).format(Number(value.toString()));
}

/** A percentage given out of 100, to one decimal at most: "12.5 %" (fr "12,5 %", es "12,5 %"). */
export function formatPercent(value: number | null | undefined, locale?: string): string {
  if (value == null) return "—";
  const l = localeOf(locale);
  // A space before the sign in every language, as the app already writes percentages.
  return `${cached(`percent:${l}`, () => new Intl.NumberFormat(INTL_LOCALE[l], { maximumFractionDigits: 1 })).format(value)} %`;
}

/** A date as the yyyy-mm-dd string a date input wants. */
export const toDateInput = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

const regionNames = new Map<Locale, Intl.DisplayNames>();

/**
 * A country's name in the reader's language: "Indonésie", "Indonesia". English keeps the
 * stored name (the ISO list's own wording); a code the runtime does not know keeps it too.
 */
export function countryName(country: { code: string; name: string }, locale?: string): string {
  const l = localeOf(locale);
  if (l === "en") return country.name;
  let names = regionNames.get(l);
  if (!names) regionNames.set(l, (names = new Intl.DisplayNames([INTL_LOCALE[l]], { type: "region", fallback: "none" })));
  try {
    return names.of(country.code) ?? country.name;
  } catch {
    return country.name;
  }
}

/** A country select's options in the reader's language, in its alphabetical order. */
export function countryOptionsIn<C extends { code: string; name: string }>(countries: readonly C[], locale?: string): C[] {
  const l = localeOf(locale);
  if (l === "en") return [...countries];
  const collator = new Intl.Collator(INTL_LOCALE[l]);
  return countries.map((c) => ({ ...c, name: countryName(c, l) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** A file's size in kilobytes, at least 1, in the reader's language: "12 kB", "12 ko". */
export function formatFileSize(bytes: number, locale?: string): string {
  const l = localeOf(locale);
  return cached(`kilobytes:${l}`, () => new Intl.NumberFormat(INTL_LOCALE[l], { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 })).format(Math.max(1, Math.round(bytes / 1024)));
}
