import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";

/**
 * Opens a signed-out page in a given language by setting the switcher's cookie, then goes
 * back: the public feedback form sends a participant who has chosen no language here, so
 * the form opens in the language the activity is held in. `next` must be a path of this
 * site; `lang=set` on the way back stops a browser without cookies from looping.
 */
export function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("locale");
  const next = request.nextUrl.searchParams.get("next") ?? "/";
  const path = next.startsWith("/") && !next.startsWith("//") && !next.includes("\\") ? next : "/";
  const target = new URL(path, request.nextUrl.origin);
  target.searchParams.set("lang", "set");
  const response = NextResponse.redirect(target, 303);
  if (isLocale(locale)) response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  return response;
}
