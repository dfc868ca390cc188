import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { listProgrammes, programmeFilterOptions, PROGRAMME_SORTS, type ProgrammeListRow } from "@/server/programmes";
import { hasFilters, linkParamsOf, parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { regionName, regionOptionsIn } from "@/lib/regions";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { CheckFilter, FilterBar, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Badge } from "@/components/ui/badge";
import { ProgrammeStatus } from "@/generated/prisma/enums";
import { localized } from "@/lib/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("title") };
}

const programmeParams = {
  status: z.enum(ProgrammeStatus).optional().catch(undefined),
  region: z.string().max(100).optional().catch(undefined),
  donorId: z.string().max(40).optional().catch(undefined),
  nsbId: z.string().max(40).optional().catch(undefined),
  resultAreaId: z.string().max(40).optional().catch(undefined),
  sort: z.enum(PROGRAMME_SORTS).optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
};

type ProgrammeParams = ReturnType<typeof parseListParams<typeof programmeParams>>;

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, programmeParams);
  const staff = can(actor, "programmes.write");
  const includeArchived = staff && params.archived === "1";
  const [list, options] = await Promise.all([listProgrammes(actor, { ...params, includeArchived }), programmeFilterOptions(actor)]);
  const linkParams = linkParamsOf(params);
  const filtered = hasFilters({ ...params, includeArchived }, ["q", "status", "region", "donorId", "nsbId", "resultAreaId", "includeArchived"]);

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
      <ProgrammeFilters params={params} filtered={filtered} staff={staff} includeArchived={includeArchived} options={options} />
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t("programmes.noMatch") : t("programmes.empty")}>
        <ListTable caption={t("programmes.title")} columns={await programmeColumns()} rows={list.rows} rowKey={(p) => p.id} sort={params.sort} params={linkParams} />
      </ListResults>
    </>
  );
}

async function ProgrammeFilters({ params, filtered, staff, includeArchived, options }: { params: ProgrammeParams; filtered: boolean; staff: boolean; includeArchived: boolean; options: Awaited<ReturnType<typeof programmeFilterOptions>> }) {
  const t = await getTranslations();
  return (
    <FilterBar label={t("programmes.filters")} clearHref="/programmes" filtered={filtered} sort={params.sort} actionsClassName="lg:col-span-3"
      extra={staff ? <CheckFilter name="archived" label={t("programmeManage.includeArchived")} checked={includeArchived} className="mr-auto flex items-center gap-2 self-center text-sm text-slate-700 lg:mr-2" /> : null}>
      <SearchFilter value={params.q} placeholder={t("programmes.searchPlaceholder")} />
      <FilterSelect name="status" label={t("programmes.status")} value={params.status} all={t("common.all")}
        options={Object.values(ProgrammeStatus).map((s) => ({ value: s, label: t(`enums.programmeStatus.${s}`) }))} />
      <FilterSelect name="region" label={t("programmes.region")} value={params.region} all={t("common.all")}
        options={regionOptionsIn(options.regions)} />
      <FilterSelect name="donorId" label={t("programmes.donor")} value={params.donorId} all={t("common.all")}
        options={options.donors.map((d) => ({ value: d.id, label: d.acronym }))} />
      <FilterSelect name="nsbId" label={t("programmes.nsb")} value={params.nsbId} all={t("common.all")}
        options={options.nsbs.map((d) => ({ value: d.id, label: d.acronym }))} />
      <FilterSelect name="resultAreaId" label={t("programmes.resultArea")} value={params.resultAreaId} all={t("common.all")} className="lg:col-span-3"
        options={options.resultAreas.map((r) => ({ value: r.id, label: `${r.actionPlan.startYear}–${r.actionPlan.endYear} · ${r.code} ${r.title}` }))} />
    </FilterBar>
  );
}

async function programmeColumns(): Promise<Column<ProgrammeListRow>[]> {
  const t = await getTranslations();
  return [
    { label: t("programmes.code"), sort: "code", cellClassName: "whitespace-nowrap font-mono text-xs", cell: (p) => p.code },
    {
      label: t("programmes.programme"),
      sort: "title",
      cell: (p) => (
        <>
          <Link href={`/programmes/${p.id}`} className="link">{localized(p, "title")}</Link>
          {p.archived ? <> <Badge tone="warning">{t("programmeManage.archivedBadge")}</Badge></> : null}
        </>
      ),
    },
    { label: t("programmes.region"), cell: (p) => (p.region ? regionName(p.region) : "—") },
    { label: t("programmes.donors"), cell: (p) => p.fundings.map((f) => f.donor.acronym).join(", ") || "—" },
    { label: t("programmes.period"), sort: "startDate", cellClassName: "whitespace-nowrap", cell: (p) => `${formatDate(p.startDate)} – ${formatDate(p.endDate)}` },
    { label: t("programmes.status"), sort: "status", cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
    { label: t("programmes.nsbCount"), className: "num", cell: (p) => p._count.beneficiaries },
    { label: t("programmes.activityCount"), className: "num", cell: (p) => p._count.activities },
  ];
}
