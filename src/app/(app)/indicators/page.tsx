import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { TargetCell } from "@/components/indicators/target-cell";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { indicatorFilterOptions, INDICATOR_SORTS, listIndicators } from "@/server/indicators";
import { parseListParams } from "@/lib/list-params";
import { formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { localized } from "@/lib/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicatorsPage"))("title") };
}

/** The programme filter's value for plan-wide indicators. */
const PLAN_WIDE = "none";

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    programmeId: z.string().max(40).optional().catch(undefined),
    resultAreaId: z.string().max(40).optional().catch(undefined),
    archived: z.literal("1").optional().catch(undefined),
    sort: z.enum(INDICATOR_SORTS).optional().catch(undefined),
  });
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
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.programmeId || params.resultAreaId || params.archived);
  const mayWrite = can(actor, "indicators.write");
  const newHref = params.programmeId && params.programmeId !== PLAN_WIDE ? `/indicators/new?programmeId=${encodeURIComponent(params.programmeId)}` : "/indicators/new";

  return (
    <>
      <PageHeader
        title={t("indicatorsPage.title")}
        description={t("indicatorsPage.description")}
        actions={mayWrite ? <ButtonLink href={newHref}>{t("indicatorsPage.new")}</ButtonLink> : null}
      />
      <form role="search" aria-label={t("indicatorsPage.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("indicatorsPage.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="programmeId" label={t("indicatorsPage.programme")} value={params.programmeId} all={t("common.all")} className="lg:col-span-2"
          options={[
            ...options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` })),
            { value: PLAN_WIDE, label: t("indicatorsPage.planWideOption") },
          ]} />
        <FilterSelect name="resultAreaId" label={t("indicatorsPage.resultArea")} value={params.resultAreaId} all={t("common.all")} className="lg:col-span-2"
          options={options.resultAreas.map((r) => ({ value: r.id, label: `${r.actionPlan.startYear}–${r.actionPlan.endYear} · ${r.code} ${r.title}` }))} />
        <label className="flex items-center gap-2 text-sm text-slate-700 lg:col-span-3">
          <input type="checkbox" name="archived" value="1" defaultChecked={params.archived === "1"} className="size-4" />
          {t("indicatorsPage.showArchived")}
        </label>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex items-end gap-2 lg:col-span-3 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/indicators" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("indicatorsPage.noMatch") : t("indicatorsPage.empty")} />
      ) : (
        <>
          <Table caption={t("indicatorsPage.title")}>
            <thead>
              <tr>
                <SortTh label={t("indicatorsPage.code")} field="code" current={params.sort} params={linkParams} />
                <SortTh label={t("indicatorsPage.indicator")} field="title" current={params.sort} params={linkParams} />
                <SortTh label={t("indicatorsPage.programme")} field="programme" current={params.sort} params={linkParams} />
                <Th>{t("indicatorsPage.resultArea")}</Th>
                <Th>{t("indicatorsPage.unit")}</Th>
                <Th className="text-right">{t("indicatorsPage.baseline")}</Th>
                <Th className="text-right">{t("indicatorsPage.target")}</Th>
                <Th className="text-right">{t("indicatorsPage.periodTargets")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="indicators">
              {list.rows.map((i) => (
                <tr key={i.id} className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap font-mono text-xs">{i.code}</Td>
                  <Td>
                    <Link href={`/indicators/${i.id}`} className="font-medium text-brand-700 hover:underline">{localized(i, "title")}</Link>
                    {i.archived ? <span className="ml-2"><Badge>{t("indicatorsPage.archived")}</Badge></span> : null}
                    <span className="block text-xs text-slate-500">{t(`enums.indicatorSource.${i.source}`)}</span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {i.programme ? (
                      <span className="font-mono text-xs">{i.programme.code}</span>
                    ) : (
                      <Badge tone="info">{t("indicatorsPage.planWide", { plan: i.actionPlan ? `${i.actionPlan.startYear}–${i.actionPlan.endYear}` : "" })}</Badge>
                    )}
                  </Td>
                  <Td>{i.resultArea ? <span title={i.resultArea.title}>{i.resultArea.code}</span> : "—"}</Td>
                  <Td>{t(`enums.indicatorUnit.${i.unit}`)}{i.currency ? ` (${i.currency})` : ""}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(i.baselineValue)}</Td>
                  <Td className="text-right tabular-nums"><TargetCell indicator={i} /></Td>
                  <Td className="text-right tabular-nums">{i._count.targets}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={list.page} requested={params.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      )}
    </>
  );
}
