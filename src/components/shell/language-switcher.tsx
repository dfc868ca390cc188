import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";
import { setLanguageAction } from "./actions";

/**
 * Three buttons, each naming its language in that language (a reader who does not read the
 * current one still finds their own). Works without JavaScript; on the header (dark) or on a
 * signed-out page (light).
 */
export async function LanguageSwitcher({ tone = "light" }: { tone?: "light" | "dark" }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  const base = "rounded-md px-2 py-1 text-sm min-h-9 min-w-11";
  const current = tone === "dark" ? "bg-white text-brand-900 font-semibold" : "bg-brand-700 text-white font-semibold";
  const other = tone === "dark" ? "text-white ring-1 ring-inset ring-brand-100/40 hover:bg-brand-700" : "text-brand-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-100";
  return (
    <form action={setLanguageAction} aria-label={t("label")} className="flex items-center gap-1" data-testid="language-switcher">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          title={LOCALE_NAMES[l]}
          className={`${base} ${l === locale ? current : other}`}
        >
          {/* The name read out holds the visible code (voice control) and the language's own name. */}
          {l.toUpperCase()}
          <span className="sr-only"> – {LOCALE_NAMES[l]}</span>
        </button>
      ))}
    </form>
  );
}
