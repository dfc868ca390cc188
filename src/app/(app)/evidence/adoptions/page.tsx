import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { ADOPTION_SORTS, listNationalAdoptions } from "@/server/evidence";
import { evidenceNsbOptions, evidenceProgrammeOptions } from "@/server/evidence";
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
import { AdoptionDegree } from "@/generated/prisma/enums";
import { EvidenceTabs } from "../tabs";
import { EvidenceNotice } from "../notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceAdoptions"))("title") };
}

// Evidence goes back to ISO's founding (evidence-rules.ts).
const day = dayParamBetween(EARLIEST_DAY, LATEST_DAY);

export default async function AdoptionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "evidence.read")) notFound();
  const t = await getTranslations();
  const raw = await searchParams;
  const params = parseListParams(raw, {
    nsbId: z.string().max(40).optional().catch(undefined),
    programmeId: z.string().max(40).optional().catch(undefined),
    degree: z.enum(AdoptionDegree).optional().catch(undefined),
    from: day,
    to: day,
    sort: z.enum(ADOPTION_SORTS).optional().catch(undefined),
  });
  const mayWrite = can(actor, "evidence.write");
  const [list, nsbs, programmes] = await Promise.all([listNationalAdoptions(actor, params), evidenceNsbOptions(actor), evidenceProgrammeOptions(actor)]);
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.nsbId || params.programmeId || params.degree || params.from || params.to);

  return (
    <>
      <PageHeader
        title={t("evidenceAdoptions.title")}
        description={t("evidenceAdoptions.description")}
        actions={
          mayWrite ? (
            <>
              <ButtonLink href="/evidence/adoptions/import" variant="secondary">{t("evidence.import")}</ButtonLink>
              <ButtonLink href="/evidence/adoptions/new">{t("evidenceAdoptions.new")}</ButtonLink>
            </>
          ) : undefined
        }
      />
      <EvidenceTabs current="adoptions" />
      <EvidenceNotice notice={raw.notice} />
      {!mayWrite ? <div className="mb-4"><Alert>{t("evidence.readOnly")}</Alert></div> : null}
      <form role="search" aria-label={t("evidenceAdoptions.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("evidenceAdoptions.searchPlaceholder")} className={selectClass} />
        </label>
        {nsbs.length > 1 ? (
          <FilterSelect name="nsbId" label={t("evidence.nsb")} value={params.nsbId} all={t("common.all")} options={nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        ) : null}
        <FilterSelect name="programmeId" label={t("evidenceAdoptions.programme")} value={params.programmeId} all={t("common.all")}
          options={programmes.map((p) => ({ value: p.id, label: p.code }))} />
        <FilterSelect name="degree" label={t("evidenceAdoptions.degree")} value={params.degree} all={t("common.all")}
          options={Object.values(AdoptionDegree).map((d) => ({ value: d, label: t(`enums.adoptionDegree.${d}`) }))} />
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("evidenceAdoptions.adoptedFrom")}</span>
          <input name="from" type="date" defaultValue={params.from ?? ""} className={selectClass} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("evidenceAdoptions.adoptedTo")}</span>
          <input name="to" type="date" defaultValue={params.to ?? ""} className={selectClass} />
        </label>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex flex-wrap items-end gap-2 lg:col-span-4 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/evidence/adoptions" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("evidenceAdoptions.noMatch") : t("evidenceAdoptions.empty")} />
      ) : (
        <>
          <Table caption={t("evidenceAdoptions.title")}>
            <thead>
              <tr>
                <SortTh label={t("evidence.nsb")} field="nsb" current={params.sort} params={linkParams} />
                <SortTh label={t("evidenceAdoptions.standardReference")} field="standard" current={params.sort} params={linkParams} />
                <Th>{t("evidenceAdoptions.nationalReference")}</Th>
                <SortTh label={t("evidenceAdoptions.adoptionDate")} field="adoptionDate" current={params.sort ?? "-adoptionDate"} params={linkParams} />
                <Th>{t("evidenceAdoptions.degree")}</Th>
                <Th>{t("evidenceAdoptions.programme")}</Th>
                {mayWrite ? <Th><span className="sr-only">{t("common.actions")}</span></Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="adoption-rows">
              {list.rows.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50">
                  <Td><abbr title={a.organization.name} className="font-medium no-underline">{a.organization.acronym}</abbr></Td>
                  <Td className="whitespace-nowrap font-medium">{a.standardReference}</Td>
                  <Td>{a.nationalReference}</Td>
                  <Td className="whitespace-nowrap">{formatDate(a.adoptionDate)}</Td>
                  <Td><Badge tone={a.degree === "IDENTICAL" ? "success" : "info"}>{t(`enums.adoptionDegree.${a.degree}`)}</Badge></Td>
                  <Td>{a.programme ? <Link href={`/programmes/${a.programme.id}`} className="text-brand-700 hover:underline">{a.programme.code}</Link> : "—"}</Td>
                  {mayWrite ? (
                    <Td className="text-right">
                      <Link href={`/evidence/adoptions/${a.id}`} className="font-medium text-brand-700 hover:underline">
                        {t("evidence.edit")}<span className="sr-only"> {a.organization.acronym} {a.standardReference}</span>
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
