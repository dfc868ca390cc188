import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth";
import { unreadNotificationCount } from "@/server/notifications";
import { signOutAction } from "./actions";
import { LanguageSwitcher } from "./language-switcher";

export async function AppHeader({ actor, organization }: { actor: Actor; organization: string | null }) {
  const t = await getTranslations();
  const unread = await unreadNotificationCount(actor);
  return (
    <header className="no-print bg-brand-900 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        {t("nav.skip")}
      </a>
      <div className="flex min-h-16 flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="text-base font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        <span className="flex-1" />
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitcher tone="dark" />
          <Link href="/notifications" className="rounded-md px-2 py-1 hover:bg-brand-700" data-testid="notifications-link">
            {t("notifications.nav")}
            {unread > 0 ? (
              <>
                {" "}
                <span className="rounded-full bg-white px-1.5 text-xs font-semibold text-brand-900">{unread}</span>
                <span className="sr-only"> {t("notifications.unread")}</span>
              </>
            ) : null}
          </Link>
          <Link href="/account" className="text-right leading-tight hover:underline" data-testid="current-user">
            <span className="block font-medium">{actor.name}</span>
            <span className="block text-xs text-brand-100">
              {t(`roles.${actor.role}`)}
              {organization ? ` · ${organization}` : ""}
            </span>
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md px-3 py-2 font-medium ring-1 ring-inset ring-brand-100/40 hover:bg-brand-700">
              {t("nav.signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
