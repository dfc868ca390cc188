import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { choosesNsb, requireActor } from "@/server/auth";
import { gedsiDashboard, dashboardFilterOptions } from "@/server/dashboards";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { gedsiTables, round1, type DashboardTable } from "@/lib/dashboards/tables";
import { SEXES, type Count, type GedsiDashboard } from "@/lib/dashboards/types";
import { suppressedLabel } from "@/lib/dashboards/suppression";
import { formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { BarChartView, LineChartView } from "@/components/dashboards/charts";
import { ChartFigure, DataTable, Kpis, Section } from "@/components/dashboards/data-table";
import { DashboardFilterForm } from "@/components/dashboards/filter-form";
import { SurveyResults } from "@/components/dashboards/survey-results";
import { exportHref, orNotFound, translator } from "../shared";
import "../print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("gedsiTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Parts = { t: Translate; data: GedsiDashboard; tables: Record<string, DashboardTable>; href: ReturnType<typeof exportHref> };

export default async function GedsiDashboardPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseDashboardFilters(await searchParams);
  const [t, tr, data, options] = await Promise.all([getTranslations(), translator(), orNotFound(gedsiDashboard(actor, filters)), dashboardFilterOptions(actor)]);
  const tables = Object.fromEntries(gedsiTables(data, tr).map((x) => [x.key, x]));
  const href = exportHref("gedsi", filters);
  const sexSeries = SEXES.map((s) => ({ key: s, label: t(`enums.sex.${s}`) }));

  return (
    <>
      <PageHeader
        title={t("dashboards.gedsiTitle")}
        description={t("dashboards.gedsiDescription")}
        actions={
          <>
            <ButtonLink href={`/dashboards/programme${filterQuery(filters)}`} variant="secondary">{t("dashboards.programmeTitle")}</ButtonLink>
            <a href={href(null)("xlsx")} className="inline-flex items-center rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" download>
              {t("dashboards.export.all")}
            </a>
          </>
        }
      />
      <DashboardFilterForm path="/dashboards/gedsi" filters={filters} options={options} showNsb={choosesNsb(actor)} />

      <GedsiKpis t={t} data={data} />

      <Section id="sex-age" title={t("dashboards.tables.sexAge")}>
        <ChartFigure
          title={t("dashboards.charts.sexAge")}
          chart={<BarChartView id="age" stacked data={data.byAgeBand.map((r) => ({ band: t(`enums.ageBand.${r.ageBand}`), ...r.bySex }))} categoryKey="band" series={sexSeries} />}
        >
          <DataTable table={tables.sexAge!} exportHref={href("sexAge")} />
        </ChartFigure>
      </Section>

      <GroupsSection t={t} data={data} tables={tables} href={href} sexSeries={sexSeries} />

      <YearSection t={t} data={data} tables={tables} href={href} />

      <Section id="by-programme" title={t("dashboards.tables.gedsiProgramme")}>
        <DataTable table={tables.gedsiProgramme!} exportHref={href("gedsiProgramme")} />
        <h3 className="mb-2 mt-6 text-base font-semibold">{t("dashboards.tables.gedsiNsb")}</h3>
        <DataTable table={tables.gedsiNsb!} exportHref={href("gedsiNsb")} />
        <h3 className="mb-2 mt-6 text-base font-semibold">{t("dashboards.tables.gedsiType")}</h3>
        <DataTable table={tables.gedsiType!} exportHref={href("gedsiType")} />
      </Section>
      <SurveyResults actor={actor} filters={filters} breakdowns={["bySex", "byAgeBand", "byGroup"]} />
    </>
  );
}

function GedsiKpis({ t, data }: { t: Translate; data: GedsiDashboard }) {
  const pct = (v: number | null) => (v === null ? "—" : `${formatNumber(round1(v))} %`);
  const count = (v: Count) => (v === null && data.suppressedBelow !== null ? suppressedLabel(data.suppressedBelow) : formatNumber(v));
  return (
    <>
      {data.suppressedBelow !== null ? (
        <p className="mt-4 text-sm text-slate-600" data-testid="gedsi-suppression">{t("dashboards.suppressionNote", { threshold: data.suppressedBelow })}</p>
      ) : null}
      <div className="mt-6">
        <Kpis
          items={[
            { label: t("dashboards.kpi.people"), value: count(data.people), testId: "gedsi-people" },
            ...SEXES.map((s) => ({ label: t(`enums.sex.${s}`), value: count(data.bySex[s]) })),
            { label: t("dashboards.kpi.womenShare"), value: pct(data.womenShare), testId: "gedsi-women-share",
              hint: data.parityTarget === null ? t("dashboards.noParityTarget") : t("dashboards.parityTarget", { value: formatNumber(data.parityTarget) }) },
          ]}
        />
      </div>
    </>
  );
}

function GroupsSection({ t, data, tables, href, sexSeries }: Parts & { sexSeries: { key: string; label: string }[] }) {
  return (
    <Section id="groups" title={t("dashboards.tables.group")}>
      <ChartFigure
        title={t("dashboards.charts.group")}
        chart={
          <BarChartView
            id="group"
            stacked
            horizontal
            height={360}
            data={data.byGroup.map((r) => ({ group: t(`enums.stakeholderGroup.${r.stakeholderGroup}`), ...r.bySex }))}
            categoryKey="group"
            series={sexSeries}
          />
        }
      >
        <DataTable table={tables.group!} exportHref={href("group")} />
      </ChartFigure>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm text-brand-700 hover:underline">{tables.cube!.title}</summary>
        <div className="mt-2"><DataTable table={tables.cube!} exportHref={href("cube")} /></div>
      </details>
    </Section>
  );
}

function YearSection({ t, data, tables, href }: Parts) {
  return (
    <Section id="by-year" title={t("dashboards.tables.gedsiYear")}>
      <ChartFigure
        title={t("dashboards.charts.year")}
        chart={
          <LineChartView
            unit="%"
            data={data.byYear.map((r) => ({ year: r.label, share: round1(r.womenShare), parity: r.parityTarget }))}
            categoryKey="year"
            series={[
              { key: "share", label: t("dashboards.charts.womenShare") },
              ...(data.byYear.some((r) => r.parityTarget !== null) ? [{ key: "parity", label: t("dashboards.charts.parity") }] : []),
            ]}
          />
        }
      >
        <DataTable table={tables.gedsiYear!} exportHref={href("gedsiYear")} />
      </ChartFigure>
    </Section>
  );
}
