import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { COMMITTEE_ROLE_SORTS, listCommitteeRoles } from "@/server/evidence";
import { evidenceNsbOptions } from "@/server/evidence";
import { dayParamBetween, parseListParams } from "@/lib/list-params";
import { EARLIEST_DAY, LATEST_DAY } from "@/domain/evidence/rules";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { CommitteeMembership, Leadership } from "@/generated/prisma/enums";
import { EvidenceTabs } from "../tabs";
import { EvidenceNotice } from "../notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceCommittees"))("title") };
}

// Evidence goes back to ISO's founding (evidence-rules.ts).
const day = dayParamBetween(EARLIEST_DAY, LATEST_DAY);

export default async function CommitteeRolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "evidence.read")) notFound();
  const t = await getTranslations();
  const raw = await searchParams;
  const params = parseListParams(raw, {
    nsbId: z.string().max(40).optional().catch(undefined),
    membership: z.enum(CommitteeMembership).optional().catch(undefined),
    leadership: z.enum(Leadership).optional().catch(undefined),
    from: day,
    to: day,
    sort: z.enum(COMMITTEE_ROLE_SORTS).optional().catch(undefined),
  });
  const mayWrite = can(actor, "evidence.write");
  const [list, nsbs] = await Promise.all([listCommitteeRoles(actor, params), evidenceNsbOptions(actor)]);
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.nsbId || params.membership || params.leadership || params.from || params.to);

  return (
    <>
      <PageHeader
        title={t("evidenceCommittees.title")}
        description={t("evidenceCommittees.description")}
        actions={
          mayWrite ? (
            <>
              <ButtonLink href="/evidence/committees/import" variant="secondary">{t("evidence.import")}</ButtonLink>
              <ButtonLink href="/evidence/committees/new">{t("evidenceCommittees.new")}</ButtonLink>
            </>
          ) : undefined
        }
      />
      <EvidenceTabs current="committees" />
      <EvidenceNotice notice={raw.notice} />
      {!mayWrite ? <div className="mb-4"><Alert>{t("evidence.readOnly")}</Alert></div> : null}
      <form role="search" aria-label={t("evidenceCommittees.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("evidenceCommittees.searchPlaceholder")} className={selectClass} />
        </label>
        {nsbs.length > 1 ? (
          <FilterSelect name="nsbId" label={t("evidence.nsb")} value={params.nsbId} all={t("common.all")} options={nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        ) : null}
        <FilterSelect name="membership" label={t("evidenceCommittees.membership")} value={params.membership} all={t("common.all")}
          options={Object.values(CommitteeMembership).map((m) => ({ value: m, label: t(`enums.committeeMembership.${m}`) }))} />
        <FilterSelect name="leadership" label={t("evidenceCommittees.leadership")} value={params.leadership} all={t("common.all")}
          options={Object.values(Leadership).map((l) => ({ value: l, label: t(`enums.leadership.${l}`) }))} />
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("evidenceCommittees.heldFrom")}</span>
          <input name="from" type="date" defaultValue={params.from ?? ""} className={selectClass} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("evidenceCommittees.heldTo")}</span>
          <input name="to" type="date" defaultValue={params.to ?? ""} className={selectClass} />
        </label>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex flex-wrap items-end gap-2 lg:col-span-4 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/evidence/committees" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("evidenceCommittees.noMatch") : t("evidenceCommittees.empty")} />
      ) : (
        <>
          <Table caption={t("evidenceCommittees.title")}>
            <thead>
              <tr>
                <SortTh label={t("evidence.nsb")} field="nsb" current={params.sort} params={linkParams} />
                <SortTh label={t("evidenceCommittees.committee")} field="committee" current={params.sort ?? "committee"} params={linkParams} />
                <Th>{t("evidenceCommittees.membership")}</Th>
                <Th>{t("evidenceCommittees.leadership")}</Th>
                <SortTh label={t("evidenceCommittees.fromDate")} field="fromDate" current={params.sort} params={linkParams} />
                <Th>{t("evidenceCommittees.toDate")}</Th>
                {mayWrite ? <Th><span className="sr-only">{t("common.actions")}</span></Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="committee-rows">
              {list.rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <Td><abbr title={r.organization.name} className="font-medium no-underline">{r.organization.acronym}</abbr></Td>
                  <Td className="whitespace-nowrap font-medium">{r.committee}</Td>
                  <Td>{t(`enums.committeeMembership.${r.membership}`)}</Td>
                  <Td>{r.leadership === "NONE" ? "—" : <Badge tone="success">{t(`enums.leadership.${r.leadership}`)}</Badge>}</Td>
                  <Td className="whitespace-nowrap">{formatDate(r.fromDate)}</Td>
                  <Td className="whitespace-nowrap">{r.toDate ? formatDate(r.toDate) : t("evidenceCommittees.ongoing")}</Td>
                  {mayWrite ? (
                    <Td className="text-right">
                      <Link href={`/evidence/committees/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        {t("evidence.edit")}<span className="sr-only"> {r.organization.acronym} {r.committee} {formatDate(r.fromDate)}</span>
                      </Link>
                    </Td>
                  ) : null}
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
