import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { choosesNsb, isBoundToNsb, requireActor } from "@/server/auth";
import { actionPlanDashboard, dashboardFilterOptions } from "@/server/dashboards";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { actionPlanTables, round1, type DashboardTable } from "@/lib/dashboards/tables";
import type { PlanArea, PlanRollup } from "@/lib/dashboards/types";
import { formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { BarChartView, LineChartView } from "@/components/dashboards/charts";
import { shortLabel } from "@/lib/short-label";
import { ChartFigure, DataTable, Section } from "@/components/dashboards/data-table";
import { DashboardFilterForm } from "@/components/dashboards/filter-form";
import { IndicatorFilterNote } from "@/components/dashboards/report-scope";
import { SurveyResults } from "@/components/dashboards/survey-results";
import { exportHref, orNotFound, translator } from "../shared";
import "../print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("actionPlanTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export default async function ActionPlanDashboardPage({ searchParams }: Props) {
  const actor = await requireActor();
  const search = await searchParams;
  const filters = parseDashboardFilters(search);
  const [t, tr, options] = await Promise.all([getTranslations(), translator(), dashboardFilterOptions(actor)]);
  const asked = typeof search.planId === "string" ? search.planId : undefined;
  const planId = asked && options.plans.some((p) => p.id === asked) ? asked : options.plans[0]?.id;
  const planSelect = (
    <FilterSelect name="planId" label={t("dashboards.filters.plan")} value={planId} all={t("dashboards.noPlan")} className="sm:col-span-2 xl:col-span-6"
      options={options.plans.map((p) => ({ value: p.id, label: `${p.startYear}–${p.endYear} · ${p.title}` }))} />
  );
  if (!planId) {
    return (
      <>
        <PageHeader title={t("dashboards.actionPlanTitle")} description={t("dashboards.actionPlanDescription")} />
        <EmptyState title={t("dashboards.noPlan")} />
      </>
    );
  }
  const data = await orNotFound(actionPlanDashboard(actor, planId, filters));
  const [indicatorTable, rollupTable] = actionPlanTables(data, tr);
  const href = exportHref("action-plan", filters, { planId });
  const reportYear = Math.min(Math.max(new Date().getUTCFullYear() - 1, data.plan.startYear), data.plan.endYear);
  // With an NSB (a focal point's own, always), targets are that NSB's: say so, and name it where a figure is missing.
  const nsbId = isBoundToNsb(actor) ? actor.organizationId : filters.nsbId;
  const nsb = nsbId ? options.nsbs.find((n) => n.id === nsbId) : undefined;
  /** Why an area's progress chart would be empty: no target (for this NSB), or no target and actual together. */
  const noProgressReason = (rows: { target: number | null; actual: number | null }[]) =>
    rows.every((r) => r.target === null)
      ? nsb ? t("dashboards.noProgress.noNsbTargets", { acronym: nsb.acronym }) : t("dashboards.noProgress.noTargets")
      : rows.every((r) => r.actual === null)
        ? t("dashboards.noProgress.noActuals")
        : t("dashboards.noProgress.noPair");

  return (
    <>
      <PageHeader
        title={t("dashboards.actionPlanTitle")}
        description={`${data.plan.title} (${data.plan.startYear}–${data.plan.endYear})`}
        actions={
          <>
            <ButtonLink href={`/dashboards/action-plan/report${filterQuery(filters, { planId, year: String(reportYear) })}`} variant="secondary">{t("dashboards.planReport")}</ButtonLink>
            <a href={href(null)("xlsx")} className="inline-flex items-center rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" download>
              {t("dashboards.export.all")}
            </a>
          </>
        }
      />
      <DashboardFilterForm path="/dashboards/action-plan" filters={filters} options={options} showNsb={choosesNsb(actor)} hidden={{}} extra={planSelect} />
      <p className="mt-4 text-sm text-slate-600">
        {t("dashboards.rollupHint")} {t("dashboards.computedNote")}
        {nsb ? ` ${t("dashboards.nsbTargetsNote", { acronym: nsb.acronym })}` : null}
      </p>
      <IndicatorFilterNote filters={filters} dates={false} />

      {data.areas.filter((a) => a.level !== "GOAL" || a.indicators.length > 0).map((area) => (
        <AreaSection key={area.id} t={t} area={area} indicatorTable={indicatorTable!} rollupTable={rollupTable!} nsbAcronym={nsb?.acronym} emptyReason={noProgressReason(area.indicators)} />
      ))}

      <Section id="all-indicators" title={t("dashboards.tables.planIndicators")}>
        <DataTable table={indicatorTable!} exportHref={href("planIndicators")} />
        <h3 className="mb-2 mt-6 text-base font-semibold">{rollupTable!.title}</h3>
        <DataTable table={rollupTable!} exportHref={href("planRollups")} empty={t("dashboards.noRollups")} />
      </Section>
      <SurveyResults actor={actor} filters={filters} planId={planId} />
    </>
  );
}

function AreaSection({ t, area, indicatorTable, rollupTable, nsbAcronym, emptyReason }: {
  t: Translate;
  area: PlanArea;
  indicatorTable: DashboardTable;
  rollupTable: DashboardTable;
  nsbAcronym: string | undefined;
  emptyReason: string;
}) {
  return (
    <Section id={`area-${area.id}`} title={`${area.code} · ${area.title}`} actions={<Badge tone="info">{t(`enums.resultLevel.${area.level}`)}</Badge>}>
      {area.indicators.length === 0 ? (
        <p className="text-sm text-slate-600">{t("dashboards.noAreaIndicators")}</p>
      ) : (
        <>
          <ChartFigure
            title={t("dashboards.charts.indicators")}
            chart={<ProgressChart area={area} label={t("dashboards.charts.progress")} emptyReason={emptyReason} gapText={(gap) => t(`dashboards.noProgress.gap.${gap}`, { acronym: nsbAcronym ?? "" })} />}
          >
            <DataTable table={{ ...indicatorTable, key: `planIndicators-${area.code}`, rows: indicatorTable.rows.filter((r) => r[0] === area.code) }} />
          </ChartFigure>
          {area.rollups.map((r) => (
            <RollupCard key={r.key} t={t} rollup={r} areaCode={area.code} rollupTable={rollupTable} />
          ))}
        </>
      )}
    </Section>
  );
}

function RollupCard({ t, rollup: r, areaCode, rollupTable }: { t: Translate; rollup: PlanRollup; areaCode: string; rollupTable: DashboardTable }) {
  const unitLabel = (unit: string, currency: string | null) => (unit === "CURRENCY" && currency ? currency : t(`enums.indicatorUnit.${unit}`));
  const measure = `${t(`enums.indicatorSource.${r.source}`)} (${unitLabel(r.unit, r.currency)})`;
  return (
    <div className="mt-4 rounded-md bg-slate-50 p-3" data-testid="rollup">
      <p className="text-sm font-medium">
        {r.target !== null
          ? t("dashboards.rollupFigureOfTarget", { measure, actual: formatNumber(round1(r.actual)), target: formatNumber(r.target) })
          : t("dashboards.rollupFigure", { measure, actual: formatNumber(round1(r.actual)) })}
        {" · "}
        {t(`dashboards.method.${r.method}`)} · {t("dashboards.indicatorCount", { count: r.indicators })}
      </p>
      <ChartFigure
        title={t("dashboards.charts.rollup", { measure })}
        chart={
          r.byYear.every((y) => y.actual === null && y.target === null) ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600" data-testid="rollup-empty">
              {t("dashboards.noProgress.noYearValues")}
            </p>
          ) : (
          <LineChartView
            height={200}
            data={r.byYear.map((y) => ({ year: String(y.year), actual: round1(y.actual), target: y.target }))}
            categoryKey="year"
            series={[
              { key: "actual", label: t("dashboards.charts.actual") },
              { key: "target", label: t("dashboards.charts.target") },
            ]}
          />
          )
        }
      >
        <DataTable table={{ ...rollupTable, key: `rollup-${areaCode}`, rows: rollupTable.rows.filter((row) => row[0] === areaCode && row[1] === measure) }} />
      </ChartFigure>
    </div>
  );
}

