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

