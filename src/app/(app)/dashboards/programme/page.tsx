import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { choosesNsb, requireActor } from "@/server/auth";
import { programmeDashboard, indicatorProgress, dashboardFilterOptions } from "@/server/dashboards";
import { filterQuery, parseDashboardFilters, type DashboardFilters } from "@/lib/dashboards/filters";
import { indicatorTables, programmeTables, round1, type DashboardTable } from "@/lib/dashboards/tables";
import type { ProgrammeDashboard } from "@/lib/dashboards/types";
import { formatAmount, formatMonth, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { BarChartView, LineChartView } from "@/components/dashboards/charts";
import { ChartFigure, DataTable, Kpis, Section } from "@/components/dashboards/data-table";
import { DashboardFilterForm } from "@/components/dashboards/filter-form";
import { SurveyResults } from "@/components/dashboards/survey-results";
import { IndicatorFilterNote } from "@/components/dashboards/report-scope";
import { exportHref, orNotFound, translator } from "../shared";
import { CapacityComparison } from "@/components/assessments/capacity-comparison";
import "../print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("programmeTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Parts = { t: Translate; data: ProgrammeDashboard; tables: Record<string, DashboardTable>; href: ReturnType<typeof exportHref> };

export default async function ProgrammeDashboardPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseDashboardFilters(await searchParams);
  const [t, tr, data, options] = await Promise.all([getTranslations(), translator(), orNotFound(programmeDashboard(actor, filters)), dashboardFilterOptions(actor)]);
  const tables = Object.fromEntries(programmeTables(data, tr).map((x) => [x.key, x]));
  const href = exportHref("programme", filters);
  const one = filters.programmeId ? data.programmes[0] : undefined;

  return (
    <>
      <PageHeader
        title={one ? t("dashboards.programmeTitleOf", { code: one.code }) : t("dashboards.programmeTitle")}
        description={one ? one.title : t("dashboards.allProgrammes")}
        actions={
          <>
            {one ? <ButtonLink href={`/dashboards/programme/report${filterQuery(filters)}`} variant="secondary">{t("dashboards.programmeReport")}</ButtonLink> : null}
            <ButtonLink href={`/dashboards/gedsi${filterQuery(filters)}`} variant="secondary">{t("dashboards.gedsiTitle")}</ButtonLink>
            <a href={href(null)("xlsx")} className="inline-flex items-center rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" download>
              {t("dashboards.export.all")}
            </a>
          </>
        }
      />
      <DashboardFilterForm path="/dashboards/programme" filters={filters} options={options} showNsb={choosesNsb(actor)} />

      <ProgrammeKpis t={t} data={data} />

      <ActivitiesSection t={t} data={data} tables={tables} href={href} />

      <ReachSection t={t} data={data} tables={tables} href={href} />

      <MoneySection t={t} data={data} tables={tables} href={href} />

      <Suspense fallback={<Section title={t("dashboards.tables.indicators")}><p className="text-sm text-slate-600">{t("common.loading")}</p></Section>}>
        <IndicatorSection actor={actor} filters={filters} />
      </Suspense>
      <SurveyResults actor={actor} filters={filters} />
      <CapacityComparison actor={actor} programmeId={filters.programmeId ?? null} nsbId={filters.nsbId ?? null} datesChosen={Boolean(filters.from || filters.to)} />
    </>
  );
}

function ProgrammeKpis({ t, data }: { t: Translate; data: ProgrammeDashboard }) {
  const pct = (v: number | null) => (v === null ? "—" : `${formatNumber(round1(v))} %`);
  return (
    <div className="mt-6">
      <Kpis
        items={[
          { label: t("dashboards.kpi.activities"), value: formatNumber(data.activities), testId: "kpi-activities" },
          { label: t("dashboards.kpi.people"), value: formatNumber(data.reach.people), hint: t("dashboards.kpi.peopleHint", { count: data.reach.participations }), testId: "kpi-people" },
          { label: t("dashboards.kpi.womenShare"), value: pct(data.reach.womenShare), testId: "kpi-women" },
          { label: t("dashboards.kpi.nsbsReached"), value: formatNumber(data.nsbsReached), testId: "kpi-nsbs" },
          { label: t("dashboards.kpi.satisfaction"), value: formatNumber(round1(data.satisfaction.average)), hint: t("dashboards.kpi.ofResponses", { count: data.satisfaction.responses }) },
          { label: t("dashboards.kpi.knowledgeGain"), value: formatNumber(round1(data.knowledgeGain.average)), hint: t("dashboards.kpi.ofTested", { count: data.knowledgeGain.tested }) },
          ...data.money.map((m) => ({
            label: `${t("dashboards.col.actualCost")} (${m.currency})`,
            value: formatAmount(m.actualCost, m.currency),
            hint: t("common.labelled", { label: t("dashboards.col.activityBudget"), value: formatAmount(m.activityBudget, m.currency) }),
          })),
        ]}
      />
    </div>
  );
}

