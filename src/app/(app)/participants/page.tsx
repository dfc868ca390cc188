import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { listParticipants, participantNsbOptions, PARTICIPANT_SORTS } from "@/server/participants";
import { parseListParams } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { EmailAddress } from "@/components/ui/email";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
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
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filterParams = new URLSearchParams(Object.entries(linkParams).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "page"));
  const filtered = Boolean(params.q || params.sex || params.ageBand || params.stakeholderGroup || params.organizationName || params.nsbId);
  const exportHref = (format: string) => `/api/participants/export?${new URLSearchParams([...filterParams, ["format", format]])}`;

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
      <form role="search" aria-label={t("participants.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("participants.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="sex" label={t("participants.sex")} value={params.sex} all={t("common.all")} options={Object.values(Sex).map((v) => ({ value: v, label: t(`enums.sex.${v}`) }))} />
        <FilterSelect name="ageBand" label={t("participants.ageBand")} value={params.ageBand} all={t("common.all")} options={Object.values(AgeBand).map((v) => ({ value: v, label: t(`enums.ageBand.${v}`) }))} />
        <FilterSelect name="stakeholderGroup" label={t("participants.stakeholderGroup")} value={params.stakeholderGroup} all={t("common.all")} options={Object.values(StakeholderGroup).map((v) => ({ value: v, label: t(`enums.stakeholderGroup.${v}`) }))} />
        {nsbs.length > 1 ? (
          <FilterSelect name="nsbId" label={t("participants.nsb")} value={params.nsbId} all={t("common.all")} options={nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        ) : null}
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("participants.organizationName")}</span>
          <input name="organizationName" defaultValue={params.organizationName ?? ""} className={selectClass} />
        </label>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex items-end gap-2 lg:col-span-4 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/participants" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("participants.noMatch") : t("participants.empty")} />
      ) : (
        <>
          <Table caption={t("participants.title")}>
            <thead>
              <tr>
                <SortTh label={t("participants.fullName")} field="fullName" current={params.sort} params={linkParams} />
                <Th>{t("participants.email")}</Th>
                <Th>{t("participants.sex")}</Th>
                <Th>{t("participants.ageBand")}</Th>
                <Th>{t("participants.stakeholderGroup")}</Th>
                <SortTh label={t("participants.organizationName")} field="organizationName" current={params.sort} params={linkParams} />
                <Th>{t("participants.nsb")}</Th>
                <Th className="text-right">{t("participants.activities")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td><Link href={`/participants/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.fullName}</Link></Td>
                  <Td>{p.email ? <EmailAddress address={p.email} /> : "—"}</Td>
                  <Td>{t(`enums.sex.${p.sex}`)}</Td>
                  <Td>{t(`enums.ageBand.${p.ageBand}`)}</Td>
                  <Td>{t(`enums.stakeholderGroup.${p.stakeholderGroup}`)}</Td>
                  <Td>{p.organizationName || "—"}</Td>
                  <Td>{p.organization.acronym}</Td>
                  <Td className="text-right tabular-nums">{p._count.participations}</Td>
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
