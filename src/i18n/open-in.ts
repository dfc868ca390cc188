import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isLocale, LOCALE_COOKIE } from "./locales";

/**
 * A signed-out page that knows its reader's language (the activity's for its feedback form,
 * the invitee's for an invitation) opens in it, unless this browser has chosen one with the
 * switcher. It goes through GET /api/language, which sets the switcher's cookie and comes
 * back with `lang=set` (so a browser without cookies is not sent round again).
 */
export async function openIn(language: string | null | undefined, path: string, lang: string | undefined): Promise<void> {
  if (!isLocale(language) || lang === "set") return;
  const [current, cookieStore] = await Promise.all([getLocale(), cookies()]);
  if (language === current || cookieStore.has(LOCALE_COOKIE)) return;
  redirect(`/api/language?locale=${language}&next=${encodeURIComponent(path)}`);
}
