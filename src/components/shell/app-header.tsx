import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import { NavLink } from "./nav-link";
import { signOutAction } from "./actions";

export async function AppHeader({ actor, organization }: { actor: Actor; organization: string | null }) {
  const t = await getTranslations();
  const links = [
    { href: "/", label: t("nav.home"), show: true },
    { href: "/programmes", label: t("nav.programmes"), show: can(actor, "programmes.read") },
    { href: "/activities", label: t("activitiesPage.title"), show: can(actor, "programmes.read") },
    { href: "/framework", label: t("framework.nav"), show: can(actor, "framework.read") },
    { href: "/participants", label: t("participants.title"), show: can(actor, "participants.read") },
    { href: "/admin/users", label: t("nav.users"), show: can(actor, "users.manage") },
    { href: "/audit", label: t("nav.audit"), show: can(actor, "audit.read") },
  ].filter((l) => l.show);
  return (
    <header className="no-print bg-brand-900 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-base font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-1 flex-wrap gap-1">
          {links.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
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
