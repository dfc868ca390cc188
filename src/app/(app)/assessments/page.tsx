import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { can, requireActor, choosesNsb, type Actor } from "@/server/auth";
import { listRounds, roundFormOptions, ROUND_SORTS } from "@/server/assessments";
import { AssessmentKind, AssessmentStatus } from "@/generated/prisma/enums";
import { parseListParams, type LinkParams, type RowOf } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { RoundStatusBadge } from "@/components/assessments/round-status-badge";
import { formatScore } from "@/components/assessments/score";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const FILTERS = {
  programmeId: z.string().max(40).optional().catch(undefined),
  nsbId: z.string().max(40).optional().catch(undefined),
  kind: z.enum(AssessmentKind).optional().catch(undefined),
  status: z.enum(AssessmentStatus).optional().catch(undefined),
  sort: z.enum(ROUND_SORTS).optional().catch(undefined),
};
type Parsed = ReturnType<typeof parseListParams<typeof FILTERS>>;

/** Self-assessment rounds: staff every NSB's, a focal point their own NSB's; search, filters, sorting, pagination. */
export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "assessments.write")) notFound();
  const t = await getTranslations();
  const parsed = parseListParams(await searchParams, FILTERS);
  const [list, options] = await Promise.all([listRounds(actor, parsed), roundFormOptions(actor)]);
  const linkParams = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(parsed.q || parsed.programmeId || parsed.nsbId || parsed.kind || parsed.status);

  return (
    <>
      <PageHeader
        title={t("assessments.title")}
        description={choosesNsb(actor) ? t("assessments.staffDescription") : t("assessments.focalDescription")}
        actions={
          <>
            <ButtonLink href="/assessments/new">{t("assessments.open")}</ButtonLink>
            {can(actor, "assessments.templates") ? <ButtonLink href="/assessments/templates" variant="secondary">{t("assessments.templates.nav")}</ButtonLink> : null}
          </>
        }
      />
      <RoundFilters actor={actor} parsed={parsed} options={options} filtered={filtered} />
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("assessments.noMatch") : t("assessments.empty")}>{filtered ? null : t("assessments.emptyHint")}</EmptyState>
      ) : (
        <>
          <RoundsTable actor={actor} rows={list.rows} parsed={parsed} linkParams={linkParams} />
          <Pagination page={list.page} requested={parsed.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      )}
    </>
  );
}

/** Search and filters of the rounds list. */
async function RoundFilters({ actor, parsed, options, filtered }: { actor: Actor; parsed: Parsed; options: Awaited<ReturnType<typeof roundFormOptions>>; filtered: boolean }) {
  const t = await getTranslations();
  return (
    <form role="search" aria-label={t("assessments.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <label className="lg:col-span-2">
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
        <input name="q" type="search" defaultValue={parsed.q ?? ""} placeholder={t("assessments.searchPlaceholder")} className={selectClass} />
      </label>
      <FilterSelect name="programmeId" label={t("assessments.programme")} value={parsed.programmeId} all={t("common.all")} options={options.programmes.map((p) => ({ value: p.id, label: p.code }))} />
      {choosesNsb(actor) ? (
        <FilterSelect name="nsbId" label={t("assessments.nsb")} value={parsed.nsbId} all={t("common.all")} options={options.nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
      ) : null}
      <FilterSelect name="kind" label={t("assessments.kindLabel")} value={parsed.kind} all={t("common.all")} options={Object.values(AssessmentKind).map((k) => ({ value: k, label: t(`enums.assessmentKind.${k}`) }))} />
      <FilterSelect name="status" label={t("assessments.statusLabel")} value={parsed.status} all={t("common.all")} options={Object.values(AssessmentStatus).map((s) => ({ value: s, label: t(`enums.assessmentStatus.${s}`) }))} />
      {parsed.sort ? <input type="hidden" name="sort" value={parsed.sort} /> : null}
      <div className="flex flex-wrap items-end gap-2 lg:col-span-6 lg:justify-end">
        <Button type="submit">{t("common.apply")}</Button>
        {filtered ? <ButtonLink href="/assessments" variant="secondary">{t("common.clear")}</ButtonLink> : null}
      </div>
    </form>
  );
}

/** The rounds of the page, sortable by column. */
async function RoundsTable({ actor, rows, parsed, linkParams }: { actor: Actor; rows: RowOf<typeof listRounds>[]; parsed: Parsed; linkParams: LinkParams }) {
  const t = await getTranslations();
  return (
    <Table caption={t("assessments.title")}>
      <thead>
        <tr>
          <SortTh label={t("assessments.nsb")} field="nsb" current={parsed.sort} params={linkParams} />
          <SortTh label={t("assessments.programme")} field="programme" current={parsed.sort} params={linkParams} />
          <Th>{t("assessments.kindLabel")}</Th>
          <SortTh label={t("assessments.assessedOn")} field="-assessedOn" current={parsed.sort} params={linkParams} />
          <SortTh label={t("assessments.statusLabel")} field="status" current={parsed.sort} params={linkParams} />
          <Th className="text-right">{t("assessments.overall")}</Th>
          <Th>{t("common.actions")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="rounds">
        {rows.map((r) => (
          <tr key={r.id} className="hover:bg-slate-50">
            <Td><abbr title={r.organization.name} className="no-underline">{r.organization.acronym}</abbr></Td>
            <Td className="whitespace-nowrap font-mono text-xs">{r.programme.code}</Td>
            <Td>{t(`enums.assessmentKind.${r.kind}`)}</Td>
            <Td className="whitespace-nowrap">{formatDate(r.assessedOn)}</Td>
            <Td><RoundStatusBadge status={r.status} /></Td>
            <Td className="text-right tabular-nums">{formatScore(r.overall)}</Td>
            <Td className="whitespace-nowrap">
              <Link href={`/assessments/${r.id}`} className="font-medium text-brand-700 hover:underline">
                {r.status === "SUBMITTED" && can(actor, "assessments.validate") ? t("assessments.review") : r.status === "DRAFT" || r.status === "RETURNED" ? t("assessments.answer") : t("assessments.view")}
                <span className="sr-only"> {r.organization.acronym} {t(`enums.assessmentKind.${r.kind}`)} {formatDate(r.assessedOn)}</span>
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