/**
 * An area's progress bars, each named by its indicator (code and shortened title, the full
 * title on hover and in the table): only indicators with a progress figure; the others are
 * listed below the chart with the reason in words; with none, the reason instead of axes.
 */
function ProgressChart({ area, label, emptyReason, gapText }: { area: PlanArea; label: string; emptyReason: string; gapText: (gap: string) => string }) {
  const charted = area.indicators.filter((i) => i.progress !== null);
  const left = area.indicators.filter((i) => i.progress === null);
  const reasons = left.length > 0 ? (
    <ul className="mt-1 space-y-0.5 text-xs text-slate-600" data-testid="not-charted">
      {left.map((i) => (
        <li key={i.id}>
          <span title={i.title}>{i.code} · {shortLabel(i.title, 48)}</span>: {gapText(i.chartGap ?? "noActual")}
        </li>
      ))}
    </ul>
  ) : null;
  if (charted.length === 0) {
    return (
      <>
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600" data-testid="progress-empty">
          {emptyReason}
        </p>
        {reasons}
      </>
    );
  }
  return (
    <>
      <BarChartView
        id={`progress-${area.id}`}
        horizontal
        unit="%"
        categoryWidth={200}
        height={Math.max(140, 34 * charted.length)}
        data={charted.map((i) => ({ name: `${i.code} · ${shortLabel(i.title, 24)}`, full: `${i.code} · ${i.title}`, progress: round1(i.progress) }))}
        categoryKey="name"
        fullNameKey="full"
        series={[{ key: "progress", label }]}
      />
      {reasons}
    </>
  );
}
