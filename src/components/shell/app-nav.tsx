import { getTranslations } from "next-intl/server";
import { type Actor, can } from "@/server/auth";
import { NavLink } from "./nav-link";
import { PhoneMenu } from "./phone-menu";

/**
 * The main navigation, grouped by what people do: a sidebar on wide screens, one "Menu"
 * button above the page on narrow ones (PhoneMenu). Only the links a role may use are shown, and
 * a group without any is left out, heading and all.
 */
export async function AppNav({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  // Staff manage the organisations, an administrative task; for focal points and donors the
  // list is a read-only directory of the bodies in their programmes, so it sits with those
  // (else they would see an "Administration" heading over nothing they may administer).
  const managesOrganisations = can(actor, "organizations.write");
  const organisations = { href: "/organizations", label: t("organizations.nav") };
  const groups = [
    {
      heading: null,
      links: [
        { href: "/", label: t("nav.home"), show: true },
        { href: "/dashboards", label: t("dashboards.nav"), show: can(actor, "dashboards.read") },
      ],
    },
    {
      heading: t("nav.groupProgrammes"),
      links: [
        { href: "/programmes", label: t("nav.programmes"), show: can(actor, "programmes.read") },
        { href: "/activities", label: t("activitiesPage.title"), show: can(actor, "programmes.read") },
        { href: "/indicators", label: t("indicatorsPage.nav"), show: can(actor, "programmes.read") },
        { href: "/framework", label: t("framework.nav"), show: can(actor, "framework.read") },
        { ...organisations, show: !managesOrganisations && can(actor, "framework.read") },
      ],
    },
    {
      heading: t("nav.groupResults"),
      links: [
        { href: "/participants", label: t("participants.title"), show: can(actor, "participants.read") },
        { href: "/reports", label: t("reportsPage.nav"), show: can(actor, "reports.write") },
        { href: "/assessments", label: t("assessments.nav"), show: can(actor, "assessments.write") },
        { href: "/evidence", label: t("evidence.nav"), show: can(actor, "evidence.read") },
      ],
    },
    {
      heading: t("nav.groupAdmin"),
      links: [
        { ...organisations, show: managesOrganisations },
        { href: "/admin/users", label: t("nav.users"), show: can(actor, "users.manage") },
        { href: "/audit", label: t("nav.audit"), show: can(actor, "audit.read") },
      ],
    },
  ]
    .map((group) => ({ ...group, links: group.links.filter((link) => link.show) }))
    .filter((group) => group.links.length > 0);

  const links = groups.map((group, index) => (
    <div key={group.heading ?? index} className="space-y-0.5">
      {group.heading ? <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{group.heading}</p> : null}
      {group.links.map((link) => (
        <NavLink key={link.href} href={link.href}>
          {link.label}
        </NavLink>
      ))}
    </div>
  ));

  // Two renderings of the same links: folded on a phone, a sidebar on a wide screen; the one
  // not shown is display:none, so assistive technology meets the links once.
  return (
    <nav aria-label={t("nav.main")} className="no-print border-b border-slate-200 bg-white px-4 py-1 lg:sticky lg:top-0 lg:h-[calc(100vh-4rem)] lg:w-56 lg:shrink-0 lg:overflow-y-auto lg:border-b-0 lg:border-r lg:py-6">
      <PhoneMenu label={t("nav.menu")}>{links}</PhoneMenu>
      <div className="hidden lg:block lg:space-y-5">{links}</div>
    </nav>
  );
}
