import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor, seesAggregatesOnly } from "@/server/auth";
import { homeSummary } from "@/server/home";
import { organizationLabel } from "@/server/organizations";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { DonorDashboardsCallout } from "@/components/dashboards/donor-callout";

export default async function HomePage() {
  const actor = await requireActor();
  const [t, summary, organization] = await Promise.all([getTranslations("home"), homeSummary(actor), organizationLabel(actor)]);
  const figures = [
    { label: t("activeProgrammes"), value: summary.activeProgrammes },
    { label: t("upcomingActivities"), value: summary.upcomingActivities },
    ...(summary.participants === null ? [] : [{ label: t("participants"), value: summary.participants }]),
  ];
  return (
    <>
      <PageHeader title={t("welcome", { name: actor.name })} description={t(`intro.${actor.role}`, { organization: organization ?? "" })} />
      {seesAggregatesOnly(actor) ? <DonorDashboardsCallout /> : null}
      <dl className="mb-8 grid gap-4 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums">{f.value}</dd>
          </div>
        ))}
      </dl>
      <Card title={t("yourProgrammes")} actions={<Link href="/programmes" className="text-sm text-brand-700 hover:underline">{t("allProgrammes")}</Link>}>
        {summary.recentProgrammes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noProgrammes")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {summary.recentProgrammes.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <Link href={`/programmes/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  <span className="mr-2 font-mono text-xs text-slate-500">{p.code}</span>
                  {p.title}
                </Link>
                <ProgrammeStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
