import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { listProgrammes, programmeFilterOptions, PROGRAMME_SORTS } from "@/server/programmes";
import { parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Badge } from "@/components/ui/badge";
import { ProgrammeStatus } from "@/generated/prisma/enums";
import { localized } from "@/lib/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("title") };
}

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    status: z.enum(ProgrammeStatus).optional().catch(undefined),
    region: z.string().max(100).optional().catch(undefined),
    donorId: z.string().max(40).optional().catch(undefined),
    nsbId: z.string().max(40).optional().catch(undefined),
    resultAreaId: z.string().max(40).optional().catch(undefined),
    sort: z.enum(PROGRAMME_SORTS).optional().catch(undefined),
    archived: z.literal("1").optional().catch(undefined),
  });
  const staff = can(actor, "programmes.write");
  const includeArchived = staff && params.archived === "1";
  const [list, options] = await Promise.all([listProgrammes(actor, { ...params, includeArchived }), programmeFilterOptions(actor)]);
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.status || params.region || params.donorId || params.nsbId || params.resultAreaId || includeArchived);

  return (
    <>
      <PageHeader
        title={t("programmes.title")}
        description={t("programmes.description")}
        actions={
          <>
            <ButtonLink href="/api/iati" variant="secondary" prefetch={false} download title={t("iati.exportAllLabel")}>{t("iati.exportAll")}</ButtonLink>
            {staff ? <ButtonLink href="/programmes/new">{t("programmeManage.newProgramme")}</ButtonLink> : null}
          </>
        }
      />
      <form role="search" aria-label={t("programmes.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("programmes.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="status" label={t("programmes.status")} value={params.status} all={t("common.all")}
          options={Object.values(ProgrammeStatus).map((s) => ({ value: s, label: t(`enums.programmeStatus.${s}`) }))} />
        <FilterSelect name="region" label={t("programmes.region")} value={params.region} all={t("common.all")}
          options={options.regions.map((r) => ({ value: r, label: r }))} />
        <FilterSelect name="donorId" label={t("programmes.donor")} value={params.donorId} all={t("common.all")}
          options={options.donors.map((d) => ({ value: d.id, label: d.acronym }))} />
        <FilterSelect name="nsbId" label={t("programmes.nsb")} value={params.nsbId} all={t("common.all")}
          options={options.nsbs.map((d) => ({ value: d.id, label: d.acronym }))} />
        <FilterSelect name="resultAreaId" label={t("programmes.resultArea")} value={params.resultAreaId} all={t("common.all")} className="lg:col-span-3"
          options={options.resultAreas.map((r) => ({ value: r.id, label: `${r.actionPlan.startYear}–${r.actionPlan.endYear} · ${r.code} ${r.title}` }))} />
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex flex-wrap items-end gap-2 lg:col-span-3 lg:justify-end">
          {staff ? (
            <label className="mr-auto flex items-center gap-2 self-center text-sm text-slate-700 lg:mr-2">
              <input type="checkbox" name="archived" value="1" defaultChecked={includeArchived} className="h-4 w-4" />
              {t("programmeManage.includeArchived")}
            </label>
          ) : null}
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/programmes" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("programmes.noMatch") : t("programmes.empty")} />
      ) : (
        <>
          <Table caption={t("programmes.title")}>
            <thead>
              <tr>
                <SortTh label={t("programmes.code")} field="code" current={params.sort} params={linkParams} />
                <SortTh label={t("programmes.programme")} field="title" current={params.sort} params={linkParams} />
                <Th>{t("programmes.region")}</Th>
                <Th>{t("programmes.donors")}</Th>
                <SortTh label={t("programmes.period")} field="startDate" current={params.sort} params={linkParams} />
                <SortTh label={t("programmes.status")} field="status" current={params.sort} params={linkParams} />
                <Th className="text-right">{t("programmes.nsbCount")}</Th>
                <Th className="text-right">{t("programmes.activityCount")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap font-mono text-xs">{p.code}</Td>
                  <Td>
                    <Link href={`/programmes/${p.id}`} className="font-medium text-brand-700 hover:underline">{localized(p, "title")}</Link>
                    {p.archived ? <> <Badge tone="warning">{t("programmeManage.archivedBadge")}</Badge></> : null}
                  </Td>
                  <Td>{p.region || "—"}</Td>
                  <Td>{p.fundings.map((f) => f.donor.acronym).join(", ") || "—"}</Td>
                  <Td className="whitespace-nowrap">{formatDate(p.startDate)} – {formatDate(p.endDate)}</Td>
                  <Td><ProgrammeStatusBadge status={p.status} /></Td>
                  <Td className="text-right tabular-nums">{p._count.beneficiaries}</Td>
                  <Td className="text-right tabular-nums">{p._count.activities}</Td>
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

