import { cache } from "react";
import { defaultLocale, type Locale } from "./locales";

/*
 * The language of the work in progress, for the formatters (src/lib/format.ts) and number
 * input (src/lib/form-fields.ts), so callers write `formatDate(d)` without passing it along:
 * - a server component: `cache` keeps one store per request, set by src/i18n/request.ts
 *   when next-intl asks for the request's configuration (before any page text);
 * - a server action, route handler or mail: `withLocale` (src/i18n/with-locale.ts) scopes it;
 * - the browser: the page's language (set by <LocaleSource>).
 * Anywhere else it is English.
 */
const store = cache((): { locale: Locale } => ({ locale: defaultLocale }));

let source: (() => Locale | undefined) | null = null;

/** Where the scoped language comes from (server: AsyncLocalStorage; browser: the page). */
export function setLocaleSource(get: () => Locale | undefined) {
  source = get;
}

export const currentLocale = (): Locale => source?.() ?? store().locale;

export function setCurrentLocale(locale: Locale) {
  store().locale = locale;
}
