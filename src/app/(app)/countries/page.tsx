import type { Metadata } from "next";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { COUNTRY_SORTS, countryRegions, listCountries } from "@/server/organizations";
import { parseListParams } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { DevelopmentStatus } from "@/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("title") };
}

const statusTone: Record<DevelopmentStatus, BadgeTone> = { LDC: "warning", DEVELOPING: "info", DEVELOPED: "neutral" };

export default async function CountriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    region: z.string().max(100).optional().catch(undefined),
    developmentStatus: z.enum(DevelopmentStatus).optional().catch(undefined),
    sort: z.enum(COUNTRY_SORTS).optional().catch(undefined),
  });
  const [list, regions] = await Promise.all([listCountries(actor, params), countryRegions(actor)]);
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.region || params.developmentStatus);

  return (
    <>
      <PageHeader
        title={t("countries.title")}
        description={t("countries.description")}
        actions={<ButtonLink href="/organizations" variant="secondary">{t("countries.organizations")}</ButtonLink>}
      />
      <form role="search" aria-label={t("countries.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("countries.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="region" label={t("countries.region")} value={params.region} all={t("common.all")}
          options={regions.map((r) => ({ value: r, label: r }))} />
        <FilterSelect name="developmentStatus" label={t("countries.developmentStatus")} value={params.developmentStatus} all={t("common.all")}
          options={Object.values(DevelopmentStatus).map((s) => ({ value: s, label: t(`enums.developmentStatus.${s}`) }))} />
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex items-end gap-2 lg:col-span-4 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/countries" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={t("countries.noMatch")} />
      ) : (
        <>
          <Table caption={t("countries.title")}>
            <thead>
              <tr>
                <SortTh label={t("countries.code")} field="code" current={params.sort} params={linkParams} />
                <SortTh label={t("countries.name")} field="name" current={params.sort} params={linkParams} />
                <SortTh label={t("countries.region")} field="region" current={params.sort} params={linkParams} />
                <Th>{t("countries.subRegion")}</Th>
                <Th>{t("countries.developmentStatus")}</Th>
                <Th className="text-right">{t("countries.organizationCount")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="countries">
              {list.rows.map((c) => (
                <tr key={c.code}>
                  <Td className="font-mono text-xs">{c.code}</Td>
                  <Td className="font-medium">{c.name}</Td>
                  <Td>{c.region}</Td>
                  <Td>{c.subRegion}</Td>
                  <Td><Badge tone={statusTone[c.developmentStatus]}>{t(`enums.developmentStatus.${c.developmentStatus}`)}</Badge></Td>
                  <Td className="text-right tabular-nums">{c._count.organizations}</Td>
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
