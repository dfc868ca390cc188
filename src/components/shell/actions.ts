"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut, currentActor } from "@/server/auth";
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { setOwnLocale } from "@/server/users";

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

/**
 * The language switcher: a cookie for this browser (signed-out pages read it), and, when
 * signed in, the user's saved preference, which mails and notifications follow too.
 */
export async function setLanguageAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  const actor = await currentActor();
  if (actor) await setOwnLocale(actor, locale);
  revalidatePath("/", "layout");
}
