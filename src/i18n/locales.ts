/**
 * The app's languages and how a request's language is chosen. Pure: used by the server
 * (src/i18n/request.ts), by the switcher and by the formatters (src/lib/format.ts).
 */
export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const defaultLocale: Locale = "en";

/** The cookie the switcher sets on signed-out pages (a signed-in user's choice is saved on the account). */
export const LOCALE_COOKIE = "locale";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** Each language's name in itself, for the switcher (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };

/** The first of the browser's languages the app speaks ("fr-CA,fr;q=0.9,en;q=0.8" → "fr"), by quality. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return null;
}

/** The order of issue 12: the user's saved preference > the switcher's cookie > Accept-Language > English. */
export function chooseLocale(choices: { preference?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(choices.preference)) return choices.preference;
  if (isLocale(choices.cookie)) return choices.cookie;
  return fromAcceptLanguage(choices.acceptLanguage) ?? defaultLocale;
}
