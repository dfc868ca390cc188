import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { listOrganizations, organizationFilterOptions, ORGANIZATION_SORTS } from "@/server/organizations";
import { parseListParams } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { OrganizationKind } from "@/generated/prisma/enums";

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
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.kind || params.countryCode || params.region || params.archived);
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
      <form role="search" aria-label={t("organizations.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("organizations.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="kind" label={t("organizations.kind")} value={params.kind} all={t("common.all")}
          options={Object.values(OrganizationKind).map((k) => ({ value: k, label: t(`enums.organizationKind.${k}`) }))} />
        <FilterSelect name="countryCode" label={t("organizations.country")} value={params.countryCode} all={t("common.all")}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
        <FilterSelect name="region" label={t("organizations.region")} value={params.region} all={t("common.all")}
          options={options.regions.map((r) => ({ value: r, label: r }))} />
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={params.archived === "1"} className="size-4" />
          {t("organizations.showArchived")}
        </label>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex items-end gap-2 lg:col-span-6 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/organizations" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("organizations.noMatch") : t("organizations.empty")} />
      ) : (
        <>
          <Table caption={t("organizations.title")}>
            <thead>
              <tr>
                <SortTh label={t("organizations.acronym")} field="acronym" current={params.sort} params={linkParams} />
                <SortTh label={t("organizations.name")} field="name" current={params.sort} params={linkParams} />
                <SortTh label={t("organizations.kind")} field="kind" current={params.sort} params={linkParams} />
                <SortTh label={t("organizations.country")} field="country" current={params.sort} params={linkParams} />
                <Th>{t("organizations.region")}</Th>
                <Th>{t("organizations.membership")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="organizations">
              {list.rows.map((o) => (
                <tr key={o.id} className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap font-medium">{o.acronym}</Td>
                  <Td>
                    {o.canOpen ? (
                      <Link href={`/organizations/${o.id}`} className="font-medium text-brand-700 hover:underline">{o.name}</Link>
                    ) : (
                      o.name
                    )}
                    {o.archived ? <span className="ml-2"><Badge>{t("organizations.archived")}</Badge></span> : null}
                  </Td>
                  <Td>{t(`enums.organizationKind.${o.kind}`)}</Td>
                  <Td>{o.country?.name ?? "—"}</Td>
                  <Td>{o.country?.region ?? "—"}</Td>
                  <Td>{o.membershipCategory ? t(`enums.membershipCategory.${o.membershipCategory}`) : "—"}</Td>
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
