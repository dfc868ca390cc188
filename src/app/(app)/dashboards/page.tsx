import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { choosesNsb, isBoundToNsb, requireActor, seesAggregatesOnly } from "@/server/auth";
import { programmeDashboard, dashboardFilterOptions } from "@/server/dashboards";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { programmeTables, round1 } from "@/lib/dashboards/tables";
import { formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { BarChartView } from "@/components/dashboards/charts";
import { ChartFigure, DataTable, Kpis, Section } from "@/components/dashboards/data-table";
import { DashboardFilterForm } from "@/components/dashboards/filter-form";
import { exportHref, orNotFound, translator } from "./shared";
import "./print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The dashboards' landing page: headline figures for everything in scope, and the way into each dashboard. */
export default async function DashboardsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseDashboardFilters(await searchParams);
  const [t, tr, data, options] = await Promise.all([getTranslations(), translator(), orNotFound(programmeDashboard(actor, filters)), dashboardFilterOptions(actor)]);
  const tables = Object.fromEntries(programmeTables(data, tr).map((x) => [x.key, x]));
  const query = filterQuery(filters);
  const intro = seesAggregatesOnly(actor) ? t("dashboards.donorIntro") : isBoundToNsb(actor) ? t("dashboards.focalIntro") : t("dashboards.description");
  const cards = [
    { href: `/dashboards/programme${query}`, title: t("dashboards.programmeTitle"), text: t("dashboards.programmeDescription") },
    { href: `/dashboards/gedsi${query}`, title: t("dashboards.gedsiTitle"), text: t("dashboards.gedsiDescription") },
    { href: `/dashboards/action-plan${query}`, title: t("dashboards.actionPlanTitle"), text: t("dashboards.actionPlanDescription") },
  ];

  return (
    <>
      <PageHeader title={t("dashboards.title")} description={intro} />
      <DashboardFilterForm path="/dashboards" filters={filters} options={options} showNsb={choosesNsb(actor)} />
      <div className="mt-6">
        <Kpis
          items={[
            { label: t("dashboards.kpi.activities"), value: formatNumber(data.activities) },
            { label: t("dashboards.kpi.people"), value: formatNumber(data.reach.people), hint: t("dashboards.kpi.peopleHint", { count: data.reach.participations }) },
            { label: t("dashboards.kpi.womenShare"), value: data.reach.womenShare === null ? "—" : `${formatNumber(round1(data.reach.womenShare))} %` },
            { label: t("dashboards.kpi.nsbsReached"), value: formatNumber(data.nsbsReached) },
          ]}
        />
      </div>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {cards.map((c) => (
          <li key={c.href} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-base font-semibold">
              <Link href={c.href} className="text-brand-700 hover:underline">{c.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{c.text}</p>
          </li>
        ))}
      </ul>
      <Section id="programmes" title={t("dashboards.tables.programmes")}>
        <ChartFigure
          title={t("dashboards.charts.programmes")}
          chart={<BarChartView id="programmes" data={data.byProgramme.map((p) => ({ code: p.code, people: p.people }))} categoryKey="code" series={[{ key: "people", label: t("dashboards.col.people") }]} />}
        >
          <DataTable table={tables.programmes!} exportHref={exportHref("programme", filters)("programmes")} />
        </ChartFigure>
        <ul className="mt-4 flex flex-wrap gap-2 text-sm">
          {data.byProgramme.map((p) => (
            <li key={p.id}>
              <Link href={`/dashboards/programme${filterQuery({ ...filters, programmeId: p.id })}`} className="rounded-md px-2 py-1 text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                {t("dashboards.openProgramme", { code: p.code })}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
