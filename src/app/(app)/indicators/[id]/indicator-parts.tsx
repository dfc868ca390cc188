import { getTranslations } from "next-intl/server";
import type { getIndicator } from "@/server/indicators";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { localized } from "@/lib/translations";
import { Card } from "@/components/ui/card";
import { DetailRow as Row } from "@/components/ui/detail-row";
import { EmptyState } from "@/components/ui/empty-state";
import { TargetCell } from "@/components/indicators/target-cell";
import { ListTable } from "@/components/lists/list-table";

type Indicator = Awaited<ReturnType<typeof getIndicator>>;
type Value = { toString(): string } | null;

/** A value in the indicator's unit (money, percent, yes/no or a number). */
async function valueFormatter(indicator: Indicator) {
  const t = await getTranslations("common");
  return (v: Value) => {
    if (v == null) return "—";
    if (indicator.unit === "CURRENCY" && indicator.currency) return formatMoney(v, indicator.currency);
    if (indicator.unit === "PERCENT") return `${formatNumber(v)} %`;
    if (indicator.unit === "YES_NO") return Number(v.toString()) === 1 ? t("yes") : t("no");
    return formatNumber(v);
  };
}

/** The definition, the baseline and the target. */
export async function IndicatorCards({ indicator }: { indicator: Indicator }) {
  const t = await getTranslations();
  const value = await valueFormatter(indicator);
  const disaggregation = [indicator.disaggregateByNsb ? t("indicatorPage.byNsb") : null, indicator.disaggregateBySex ? t("indicatorPage.bySex") : null].filter(Boolean);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title={t("indicatorPage.definition")} className="lg:col-span-2">
        <p className="whitespace-pre-line text-sm text-slate-700">{indicator.definition || t("indicatorPage.noDefinition")}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <Row label={indicator.programme ? t("indicatorPage.programme") : t("indicatorPage.actionPlan")}>
            {indicator.programme ? localized(indicator.programme, "title") : (indicator.actionPlan?.title ?? "—")}
          </Row>
          <Row label={t("indicatorPage.resultArea")}>
            {indicator.resultArea ? `${indicator.resultArea.code} · ${indicator.resultArea.title}` : "—"}
          </Row>
          <Row label={t("indicatorPage.unit")}>
            {t(`enums.indicatorUnit.${indicator.unit}`)}
            {indicator.currency ? ` (${indicator.currency})` : ""}
          </Row>
          <Row label={t("indicatorPage.direction")}>{t(`enums.indicatorDirection.${indicator.direction}`)}</Row>
          <Row label={t("indicatorPage.disaggregation")}>{disaggregation.length ? disaggregation.join(", ") : t("common.none")}</Row>
        </dl>
      </Card>
      <Card title={t("indicatorPage.baselineAndTarget")}>
        <dl className="space-y-2 text-sm" data-testid="baseline-target">
          <Row label={t("indicatorPage.baseline")}>
            {value(indicator.baselineValue)}
            {indicator.baselineDate ? <span className="block text-xs font-normal text-slate-500">{formatDate(indicator.baselineDate)}</span> : null}
          </Row>
          <Row label={t("indicatorPage.target")}>
            <TargetCell indicator={indicator} />
            {indicator.targetDate ? <span className="block text-xs font-normal text-slate-500">{formatDate(indicator.targetDate)}</span> : null}
          </Row>
        </dl>
      </Card>
    </div>
  );
}

const periodOf = (target: { periodStart: Date; periodEnd: Date }) => `${formatDate(target.periodStart)} – ${formatDate(target.periodEnd)}`;

/** The period targets: overall ones, then each NSB's. */
export async function IndicatorTargets({ indicator }: { indicator: Indicator }) {
  const t = await getTranslations();
  const value = await valueFormatter(indicator);
  const overall = indicator.targets.filter((target) => !target.organization);
  const perNsb = indicator.targets
    .filter((target) => target.organization)
    .toSorted((a, b) => (a.organization?.acronym ?? "").localeCompare(b.organization?.acronym ?? "") || a.periodStart.getTime() - b.periodStart.getTime());
  const targetValue = { label: t("indicatorPage.targetValue"), className: "text-right", cellClassName: "tabular-nums", cell: (target: Indicator["targets"][number]) => value(target.targetValue) };
  return (
    <>
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("indicatorPage.targets")}</h2>
      {indicator.targets.length === 0 ? (
        <EmptyState title={t("indicatorPage.noTargets")} />
      ) : (
        <div className="space-y-6">
          {overall.length ? (
            <ListTable caption={t("indicatorPage.overallTargets")} rows={overall} rowKey={(target) => target.id} bodyTestId="overall-targets" rowClassName=""
              columns={[{ label: t("indicatorPage.period"), cellClassName: "whitespace-nowrap", cell: periodOf }, targetValue]} />
          ) : null}
          {perNsb.length ? (
            <>
              <h3 className="text-base font-semibold">{t("indicatorPage.perNsbTargets")}</h3>
              <ListTable caption={t("indicatorPage.perNsbTargets")} rows={perNsb} rowKey={(target) => target.id} bodyTestId="nsb-targets" rowClassName=""
                columns={[
                  { label: t("indicatorPage.nsb"), cell: (target) => <abbr title={target.organization?.name} className="font-medium no-underline">{target.organization?.acronym}</abbr> },
                  { label: t("indicatorPage.period"), cellClassName: "whitespace-nowrap", cell: periodOf },
                  targetValue,
                ]} />
            </>
          ) : null}
        </div>
      )}
    </>
  );
}
