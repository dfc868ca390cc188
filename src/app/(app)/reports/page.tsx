import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import type { Actor } from "@/server/auth";
import { can } from "@/server/auth";
import { listReports, listReturnedReports, reportFilterOptions, reportingTasks, REPORT_SORTS } from "@/server/reports";
import { parseListParams } from "@/lib/list-params";
import { formatDate, formatDateTime } from "@/lib/format";
import { parsePeriodKey, periodKey } from "@/domain/reports/rules";
import { ReportStatus } from "@/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { formatReportValue } from "@/components/reports/report-value";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportsPage"))("title") };
}

const periodText = (p: { periodStart: Date; periodEnd: Date }) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "reports.write")) notFound();
  const params = await searchParams;
  const t = await getTranslations();
  const staff = can(actor, "reports.review");
  const returned = await listReturnedReports(actor);
  const yesNo = { yes: t("common.yes"), no: t("common.no") };

  return (
    <>
      <PageHeader
        title={t("reportsPage.title")}
        description={staff ? t("reportsPage.staffDescription") : t("reportsPage.focalDescription")}
        actions={
          <>
            <ButtonLink href="/reports/new">{t("reportsPage.newReport")}</ButtonLink>
            <ButtonLink href="/reports/matrix" variant="secondary">{t("reportMatrix.nav")}</ButtonLink>
            {staff ? <ButtonLink href="/reports/locks" variant="secondary">{t("periodLocks.nav")}</ButtonLink> : null}
          </>
        }
      />
      {returned.length > 0 ? (
        <section aria-labelledby="returned-heading" className="mb-8" data-testid="returned-reports">
          <h2 id="returned-heading" className="mb-3 text-lg font-semibold">{t("reportsPage.returnedTitle", { count: returned.length })}</h2>
          <ul className="space-y-3">
            {returned.map((r) => (
              <li key={r.id} className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  <ReportStatusBadge status={r.status} />
                  <span>{r.indicator.code} · {r.organization?.acronym ?? t("reportForm.wholeProgramme")} · {periodText(r)}</span>
                </p>
                <p className="mt-1">{t("reportsPage.returnedBy", { name: r.reviewedBy?.name ?? "—", when: r.reviewedAt ? formatDateTime(r.reviewedAt) : "—" })}</p>
                <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-400 pl-3">{r.reviewComment}</blockquote>
                <p className="mt-2">
                  <Link href={`/reports/${r.id}/edit`} className="font-medium text-brand-700 underline">{t("reportsPage.fix", { code: r.indicator.code })}</Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {staff ? <ReviewQueue actor={actor} params={params} yesNo={yesNo} /> : <FocalTasks actor={actor} params={params} yesNo={yesNo} />}
    </>
  );
}

/** A focal point's indicators × periods with their NSB's report status. */
async function FocalTasks({ actor, params, yesNo }: { actor: Actor; params: SearchParams; yesNo: { yes: string; no: string } }) {
  const t = await getTranslations();
  const { programmeId } = parseListParams(params, { programmeId: z.string().max(40).optional().catch(undefined) });
  const [tasks, options] = await Promise.all([reportingTasks(actor, { programmeId }), reportFilterOptions(actor)]);
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading" className="mb-3 text-lg font-semibold">{t("reportsPage.tasksTitle")}</h2>
      {options.programmes.length > 1 ? (
        <form role="search" aria-label={t("reportsPage.filters")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <FilterSelect name="programmeId" label={t("reportsPage.programme")} value={programmeId} all={t("common.all")}
            options={options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))} />
          <Button type="submit">{t("common.apply")}</Button>
        </form>
      ) : null}
      {tasks.length === 0 ? (
        <EmptyState title={t("reportsPage.noTasks")} />
      ) : (
        <Table caption={t("reportsPage.tasksTitle")}>
          <thead>
            <tr>
              <Th>{t("reportsPage.indicator")}</Th>
              <Th>{t("reportsPage.period")}</Th>
              <Th>{t("reportsPage.status")}</Th>
              <Th className="text-right">{t("reportsPage.value")}</Th>
              <Th>{t("common.actions")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="tasks">
            {tasks.map(({ indicator, period, report }) => {
              const returned = report?.status === "RETURNED";
              const key = `${indicator.id}-${periodKey(period)}`;
              const newHref = `/reports/new?indicatorId=${indicator.id}&period=${periodKey(period)}`;
              return (
                <tr key={key} className={returned ? "bg-amber-50" : undefined} data-indicator={indicator.code} data-period={periodKey(period)}>
                  <Td>
                    <span className="font-mono text-xs">{indicator.programme?.code} · {indicator.code}</span>
                    <span className="block">{indicator.title}</span>
                    {returned && report?.reviewComment ? (
                      <span className="mt-1 block text-sm text-amber-900">{t("reportsPage.commentLabel")} {report.reviewComment}</span>
                    ) : null}
                  </Td>
                  <Td className="whitespace-nowrap">{periodText(period)}</Td>
                  <Td><ReportStatusBadge status={report?.status ?? "MISSING"} /></Td>
                  <Td className="text-right tabular-nums">{report ? formatReportValue(report.value, indicator.unit, indicator.currency, yesNo) : "—"}</Td>
                  <Td className="whitespace-nowrap">
                    {!report ? (
                      <Link href={newHref} className="font-medium text-brand-700 hover:underline">
                        {t("reportsPage.report")}<span className="sr-only"> {indicator.code} {periodText(period)}</span>
                      </Link>
                    ) : report.status === "DRAFT" || report.status === "RETURNED" ? (
                      <Link href={`/reports/${report.id}/edit`} className="font-medium text-brand-700 hover:underline">
                        {t("reportsPage.edit")}<span className="sr-only"> {indicator.code} {periodText(period)}</span>
                      </Link>
                    ) : (
                      <Link href={`/reports/${report.id}`} className="font-medium text-brand-700 hover:underline">
                        {t("reportsPage.view")}<span className="sr-only"> {indicator.code} {periodText(period)}</span>
                      </Link>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}

const STATUS_CHOICES = ["all", ...Object.values(ReportStatus)] as const;

/** Staff: reports to review (SUBMITTED by default), with filters, sort and pagination. */
async function ReviewQueue({ actor, params, yesNo }: { actor: Actor; params: SearchParams; yesNo: { yes: string; no: string } }) {
  const t = await getTranslations();
  const parsed = parseListParams(params, {
    programmeId: z.string().max(40).optional().catch(undefined),
    nsbId: z.string().max(40).optional().catch(undefined),
    status: z.enum(STATUS_CHOICES).optional().catch(undefined),
    period: z.string().max(30).optional().catch(undefined),
    sort: z.enum(REPORT_SORTS).optional().catch(undefined),
  });
  const status = parsed.status ?? "SUBMITTED";
  const period = parsed.period ? parsePeriodKey(parsed.period) : null;
  const [list, options] = await Promise.all([
    listReports(actor, { ...parsed, status: status === "all" ? undefined : status, period }),
    reportFilterOptions(actor),
  ]);
  const linkParams = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(parsed.q || parsed.programmeId || parsed.nsbId || parsed.status || parsed.period);
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading" className="mb-3 text-lg font-semibold">{t("reportsPage.queueTitle")}</h2>
      <form role="search" aria-label={t("reportsPage.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={parsed.q ?? ""} placeholder={t("reportsPage.searchPlaceholder")} className={selectClass} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("reportsPage.status")}</span>
          <select name="status" defaultValue={status} className={selectClass}>
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>{s === "all" ? t("common.all") : t(`enums.reportStatus.${s}`)}</option>
            ))}
          </select>
        </label>
        <FilterSelect name="programmeId" label={t("reportsPage.programme")} value={parsed.programmeId} all={t("common.all")}
          options={options.programmes.map((p) => ({ value: p.id, label: p.code }))} />
        <FilterSelect name="nsbId" label={t("reportsPage.nsb")} value={parsed.nsbId} all={t("common.all")}
          options={options.nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        <FilterSelect name="period" label={t("reportsPage.period")} value={parsed.period} all={t("common.all")}
          options={options.periods.map((p) => ({ value: periodKey(p), label: periodText(p) }))} />
        {parsed.sort ? <input type="hidden" name="sort" value={parsed.sort} /> : null}
        <div className="flex flex-wrap items-end gap-2 lg:col-span-6 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/reports" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>
      {list.rows.length === 0 ? (
        <EmptyState title={status === "SUBMITTED" && !filtered ? t("reportsPage.queueEmpty") : t("reportsPage.noMatch")} />
      ) : (
        <>
          <Table caption={t("reportsPage.queueTitle")}>
            <thead>
              <tr>
                <SortTh label={t("reportsPage.indicator")} field="indicator" current={parsed.sort} params={linkParams} />
                <SortTh label={t("reportsPage.nsb")} field="nsb" current={parsed.sort} params={linkParams} />
                <SortTh label={t("reportsPage.period")} field="periodStart" current={parsed.sort} params={linkParams} />
                <Th className="text-right">{t("reportsPage.value")}</Th>
                <Th>{t("reportsPage.status")}</Th>
                <SortTh label={t("reportsPage.submitted")} field="-submittedAt" current={parsed.sort} params={linkParams} />
                <Th className="text-right">{t("reportsPage.files")}</Th>
                <Th>{t("common.actions")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="review-queue">
              {list.rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <Td>
                    <span className="font-mono text-xs">{r.indicator.programme?.code ?? "—"} · {r.indicator.code}</span>
                    <span className="block">{r.indicator.title}</span>
                  </Td>
                  <Td>{r.organization ? <abbr title={r.organization.name} className="no-underline">{r.organization.acronym}</abbr> : t("reportForm.wholeProgramme")}</Td>
                  <Td className="whitespace-nowrap">{periodText(r)}</Td>
                  <Td className="text-right tabular-nums">{formatReportValue(r.value, r.indicator.unit, r.indicator.currency, yesNo)}</Td>
                  <Td><ReportStatusBadge status={r.status} /></Td>
                  <Td className="whitespace-nowrap">{r.submittedAt ? <>{formatDate(r.submittedAt)}<span className="block text-xs text-slate-500">{r.submittedBy?.name}</span></> : "—"}</Td>
                  <Td className="text-right tabular-nums">{r._count.evidenceFiles}</Td>
                  <Td className="whitespace-nowrap">
                    <Link href={`/reports/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.status === "SUBMITTED" ? t("reportsPage.review") : t("reportsPage.view")}
                      <span className="sr-only"> {r.indicator.code} {r.organization?.acronym ?? ""} {periodText(r)}</span>
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={list.page} requested={parsed.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      )}
    </section>
  );
}
