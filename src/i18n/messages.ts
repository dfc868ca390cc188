import { createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "./locales";

/**
 * The catalogs: one file per feature area in messages/<locale>/, merged into one catalog
 * (each file holds its own top-level keys). A French or Spanish catalog is laid over the
 * English one, so a key not yet translated shows in English rather than as its key
 * (messages/catalogs.test.ts keeps the three complete).
 */
export const CATALOG_FILES = ["core", "admin", "framework", "participants", "programmes-manage", "organizations", "evidence", "reports", "dashboards", "imports", "iati", "validation", "surveys", "assessments"] as const;

type Messages = Record<string, unknown>;

async function readCatalog(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    CATALOG_FILES.map(async (name) => {
      try {
        return (await import(`../../messages/${locale}/${name}.json`)).default as Messages;
      } catch {
        return {}; // a file not written yet: English stands in
      }
    }),
  );
  return Object.assign({}, ...parts) as Messages;
}

function overlay(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = base[key];
    const bothObjects = value && typeof value === "object" && under && typeof under === "object";
    out[key] = bothObjects ? overlay(under as Messages, value as Messages) : value;
  }
  return out;
}

// Catalogs never change while the server runs: read each language once.
const loaded = new Map<Locale, Promise<Messages>>();

export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages =
      locale === defaultLocale
        ? readCatalog(locale)
        : Promise.all([loadMessages(defaultLocale), readCatalog(locale)]).then(([en, own]) => overlay(en, own));
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * Texts in a given language outside a page (mails, notifications, imports): each in the
 * language of the person who reads it, not of the one who acts.
 */
export async function translatorFor<N extends string>(locale: Locale, namespace: N) {
  const messages = await loadMessages(locale);
  // The namespace is checked at run time; typed keys are not generated for this app.
  return createTranslator({ locale, messages, namespace: namespace as never, timeZone: "UTC" }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
