import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { listParticipants, participantNsbOptions, PARTICIPANT_SORTS } from "@/server/participants";
import { hasFilters, linkParamsOf, parseListParams, type RowOf } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { EmailAddress } from "@/components/ui/email";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar, InputFilter, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("title") };
}

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "participants.read")) notFound();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    sex: z.enum(Sex).optional().catch(undefined),
    ageBand: z.enum(AgeBand).optional().catch(undefined),
    stakeholderGroup: z.enum(StakeholderGroup).optional().catch(undefined),
    organizationName: z.string().trim().max(200).optional().catch(undefined),
    nsbId: z.string().max(40).optional().catch(undefined),
    sort: z.enum(PARTICIPANT_SORTS).optional().catch(undefined),
  });
  const [list, nsbs] = await Promise.all([listParticipants(actor, params), participantNsbOptions(actor)]);
  const linkParams = linkParamsOf(params);
  const filterParams = new URLSearchParams(Object.entries(linkParams).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "page"));
  const filtered = hasFilters(params, ["q", "sex", "ageBand", "stakeholderGroup", "organizationName", "nsbId"]);
  const exportHref = (format: string) => `/api/participants/export?${new URLSearchParams([...filterParams, ["format", format]])}`;
  const enumOptions = (values: Record<string, string>, key: string) => Object.values(values).map((v) => ({ value: v, label: t(`enums.${key}.${v}`) }));

  return (
    <>
      <PageHeader
        title={t("participants.title")}
        description={t("participants.description")}
        actions={
          <>
            <ButtonLink href={exportHref("csv")} variant="secondary" prefetch={false}>{t("participants.exportCsv")}</ButtonLink>
            <ButtonLink href={exportHref("xlsx")} variant="secondary" prefetch={false}>{t("participants.exportXlsx")}</ButtonLink>
            <ButtonLink href="/participants/new">{t("participants.new")}</ButtonLink>
          </>
        }
      />
      <FilterBar label={t("participants.filters")} clearHref="/participants" filtered={filtered} sort={params.sort} actionsClassName="lg:col-span-4">
        <SearchFilter value={params.q} placeholder={t("participants.searchPlaceholder")} />
        <FilterSelect name="sex" label={t("participants.sex")} value={params.sex} all={t("common.all")} options={enumOptions(Sex, "sex")} />
        <FilterSelect name="ageBand" label={t("participants.ageBand")} value={params.ageBand} all={t("common.all")} options={enumOptions(AgeBand, "ageBand")} />
        <FilterSelect name="stakeholderGroup" label={t("participants.stakeholderGroup")} value={params.stakeholderGroup} all={t("common.all")} options={enumOptions(StakeholderGroup, "stakeholderGroup")} />
        {nsbs.length > 1 ? (
          <FilterSelect name="nsbId" label={t("participants.nsb")} value={params.nsbId} all={t("common.all")} options={nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        ) : null}
        <InputFilter name="organizationName" label={t("participants.organizationName")} value={params.organizationName} className="lg:col-span-2" />
      </FilterBar>
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t("participants.noMatch") : t("participants.empty")}>
        <ListTable caption={t("participants.title")} columns={await participantColumns()} rows={list.rows} rowKey={(p) => p.id} sort={params.sort} params={linkParams} />
      </ListResults>
    </>
  );
}

async function participantColumns(): Promise<Column<RowOf<typeof listParticipants>>[]> {
  const t = await getTranslations();
  return [
    { label: t("participants.fullName"), sort: "fullName", cell: (p) => <Link href={`/participants/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.fullName}</Link> },
    { label: t("participants.email"), cell: (p) => (p.email ? <EmailAddress address={p.email} /> : "—") },
    { label: t("participants.sex"), cell: (p) => t(`enums.sex.${p.sex}`) },
    { label: t("participants.ageBand"), cell: (p) => t(`enums.ageBand.${p.ageBand}`) },
    { label: t("participants.stakeholderGroup"), cell: (p) => t(`enums.stakeholderGroup.${p.stakeholderGroup}`) },
    { label: t("participants.organizationName"), sort: "organizationName", cell: (p) => p.organizationName || "—" },
    { label: t("participants.nsb"), cell: (p) => p.organization.acronym },
    { label: t("participants.activities"), className: "text-right", cellClassName: "tabular-nums", cell: (p) => p._count.participations },
  ];
}
