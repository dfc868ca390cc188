import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { getLocale } from "next-intl/server";
import { setLocaleSource } from "./current-locale";
import { defaultLocale, isLocale, type Locale } from "./locales";

// Server actions and route handlers run outside React's per-request cache: they scope the language here.
const storage = new AsyncLocalStorage<Locale>();
setLocaleSource(() => storage.getStore());

/** Runs `fn` with formats and number input in `locale` (src/i18n/current-locale.ts). */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}

/** Runs a route handler's work in the request's language (next-intl's choice: the user's, the cookie's, the browser's). */
export async function inRequestLocale<T>(fn: () => Promise<T>): Promise<T> {
  const locale = await getLocale();
  return withLocale(isLocale(locale) ? locale : defaultLocale, fn);
}
