import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentActor } from "@/server/auth/session";
import { setCurrentLocale } from "./current-locale";
import { chooseLocale, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { loadMessages } from "./messages";

export { defaultLocale } from "./locales";

/** The request's language: the user's saved preference > the switcher's cookie > Accept-Language > English. */
async function requestLocale(): Promise<Locale> {
  const [actor, cookieStore, headerList] = await Promise.all([currentActor(), cookies(), headers()]);
  return chooseLocale({ preference: actor?.locale, cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get("accept-language") });
}

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale (getTranslations({ locale })) is a mail or notice in its reader's language.
  const locale = isLocale(explicit) ? explicit : await requestLocale();
  if (!isLocale(explicit)) setCurrentLocale(locale);
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
