import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth";
import { reportFilterOptions, reportingTasks } from "@/server/reports";
import { parseListParams } from "@/lib/list-params";
import { periodKey } from "@/domain/reports/rules";
import { Table, Td, Th } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { formatReportValue } from "@/components/reports/report-value";
import { periodText, type SearchParams } from "./list-parts";

/** A focal point's indicators × periods with their NSB's report status. */
export async function FocalTasks({ actor, params, yesNo }: { actor: Actor; params: SearchParams; yesNo: { yes: string; no: string } }) {
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
              {/* On a phone the row's period, status, value and link stand under the indicator (TaskRow). */}
              <Th className="max-sm:hidden">{t("reportsPage.period")}</Th>
              <Th className="max-sm:hidden">{t("reportsPage.status")}</Th>
              <Th className="text-right max-sm:hidden">{t("reportsPage.value")}</Th>
              <Th className="max-sm:hidden">{t("common.actions")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="tasks">
            {tasks.map((task) => (
              <TaskRow key={`${task.indicator.id}-${periodKey(task.period)}`} task={task} yesNo={yesNo} />
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}


type Task = Awaited<ReturnType<typeof reportingTasks>>[number];

/**
 * One indicator and period. On a phone the table would push the status and the link off
 * the screen's right edge: there they stand under the indicator, the other cells hidden.
 */
async function TaskRow({ task: { indicator, period, report }, yesNo }: { task: Task; yesNo: { yes: string; no: string } }) {
  const t = await getTranslations();
  const returned = report?.status === "RETURNED";
  const status = <ReportStatusBadge status={report?.status ?? "MISSING"} />;
  const value = report ? formatReportValue(report.value, indicator.unit, indicator.currency, yesNo) : "—";
  const link = <TaskLink indicator={indicator} period={period} report={report} />;
  return (
    <tr className={returned ? "bg-amber-50" : undefined} data-indicator={indicator.code} data-period={periodKey(period)}>
      <Td>
        <span className="font-mono text-xs">{indicator.programme?.code} · {indicator.code}</span>
        <span className="block">{indicator.title}</span>
        {returned && report?.reviewComment ? (
          <span className="mt-1 block text-sm text-amber-900">{t("reportsPage.commentLabel")} {report.reviewComment}</span>
        ) : null}
        <span className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 sm:hidden" data-testid="task-phone">
          <span>{periodText(period)}</span>
          {status}
          {report ? <span className="tabular-nums">{value}</span> : null}
          {link}
        </span>
      </Td>
      <Td className="whitespace-nowrap max-sm:hidden">{periodText(period)}</Td>
      <Td className="max-sm:hidden">{status}</Td>
      <Td className="text-right tabular-nums max-sm:hidden">{value}</Td>
      <Td className="whitespace-nowrap max-sm:hidden">{link}</Td>
    </tr>
  );
}

/** What the focal point can do with the period's report: make it, edit it (draft, returned) or read it. */
async function TaskLink({ indicator, period, report }: Pick<Task, "indicator" | "period" | "report">) {
  const t = await getTranslations("reportsPage");
  const [href, label] = !report
    ? [`/reports/new?indicatorId=${indicator.id}&period=${periodKey(period)}`, t("report")]
    : report.status === "DRAFT" || report.status === "RETURNED"
      ? [`/reports/${report.id}/edit`, t("edit")]
      : [`/reports/${report.id}`, t("view")];
  return (
    <Link href={href} className="inline-block py-1 font-medium text-brand-700 hover:underline">
      {label}<span className="sr-only"> {indicator.code} {periodText(period)}</span>
    </Link>
  );
}
