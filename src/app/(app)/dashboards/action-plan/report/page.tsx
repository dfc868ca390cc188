import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { actionPlanDashboard, programmeDashboard, gedsiDashboard, dashboardFilterOptions } from "@/server/dashboards";
import { filterParams, filterQuery, parseDashboardFilters, planReportYear, planYears, type DashboardFilters } from "@/lib/dashboards/filters";
import { actionPlanTables, gedsiTables, programmeTables, type DashboardTable } from "@/lib/dashboards/tables";
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
  return { title: (await getTranslations("dashboards"))("planReport") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Tables = Record<string, DashboardTable>;

/** The yearly Action Plan progress report for DEVCO: one calendar year, every outcome and output. */
export default async function ActionPlanReportPage({ searchParams }: Props) {
  const actor = await requireActor();
  const search = await searchParams;
  const planId = typeof search.planId === "string" ? search.planId : "";
  // The year is the date range: activities starting in it, indicator values of periods ending in it.
  const { from: _f, to: _t, ...rest } = parseDashboardFilters(search);
  void _f;
  void _t;
  const [t, options] = await Promise.all([getTranslations(), dashboardFilterOptions(actor)]);
  // The plans the dashboard offers (archived ones are not); an unknown id is not found, as before.
  const chosen = options.plans.find((p) => p.id === planId);
  if (planId && !chosen) notFound();
  const asked = chosen ? planReportYear(search.year, chosen) : ({ problem: "missing" } as const);
  if (!chosen || "problem" in asked) {
    // No plan or year yet, or a year the plan does not cover: choose, rather than a 404 or a report of dashes.
    const years = chosen ? planYears(chosen) : [...new Set(options.plans.flatMap(planYears))];
    const fallbackYear = chosen ? Math.min(Math.max(new Date().getUTCFullYear() - 1, chosen.startYear), chosen.endYear) : undefined;
    return (
      <ReportChooser
        title={t("dashboards.planReport")}
        intro={t("dashboards.report.choosePlanIntro")}
        problem={chosen && "asked" in asked ? t("dashboards.report.yearOutsidePlan", { year: asked.asked, start: chosen.startYear, end: chosen.endYear }) : undefined}
        back={{ href: `/dashboards/action-plan${filterQuery(rest, { planId: chosen?.id })}`, label: t("dashboards.report.back") }}
        hidden={filterParams(rest)}
      >
        <FilterSelect name="planId" label={t("dashboards.filters.plan")} value={chosen?.id} all={t("dashboards.report.choosePlan")} required
          options={options.plans.map((p) => ({ value: p.id, label: `${p.startYear}–${p.endYear} · ${p.title}` }))} />
        <FilterSelect name="year" label={t("dashboards.filters.year")} value={fallbackYear === undefined ? undefined : String(fallbackYear)} all={t("dashboards.report.chooseYear")} required
          options={years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }))} />
      </ReportChooser>
    );
  }
  const year = asked.year;
  const filters = { ...rest, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) };
  const [tr, plan, figures, gedsi] = await Promise.all([
    translator(),
    orNotFound(actionPlanDashboard(actor, planId, filters)),
    orNotFound(programmeDashboard(actor, filters)),
    orNotFound(gedsiDashboard(actor, filters)),
  ]);
  const [indicatorTable, rollupTable] = actionPlanTables(plan, tr);
  const p = Object.fromEntries(programmeTables(figures, tr).map((x) => [x.key, x]));
  const g = Object.fromEntries(gedsiTables(gedsi, tr).map((x) => [x.key, x]));

  return (
    <article className="report mx-auto max-w-5xl">
      <PrintRunningHeader title={t("dashboards.report.planTitle", { plan: plan.plan.title, year })} date={t("dashboards.generatedOn", { date: formatDate(new Date()) })} />
      <ReportToolbar t={t} rest={rest} planId={planId} year={year} years={planYears(chosen)} />
      <header className="border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-semibold">{t("dashboards.report.planTitle", { plan: plan.plan.title, year })}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("dashboards.report.yearScope", { year })}</p>
        <ReportScope filters={rest} nsbs={options.nsbs} programmes={options.programmes} dates={false} />
        <p className="mt-2 text-xs text-slate-600">{t("dashboards.generatedOn", { date: formatDate(new Date()) })}</p>
      </header>

      <ReportBody t={t} p={p} g={g} indicatorTable={indicatorTable!} rollupTable={rollupTable!} filters={rest} />
    </article>
  );
}

function ReportToolbar({ t, rest, planId, year, years }: { t: Translate; rest: Omit<DashboardFilters, "from" | "to">; planId: string; year: number; years: number[] }) {
  return (
    <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-2">
      <Link href={`/dashboards/action-plan${filterQuery(rest, { planId })}`} className="text-sm text-brand-700 hover:underline">← {t("dashboards.report.back")}</Link>
      <form method="get" className="flex items-end gap-2">
        {Object.entries({ ...filterParams(rest), planId }).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        {/* Only the plan's own years: another year would be a report of nothing. */}
        <FilterSelect name="year" label={t("dashboards.filters.year")} value={String(year)} all={t("dashboards.report.chooseYear")} required className="w-36 text-sm"
          options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <button type="submit" className="rounded-md px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">{t("common.apply")}</button>
      </form>
      <PrintButton label={t("dashboards.print")} />
    </div>
  );
}

function ReportBody({ t, p, g, indicatorTable, rollupTable, filters }: { t: Translate; p: Tables; g: Tables; indicatorTable: DashboardTable; rollupTable: DashboardTable; filters: DashboardFilters }) {
  return (
    <>
      <Section id="figures" title={t("dashboards.report.figures")}>
        <DataTable table={p.summary!} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{p.programmes!.title}</h3>
        <DataTable table={p.programmes!} />
      </Section>
      <Section id="indicators" title={t("dashboards.tables.planIndicators")}>
        <p className="mb-2 text-sm">{t("dashboards.rollupHint")} {t("dashboards.computedNote")}</p>
        <p className="mb-2 text-sm" data-testid="year-progress-note">{t("dashboards.report.yearProgressNote")}</p>
        <IndicatorFilterNote filters={filters} dates={false} />
        <DataTable table={indicatorTable} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{rollupTable.title}</h3>
        <DataTable table={rollupTable} />
      </Section>
      <div className="report-break" />
      <Section id="gedsi" title={t("dashboards.report.gedsi")}>
        <DataTable table={g.sexAge!} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{g.gedsiProgramme!.title}</h3>
        <DataTable table={g.gedsiProgramme!} />
      </Section>
      <Section id="reach" title={t("dashboards.report.reach")}>
        <DataTable table={p.nsb!} />
        <h3 className="mb-2 mt-4 text-base font-semibold">{p.money!.title}</h3>
        <p className="mb-2 text-sm">{t("dashboards.moneyNote")}</p>
        <DataTable table={p.money!} />
      </Section>
    </>
  );
}
