import type { Metadata } from "next";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { COUNTRY_SORTS, countryRegions, listCountries } from "@/server/organizations";
import { hasFilters, linkParamsOf, parseListParams, type RowOf } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { DevelopmentStatus } from "@/generated/prisma/enums";
import { regionName, regionOptionsIn } from "@/lib/regions";

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
  const linkParams = linkParamsOf(params);

  return (
    <>
      <PageHeader
        title={t("countries.title")}
        description={t("countries.description")}
        actions={<ButtonLink href="/organizations" variant="secondary">{t("countries.organizations")}</ButtonLink>}
      />
      <FilterBar label={t("countries.filters")} clearHref="/countries" filtered={hasFilters(params, ["q", "region", "developmentStatus"])} sort={params.sort}
        columns="sm:grid-cols-2 lg:grid-cols-4" actionsClassName="lg:col-span-4">
        <SearchFilter value={params.q} placeholder={t("countries.searchPlaceholder")} />
        <FilterSelect name="region" label={t("countries.region")} value={params.region} all={t("common.all")}
          options={regionOptionsIn(regions)} />
        <FilterSelect name="developmentStatus" label={t("countries.developmentStatus")} value={params.developmentStatus} all={t("common.all")}
          options={Object.values(DevelopmentStatus).map((s) => ({ value: s, label: t(`enums.developmentStatus.${s}`) }))} />
      </FilterBar>
      <ListResults list={list} requested={params.page} params={linkParams} empty={t("countries.noMatch")}>
        <ListTable caption={t("countries.title")} columns={await countryColumns()} rows={list.rows} rowKey={(c) => c.code} sort={params.sort} params={linkParams} bodyTestId="countries" rowClassName="" />
      </ListResults>
    </>
  );
}

async function countryColumns(): Promise<Column<RowOf<typeof listCountries>>[]> {
  const t = await getTranslations();
  return [
    { label: t("countries.code"), sort: "code", cellClassName: "font-mono text-xs", cell: (c) => c.code },
    { label: t("countries.name"), sort: "name", cellClassName: "font-medium", cell: (c) => c.name },
    { label: t("countries.region"), sort: "region", cell: (c) => regionName(c.region) },
    { label: t("countries.subRegion"), cell: (c) => regionName(c.subRegion) },
    { label: t("countries.developmentStatus"), cell: (c) => <Badge tone={statusTone[c.developmentStatus]}>{t(`enums.developmentStatus.${c.developmentStatus}`)}</Badge> },
    { label: t("countries.organizationCount"), className: "text-right", cellClassName: "tabular-nums", cell: (c) => c._count.organizations },
  ];
}
