import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { listOrganizations, organizationFilterOptions, ORGANIZATION_SORTS, type OrganizationListRow } from "@/server/organizations";
import { hasFilters, linkParamsOf, parseListParams } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { CheckFilter, FilterBar, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { OrganizationKind } from "@/generated/prisma/enums";
import { countryName, countryOptionsIn } from "@/lib/format";
import { regionName, regionOptionsIn } from "@/lib/regions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("title") };
}

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    kind: z.enum(OrganizationKind).optional().catch(undefined),
    countryCode: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
    region: z.string().max(100).optional().catch(undefined),
    archived: z.literal("1").optional().catch(undefined),
    sort: z.enum(ORGANIZATION_SORTS).optional().catch(undefined),
  });
  const [list, options] = await Promise.all([
    listOrganizations(actor, { ...params, includeArchived: params.archived === "1" }),
    organizationFilterOptions(actor),
  ]);
  const linkParams = linkParamsOf(params);
  const filtered = hasFilters(params, ["q", "kind", "countryCode", "region", "archived"]);
  const mayWrite = can(actor, "organizations.write");

  return (
    <>
      <PageHeader
        title={t("organizations.title")}
        description={t("organizations.description")}
        actions={
          <>
            <ButtonLink href="/countries" variant="secondary">{t("organizations.countries")}</ButtonLink>
            {mayWrite ? <ButtonLink href="/organizations/new">{t("organizations.new")}</ButtonLink> : null}
          </>
        }
      />
      <FilterBar label={t("organizations.filters")} clearHref="/organizations" filtered={filtered} sort={params.sort} actionsClassName="lg:col-span-6">
        <SearchFilter value={params.q} placeholder={t("organizations.searchPlaceholder")} />
        <FilterSelect name="kind" label={t("organizations.kind")} value={params.kind} all={t("common.all")}
          options={Object.values(OrganizationKind).map((k) => ({ value: k, label: t(`enums.organizationKind.${k}`) }))} />
        <FilterSelect name="countryCode" label={t("organizations.country")} value={params.countryCode} all={t("common.all")}
          options={countryOptionsIn(options.countries).map((c) => ({ value: c.code, label: c.name }))} />
        <FilterSelect name="region" label={t("organizations.region")} value={params.region} all={t("common.all")}
          options={regionOptionsIn(options.regions)} />
        <CheckFilter name="archived" label={t("organizations.showArchived")} checked={params.archived === "1"} className="flex items-end gap-2 pb-2 text-sm text-slate-700" />
      </FilterBar>
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t("organizations.noMatch") : t("organizations.empty")}>
        <ListTable caption={t("organizations.title")} columns={await organizationColumns()} rows={list.rows} rowKey={(o) => o.id} sort={params.sort} params={linkParams} bodyTestId="organizations" />
      </ListResults>
    </>
  );
}

async function organizationColumns(): Promise<Column<OrganizationListRow>[]> {
  const t = await getTranslations();
  return [
    { label: t("organizations.acronym"), sort: "acronym", cellClassName: "whitespace-nowrap font-medium", cell: (o) => o.acronym },
    {
      label: t("organizations.name"),
      sort: "name",
      cell: (o) => (
        <>
          {o.canOpen ? <Link href={`/organizations/${o.id}`} className="font-medium text-brand-700 hover:underline">{o.name}</Link> : o.name}
          {o.archived ? <span className="ml-2"><Badge>{t("organizations.archived")}</Badge></span> : null}
        </>
      ),
    },
    { label: t("organizations.kind"), sort: "kind", cell: (o) => t(`enums.organizationKind.${o.kind}`) },
    { label: t("organizations.country"), sort: "country", cell: (o) => (o.country ? countryName(o.country) : "—") },
    { label: t("organizations.region"), cell: (o) => (o.country ? regionName(o.country.region) : "—") },
    { label: t("organizations.membership"), cell: (o) => (o.membershipCategory ? t(`enums.membershipCategory.${o.membershipCategory}`) : "—") },
  ];
}
