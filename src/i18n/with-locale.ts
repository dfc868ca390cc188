import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { setLocaleSource } from "./current-locale";
import type { Locale } from "./locales";

// Server actions and route handlers run outside React's per-request cache: they scope the language here.
const storage = new AsyncLocalStorage<Locale>();
setLocaleSource(() => storage.getStore());

/** Runs `fn` with formats and number input in `locale` (src/i18n/current-locale.ts). */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}
