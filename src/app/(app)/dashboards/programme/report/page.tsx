import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { getProgramme } from "@/server/programmes";
import { programmeDashboard, indicatorProgress, gedsiDashboard, dashboardFilterOptions } from "@/server/dashboards";
import { filterParams, filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { gedsiTables, indicatorTables, programmeTables } from "@/lib/dashboards/tables";
import { formatDate } from "@/lib/format";
import { DataTable, Section } from "@/components/dashboards/data-table";
import { PrintButton } from "@/components/dashboards/print-button";
import { PrintRunningHeader } from "@/components/dashboards/print-running-header";
import { ReportChooser } from "@/components/dashboards/report-chooser";
import { IndicatorFilterNote, ReportScope } from "@/components/dashboards/report-scope";
import { FilterSelect } from "@/components/ui/filter-select";
import { orNotFound, translator } from "../../shared";
import "../../print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("programmeReport") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The donor progress report of one programme: the dashboard's tables, laid out to print (or save as PDF). */
export default async function ProgrammeReportPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseDashboardFilters(await searchParams);
  const [t, options] = await Promise.all([getTranslations(), dashboardFilterOptions(actor)]);
  if (!filters.programmeId) {
    // A report is of one programme: without one, choose it (rather than a "page not found").
    return (
      <ReportChooser
        title={t("dashboards.programmeReport")}
        intro={options.programmes.length ? t("dashboards.report.chooseProgrammeIntro") : t("dashboards.report.noProgrammes")}
        back={{ href: `/dashboards/programme${filterQuery(filters)}`, label: t("dashboards.report.back") }}
        hidden={filterParams(filters)}
      >
        <FilterSelect name="programmeId" label={t("dashboards.filters.programme")} all={t("dashboards.report.chooseProgramme")} required
          options={options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))} />
      </ReportChooser>
    );
  }
  const [tr, programme, data, gedsi, indicators] = await Promise.all([
    translator(),
    orNotFound(getProgramme(actor, filters.programmeId)),
    orNotFound(programmeDashboard(actor, filters)),
    orNotFound(gedsiDashboard(actor, filters)),
    orNotFound(indicatorProgress(actor, filters)),
  ]);
  const p = Object.fromEntries(programmeTables(data, tr).map((x) => [x.key, x]));
  const g = Object.fromEntries(gedsiTables(gedsi, tr).map((x) => [x.key, x]));
  const [indicatorSummary, indicatorPeriods] = indicatorTables(indicators, tr);
  const donors = programme.fundings.map((f) => f.donor.name).join(", ");

  return (
    <article className="report mx-auto max-w-5xl">
      <PrintRunningHeader title={`${t("dashboards.report.programmeTitle", { code: programme.code })} · ${programme.title}`} date={t("dashboards.generatedOn", { date: formatDate(new Date()) })} />
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-2">
        <Link href={`/dashboards/programme${filterQuery(filters)}`} className="text-sm text-brand-700 hover:underline">← {t("dashboards.report.back")}</Link>
        <PrintButton label={t("dashboards.print")} />
      </div>
      <header className="border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-semibold">{t("dashboards.report.programmeTitle", { code: programme.code })}</h1>
        <p className="mt-1 text-lg">{programme.title}</p>
        <p className="mt-2 text-sm text-slate-700">{t("dashboards.report.period", { start: formatDate(programme.startDate), end: formatDate(programme.endDate) })}</p>
        {donors ? <p className="text-sm text-slate-700">{t("dashboards.report.funders", { donors })}</p> : null}
        <ReportScope filters={filters} nsbs={options.nsbs} />
        <p className="mt-2 text-xs text-slate-600">{t("dashboards.generatedOn", { date: formatDate(new Date()) })}</p>
      </header>

      <Section id="figures" title={t("dashboards.report.figures")}>
        <DataTable table={p.summary!} />
      </Section>
      <Section id="money" title={t("dashboards.tables.money")}>
        <p className="mb-2 text-sm">{t("dashboards.moneyNote")}</p>
        <DataTable table={p.money!} />
      </Section>
      <Section id="reach" title={t("dashboards.report.reach")}>
        <DataTable table={p.nsb!} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{p.country!.title}</h3>
        <DataTable table={p.country!} />
      </Section>
      <div className="report-break" />
      <Section id="gedsi" title={t("dashboards.report.gedsi")}>
        <p className="mb-2 text-sm">
          {gedsi.parityTarget === null ? t("dashboards.noParityTarget") : t("dashboards.parityTarget", { value: gedsi.parityTarget })}
        </p>
        <DataTable table={g.sexAge!} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{g.group!.title}</h3>
        <DataTable table={g.group!} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{g.gedsiYear!.title}</h3>
        <DataTable table={g.gedsiYear!} />
      </Section>
      <div className="report-break" />
      <Section id="indicators" title={t("dashboards.report.indicators")}>
        <p className="mb-2 text-sm">{t("dashboards.computedNote")}</p>
        <IndicatorFilterNote filters={filters} />
        <DataTable table={indicatorSummary!} empty={t("dashboards.noIndicators")} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{indicatorPeriods!.title}</h3>
        <DataTable table={indicatorPeriods!} empty={t("dashboards.noIndicators")} />
      </Section>
      <Section id="timeline" title={t("dashboards.tables.timeline")}>
        <DataTable table={p.timeline!} />
      </Section>
    </article>
  );
}
