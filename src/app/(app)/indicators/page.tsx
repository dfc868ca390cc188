import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { TargetCell } from "@/components/indicators/target-cell";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { indicatorFilterOptions, INDICATOR_SORTS, listIndicators, type IndicatorListRow } from "@/server/indicators";
import { hasFilters, linkParamsOf, parseListParams } from "@/lib/list-params";
import { formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { CheckFilter, FilterBar, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { localized } from "@/lib/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicatorsPage"))("title") };
}

/** The programme filter's value for plan-wide indicators. */
const PLAN_WIDE = "none";

const indicatorParams = {
  programmeId: z.string().max(40).optional().catch(undefined),
  resultAreaId: z.string().max(40).optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  sort: z.enum(INDICATOR_SORTS).optional().catch(undefined),
};

type IndicatorParams = ReturnType<typeof parseListParams<typeof indicatorParams>>;

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, indicatorParams);
  const [list, options] = await Promise.all([
    listIndicators(actor, {
      q: params.q,
      page: params.page,
      sort: params.sort,
      resultAreaId: params.resultAreaId,
      ...(params.programmeId === PLAN_WIDE ? { planWide: true } : { programmeId: params.programmeId }),
      includeArchived: params.archived === "1",
    }),
    indicatorFilterOptions(actor),
  ]);
  const linkParams = linkParamsOf(params);
  const filtered = hasFilters(params, ["q", "programmeId", "resultAreaId", "archived"]);
  const mayWrite = can(actor, "indicators.write");
  const newHref = params.programmeId && params.programmeId !== PLAN_WIDE ? `/indicators/new?programmeId=${encodeURIComponent(params.programmeId)}` : "/indicators/new";

  return (
    <>
      <PageHeader
        title={t("indicatorsPage.title")}
        description={t("indicatorsPage.description")}
        actions={mayWrite ? <ButtonLink href={newHref}>{t("indicatorsPage.new")}</ButtonLink> : null}
      />
      <IndicatorFilters params={params} options={options} filtered={filtered} />
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t("indicatorsPage.noMatch") : t("indicatorsPage.empty")}>
        <ListTable caption={t("indicatorsPage.title")} columns={await indicatorColumns()} rows={list.rows} rowKey={(i) => i.id} sort={params.sort} params={linkParams} bodyTestId="indicators" />
      </ListResults>
    </>
  );
}

async function IndicatorFilters({ params, options, filtered }: { params: IndicatorParams; options: Awaited<ReturnType<typeof indicatorFilterOptions>>; filtered: boolean }) {
  const t = await getTranslations();
  return (
    <FilterBar label={t("indicatorsPage.filters")} clearHref="/indicators" filtered={filtered} sort={params.sort} actionsClassName="lg:col-span-3">
      <SearchFilter value={params.q} placeholder={t("indicatorsPage.searchPlaceholder")} />
      <FilterSelect name="programmeId" label={t("indicatorsPage.programme")} value={params.programmeId} all={t("common.all")} className="lg:col-span-2"
        options={[
          ...options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` })),
          { value: PLAN_WIDE, label: t("indicatorsPage.planWideOption") },
        ]} />
      <FilterSelect name="resultAreaId" label={t("indicatorsPage.resultArea")} value={params.resultAreaId} all={t("common.all")} className="lg:col-span-2"
        options={options.resultAreas.map((r) => ({ value: r.id, label: `${r.actionPlan.startYear}–${r.actionPlan.endYear} · ${r.code} ${r.title}` }))} />
      <CheckFilter name="archived" label={t("indicatorsPage.showArchived")} checked={params.archived === "1"} className="flex items-center gap-2 text-sm text-slate-700 lg:col-span-3" />
    </FilterBar>
  );
}

async function indicatorColumns(): Promise<Column<IndicatorListRow>[]> {
  const t = await getTranslations();
  return [
    { label: t("indicatorsPage.code"), sort: "code", cellClassName: "whitespace-nowrap font-mono text-xs", cell: (i) => i.code },
    {
      label: t("indicatorsPage.indicator"),
      sort: "title",
      cell: (i) => (
        <>
          <Link href={`/indicators/${i.id}`} className="font-medium text-brand-700 hover:underline">{localized(i, "title")}</Link>
          {i.archived ? <span className="ml-2"><Badge>{t("indicatorsPage.archived")}</Badge></span> : null}
          <span className="block text-xs text-slate-500">{t(`enums.indicatorSource.${i.source}`)}</span>
        </>
      ),
    },
    {
      label: t("indicatorsPage.programme"),
      sort: "programme",
      cellClassName: "whitespace-nowrap",
      cell: (i) =>
        i.programme ? (
          <span className="font-mono text-xs">{i.programme.code}</span>
        ) : (
          <Badge tone="info">{t("indicatorsPage.planWide", { plan: i.actionPlan ? `${i.actionPlan.startYear}–${i.actionPlan.endYear}` : "" })}</Badge>
        ),
    },
    { label: t("indicatorsPage.resultArea"), cell: (i) => (i.resultArea ? <span title={i.resultArea.title}>{i.resultArea.code}</span> : "—") },
    { label: t("indicatorsPage.unit"), cell: (i) => `${t(`enums.indicatorUnit.${i.unit}`)}${i.currency ? ` (${i.currency})` : ""}` },
    { label: t("indicatorsPage.baseline"), className: "text-right", cellClassName: "tabular-nums", cell: (i) => formatNumber(i.baselineValue) },
    { label: t("indicatorsPage.target"), className: "text-right", cellClassName: "tabular-nums", cell: (i) => <TargetCell indicator={i} /> },
    { label: t("indicatorsPage.periodTargets"), className: "text-right", cellClassName: "tabular-nums", cell: (i) => i._count.targets },
  ];
}
