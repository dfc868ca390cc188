import { useTranslations } from "next-intl";
import type { IndicatorUnit, ReportStatus } from "@/generated/prisma/enums";
import type { ReportContext } from "@/server/reports";
import { formatDate, formatDateTime } from "@/lib/format";
import { periodLabel } from "@/domain/indicators/targets";
import { ReportStatusBadge } from "./report-status-badge";
import { formatReportValue } from "./report-value";

type Unit = { unit: IndicatorUnit; currency: string | null };

/** Every submission and review of a report, oldest first (who, when, comment). */
export function ReportHistory({ history }: { history: ReportContext["history"] }) {
  const t = useTranslations("reportDetail");
  if (history.length === 0) return <p className="text-sm text-slate-600">{t("historyNone")}</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="report-history">
      {history.map((step, i) => (
        <li key={i} className="border-l-2 border-slate-200 pl-3">
          <p>{t(`historyStep.${step.status}`, { name: step.by ?? "—", when: formatDateTime(step.at) })}</p>
          {step.comment ? <p className="mt-0.5 whitespace-pre-line text-slate-700">“{step.comment}”</p> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * Beside the reported value: the period's target (the NSB's and the indicator's), the
 * same NSB's earlier periods and, for staff, the other NSBs' values for this period.
 */
export function ReportComparison({ context, indicator, nsb }: { context: ReportContext; indicator: Unit; nsb: string | null }) {
  const t = useTranslations();
  const show = (v: number | null) => formatReportValue(v, indicator.unit, indicator.currency, { yes: t("common.yes"), no: t("common.no") });
  const { targets, earlier, others } = context;
  return (
    <div className="space-y-4 text-sm" data-testid="review-context">
      <dl className="space-y-1" data-testid="period-target">
        {nsb ? (
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("reportDetail.targetFor", { who: nsb })}</dt>
            <dd className="font-medium tabular-nums">{show(targets.nsb)}</dd>
          </div>
        ) : null}
        <div className="flex justify-between gap-2">
          <dt className="text-slate-600">{t("reportDetail.targetOverall")}</dt>
          <dd className="font-medium tabular-nums">{show(targets.overall)}</dd>
        </div>
      </dl>
      <section>
        <h3 className="font-semibold">{t("reportDetail.earlierPeriods")}</h3>
        {earlier.length === 0 ? (
          <p className="text-slate-600">{t("reportDetail.noEarlier")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="earlier-periods">
            {earlier.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-1">
                <span>{periodLabel(r, formatDate)}</span>
                <ValueAndStatus value={show(r.value)} status={r.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {others.length > 0 ? (
        <section>
          <h3 className="font-semibold">{t("reportDetail.otherNsbs")}</h3>
          <ul className="divide-y divide-slate-100" data-testid="other-nsbs">
            {others.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-1">
                <abbr title={r.name} className="no-underline">{r.acronym}</abbr>
                <ValueAndStatus value={show(r.value)} status={r.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A reported value with its report's status, as each comparison row ends. */
function ValueAndStatus({ value, status }: { value: string; status: ReportStatus }) {
  return (
    <span className="flex items-center gap-2">
      <span className="font-medium tabular-nums">{value}</span>
      <ReportStatusBadge status={status} />
    </span>
  );
}
