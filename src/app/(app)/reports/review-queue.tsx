import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth";
import { listReports, reportFilterOptions, REPORT_SORTS, type ReportListRow } from "@/server/reports";
import { hasFilters, linkParamsOf, parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { parsePeriodKey, periodKey } from "@/domain/reports/rules";
import { ReportStatus } from "@/generated/prisma/enums";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { FilterBar, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { formatReportValue } from "@/components/reports/report-value";
import { periodText, type SearchParams } from "./list-parts";

const STATUS_CHOICES = ["all", ...Object.values(ReportStatus)] as const;

const queueParams = {
  programmeId: z.string().max(40).optional().catch(undefined),
  nsbId: z.string().max(40).optional().catch(undefined),
  status: z.enum(STATUS_CHOICES).optional().catch(undefined),
  period: z.string().max(30).optional().catch(undefined),
  sort: z.enum(REPORT_SORTS).optional().catch(undefined),
};

type QueueParams = ReturnType<typeof parseListParams<typeof queueParams>>;
type YesNo = { yes: string; no: string };

/** Staff: reports to review (SUBMITTED by default), with filters, sort and pagination. */
export async function ReviewQueue({ actor, params, yesNo }: { actor: Actor; params: SearchParams; yesNo: YesNo }) {
  const t = await getTranslations();
  const parsed = parseListParams(params, queueParams);
  const status = parsed.status ?? "SUBMITTED";
  const period = parsed.period ? parsePeriodKey(parsed.period) : null;
  const [list, options] = await Promise.all([
    listReports(actor, { ...parsed, status: status === "all" ? undefined : status, period }),
    reportFilterOptions(actor),
  ]);
  const linkParams = linkParamsOf(parsed);
  const filtered = hasFilters(parsed, ["q", "programmeId", "nsbId", "status", "period"]);
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading" className="mb-3 text-lg font-semibold">{t("reportsPage.queueTitle")}</h2>
      <QueueFilters parsed={parsed} status={status} options={options} filtered={filtered} />
      <ListResults list={list} requested={parsed.page} params={linkParams} empty={status === "SUBMITTED" && !filtered ? t("reportsPage.queueEmpty") : t("reportsPage.noMatch")}>
        <ListTable caption={t("reportsPage.queueTitle")} columns={await queueColumns(yesNo)} rows={list.rows} rowKey={(r) => r.id} sort={parsed.sort} params={linkParams} bodyTestId="review-queue" />
      </ListResults>
    </section>
  );
}

async function QueueFilters({ parsed, status, options, filtered }: { parsed: QueueParams; status: string; options: Awaited<ReturnType<typeof reportFilterOptions>>; filtered: boolean }) {
  const t = await getTranslations();
  return (
    <FilterBar label={t("reportsPage.filters")} clearHref="/reports" filtered={filtered} sort={parsed.sort} actionsClassName="lg:col-span-6">
      <SearchFilter value={parsed.q} placeholder={t("reportsPage.searchPlaceholder")} />
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
    </FilterBar>
  );
}

async function queueColumns(yesNo: YesNo): Promise<Column<ReportListRow>[]> {
  const t = await getTranslations();
  return [
    {
      label: t("reportsPage.indicator"),
      sort: "indicator",
      cell: (r) => (
        <>
          <span className="font-mono text-xs">{r.indicator.programme?.code ?? "—"} · {r.indicator.code}</span>
          <span className="block">{r.indicator.title}</span>
        </>
      ),
    },
    { label: t("reportsPage.nsb"), sort: "nsb", cell: (r) => (r.organization ? <abbr title={r.organization.name} className="no-underline">{r.organization.acronym}</abbr> : t("reportForm.wholeProgramme")) },
    { label: t("reportsPage.period"), sort: "periodStart", cellClassName: "whitespace-nowrap", cell: (r) => periodText(r) },
    { label: t("reportsPage.value"), className: "text-right", cellClassName: "tabular-nums", cell: (r) => formatReportValue(r.value, r.indicator.unit, r.indicator.currency, yesNo) },
    { label: t("reportsPage.status"), cell: (r) => <ReportStatusBadge status={r.status} /> },
    {
      label: t("reportsPage.submitted"),
      sort: "-submittedAt",
      cellClassName: "whitespace-nowrap",
      cell: (r) => (r.submittedAt ? <>{formatDate(r.submittedAt)}<span className="block text-xs text-slate-500">{r.submittedBy?.name}</span></> : "—"),
    },
    { label: t("reportsPage.files"), className: "text-right", cellClassName: "tabular-nums", cell: (r) => r._count.evidenceFiles },
    {
      label: t("common.actions"),
      cellClassName: "whitespace-nowrap",
      cell: (r) => (
        <Link href={`/reports/${r.id}`} className="font-medium text-brand-700 hover:underline">
          {r.status === "SUBMITTED" ? t("reportsPage.review") : t("reportsPage.view")}
          <span className="sr-only"> {r.indicator.code} {r.organization?.acronym ?? ""} {periodText(r)}</span>
        </Link>
      ),
    },
  ];
}