function ActivitiesSection({ t, data, tables, href }: Parts) {
  return (
    <Section id="activities" title={t("dashboards.tables.status")}>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          title={t("dashboards.charts.status")}
          chart={<BarChartView id="status" data={tables.status!.rows.map(([label, n]) => ({ label, n }))} categoryKey="label" series={[{ key: "n", label: t("dashboards.col.activities") }]} />}
        >
          <DataTable table={tables.status!} exportHref={href("status")} />
        </ChartFigure>
        <ChartFigure
          title={t("dashboards.charts.timeline")}
          chart={
            <LineChartView
              data={data.timeline.map((p) => ({ month: formatMonth(p.month), started: p.planned + p.ongoing + p.completed + p.cancelled, participations: p.participations }))}
              categoryKey="month"
              series={[
                { key: "started", label: t("dashboards.charts.activitiesStarted") },
                { key: "participations", label: t("dashboards.charts.participations") },
              ]}
            />
          }
        >
          <DataTable table={tables.timeline!} exportHref={href("timeline")} />
        </ChartFigure>
      </div>
    </Section>
  );
}

function ReachSection({ t, data, tables, href }: Parts) {
  return (
    <Section id="reach" title={t("dashboards.tables.nsb")}>
      <ChartFigure
        title={t("dashboards.charts.nsb")}
        chart={
          <BarChartView
            id="nsb"
            data={data.byNsb.map((r) => ({ nsb: r.label, women: r.women, others: r.people - r.women }))}
            categoryKey="nsb"
            stacked
            series={[
              { key: "women", label: t("dashboards.col.women") },
              { key: "others", label: t("dashboards.charts.others") },
            ]}
          />
        }
      >
        <DataTable table={tables.nsb!} exportHref={href("nsb")} />
      </ChartFigure>
      <h3 className="mb-2 mt-6 text-base font-semibold">{t("dashboards.tables.country")}</h3>
      <DataTable table={tables.country!} exportHref={href("country")} />
      {data.programmes.length > 1 ? (
        <>
          <h3 className="mb-2 mt-6 text-base font-semibold">{t("dashboards.tables.programmes")}</h3>
          <DataTable table={tables.programmes!} exportHref={href("programmes")} />
        </>
      ) : null}
    </Section>
  );
}

function MoneySection({ t, data, tables, href }: Parts) {
  return (
    <Section id="money" title={t("dashboards.tables.money")}>
      <p className="mb-3 text-sm text-slate-600">{t("dashboards.moneyNote")}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        {data.money.map((m) => (
          <ChartFigure
            key={m.currency}
            title={t("common.labelled", { label: t("dashboards.charts.money"), value: m.currency })}
            chart={
              <BarChartView
                id={`money-${m.currency}`}
                height={200}
                horizontal
                data={[
                  { label: t("dashboards.charts.budget"), value: m.activityBudget },
                  { label: t("dashboards.charts.actual"), value: m.actualCost },
                ]}
                categoryKey="label"
                series={[{ key: "value", label: m.currency }]}
              />
            }
          >
            <DataTable table={{ ...tables.money!, rows: tables.money!.rows.filter((r) => r[0] === m.currency) }} />
          </ChartFigure>
        ))}
      </div>
      <div className="mt-4">
        <DataTable table={tables.money!} exportHref={href("money")} />
      </div>
    </Section>
  );
}

async function IndicatorSection({ actor, filters }: { actor: Awaited<ReturnType<typeof requireActor>>; filters: DashboardFilters }) {
  const [t, tr, indicators] = await Promise.all([getTranslations(), translator(), indicatorProgress(actor, filters)]);
  const [summary, periods] = indicatorTables(indicators, tr);
  const href = exportHref("indicators", filters);
  return (
    <Section id="indicators" title={t("dashboards.tables.indicators")}>
      <p className="mb-3 text-sm text-slate-600">{t("dashboards.computedNote")}</p>
      <IndicatorFilterNote filters={filters} />
      {indicators.length === 0 ? (
        <p className="text-sm text-slate-600">{t("dashboards.noIndicators")}</p>
      ) : (
        <>
          <ChartFigure
            title={t("dashboards.charts.indicators")}
            chart={
              <BarChartView
                id="indicators"
                horizontal
                height={Math.max(180, 34 * indicators.length)}
                unit="%"
                data={indicators.map((i) => ({ code: i.code, progress: round1(i.progress) }))}
                categoryKey="code"
                series={[{ key: "progress", label: t("dashboards.charts.progress") }]}
              />
            }
            open
          >
            <DataTable table={summary!} exportHref={href("indicators")} />
          </ChartFigure>
          <h3 className="mb-2 mt-6 text-base font-semibold">{periods!.title}</h3>
          <DataTable table={periods!} exportHref={href("indicatorPeriods")} />
        </>
      )}
    </Section>
  );
}
