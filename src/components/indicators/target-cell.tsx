import { useTranslations } from "next-intl";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { applicableTarget, periodLabel, type PeriodTarget } from "@/domain/indicators/targets";
import { formatReportValue } from "@/components/reports/report-value";

/**
 * The target that applies now: the current (or next, or last) period target with its
 * period, and the overall target under it where the indicator has one. The same cell on
 * the programme page and the indicator list.
 */
export function TargetCell({
  indicator,
}: {
  indicator: { unit: IndicatorUnit; currency: string | null; targetValue: { toString(): string } | null; targets: readonly (PeriodTarget & { organizationId?: string | null })[] };
}) {
  const t = useTranslations();
  const yesNo = { yes: t("common.yes"), no: t("common.no") };
  const show = (v: { toString(): string } | null) => formatReportValue(v, indicator.unit, indicator.currency, yesNo);
  const current = applicableTarget(indicator.targets.filter((p) => !p.organizationId));
  if (!current) return <>{show(indicator.targetValue)}</>;
  return (
    <span data-testid="target">
      <span className="block">{show(current.targetValue)}</span>
      <span className="block text-xs text-slate-500">{t("indicatorTargets.forPeriod", { period: periodLabel(current, formatDate) })}</span>
      {indicator.targetValue != null ? (
        <span className="block text-xs text-slate-500">{t("indicatorTargets.overall", { value: show(indicator.targetValue) })}</span>
      ) : null}
    </span>
  );
}
