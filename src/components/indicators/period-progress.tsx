import { getTranslations } from "next-intl/server";
import type { IndicatorDirection, IndicatorUnit } from "@/generated/prisma/enums";
import { type Actor, can } from "@/server/auth";
import { indicatorProgress, progressOf } from "@/server/dashboards";
import { formatDate, formatNumber } from "@/lib/format";
import { periodLabel } from "@/domain/indicators/targets";
import { Table, Td, Th } from "@/components/ui/table";
import { formatReportValue } from "@/components/reports/report-value";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Every period of a programme indicator with its target, actual and progress: the same
 * figures as the programme dashboard (approved reports, computed values), in the caller's
 * scope (a focal point: their NSB's targets and values).
 */
export async function PeriodProgress({
  actor,
  indicator,
}: {
  actor: Actor;
  indicator: { id: string; unit: IndicatorUnit; currency: string | null; direction: IndicatorDirection; baselineValue: { toString(): string } | null; programmeId: string | null };
}) {
  if (!indicator.programmeId || !can(actor, "dashboards.read")) return null;
  const t = await getTranslations();
  const progress = (await indicatorProgress(actor, { programmeId: indicator.programmeId })).find((p) => p.id === indicator.id);
  if (!progress || progress.periods.length === 0) return null;
  const yesNo = { yes: t("common.yes"), no: t("common.no") };
  const show = (v: number | null) => formatReportValue(v, indicator.unit, indicator.currency, yesNo);
  const baseline = indicator.baselineValue == null ? null : Number(indicator.baselineValue.toString());
  return (
    <section aria-labelledby="period-progress" className="mt-8">
      <h2 id="period-progress" className="mb-3 text-lg font-semibold">{t("indicatorTargets.byPeriod")}</h2>
      <Table caption={t("indicatorTargets.byPeriod")}>
        <thead>
          <tr>
            <Th>{t("indicatorPage.period")}</Th>
            <Th className="text-right">{t("indicatorPage.targetValue")}</Th>
            <Th className="text-right">{t("indicatorTargets.actual")}</Th>
            <Th className="text-right">{t("indicatorTargets.progress")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="period-progress">
          {progress.periods.map((p) => {
            const share = progressOf(indicator.direction, baseline, p.target, p.actual);
            return (
              <tr key={`${p.periodStart}_${p.periodEnd}`}>
                <Td className="whitespace-nowrap">{periodLabel({ periodStart: day(p.periodStart), periodEnd: day(p.periodEnd) }, formatDate)}</Td>
                <Td className="text-right tabular-nums">{show(p.target)}</Td>
                <Td className="text-right tabular-nums">{show(p.actual)}</Td>
                <Td className="text-right tabular-nums">{share === null ? "—" : `${formatNumber(Math.round(share))}\u00a0%`}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
