import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";

/** The app's languages as `<option>`s, each named in its own language (for a `<select>` of a language). */
export function LanguageOptions() {
  return LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {LOCALE_NAMES[l]}
    </option>
  ));
}
