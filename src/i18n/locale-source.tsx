"use client";

import { setLocaleSource } from "./current-locale";
import type { Locale } from "./locales";

/**
 * Gives the browser's formatters and number fields the page's language
 * (src/i18n/current-locale.ts). Set only in the browser: on the server one module serves
 * every request, whose languages differ.
 */
export function LocaleSource({ locale }: { locale: Locale }) {
  if (typeof window !== "undefined") setLocaleSource(() => locale);
  return null;
}
