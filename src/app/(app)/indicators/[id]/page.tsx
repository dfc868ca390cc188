import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { getIndicator } from "@/server/indicators";
import { NotFoundError } from "@/domain/errors";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { HistoryPanel } from "@/components/audit/history-panel";
import { TargetCell } from "@/components/indicators/target-cell";
import { PeriodProgress } from "@/components/indicators/period-progress";
import { ArchiveIndicatorForm } from "./archive-form";
import { localized } from "@/lib/translations";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, indicator: await getIndicator(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { indicator } = await load((await params).id);
  return { title: indicator.code };
}

const SAVED = ["created", "updated", "archived"] as const;

export default async function IndicatorPage({ params, searchParams }: Params) {
  const { actor, indicator } = await load((await params).id);
  const saved = (await searchParams).saved;
  const t = await getTranslations();
  const mayWrite = can(actor, "indicators.write");
  const value = (v: { toString(): string } | null) => {
    if (v == null) return "—";
    if (indicator.unit === "CURRENCY" && indicator.currency) return formatMoney(v, indicator.currency);
    if (indicator.unit === "PERCENT") return `${formatNumber(v)} %`;
    if (indicator.unit === "YES_NO") return Number(v.toString()) === 1 ? t("common.yes") : t("common.no");
    return formatNumber(v);
  };
  const overall = indicator.targets.filter((target) => !target.organization);
  const perNsb = indicator.targets.filter((target) => target.organization);
  const disaggregation = [indicator.disaggregateByNsb ? t("indicatorPage.byNsb") : null, indicator.disaggregateBySex ? t("indicatorPage.bySex") : null].filter(Boolean);

  return (
    <>
      <PageHeader
        title={localized(indicator, "title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{indicator.code}</span>
            {indicator.programme ? (
              <Link href={`/programmes/${indicator.programme.id}`} className="text-brand-700 hover:underline">{indicator.programme.code}</Link>
            ) : (
              <Badge tone="info">{t("indicatorPage.planWide")}</Badge>
            )}
            <span>{t(`enums.indicatorSource.${indicator.source}`)}</span>
            {indicator.archived ? <Badge tone="warning">{t("indicatorsPage.archived")}</Badge> : null}
          </span>
        }
        actions={
          mayWrite && !indicator.archived ? (
            <>
              <ButtonLink href={`/indicators/${indicator.id}/edit`} variant="secondary">{t("indicatorPage.edit")}</ButtonLink>
              <ArchiveIndicatorForm id={indicator.id} version={indicator.version} code={indicator.code} />
            </>
          ) : null
        }
      />
      {typeof saved === "string" && (SAVED as readonly string[]).includes(saved) ? (
        <div className="mb-4"><Alert tone="success" testId="saved">{t(`indicatorPage.saved.${saved}`)}</Alert></div>
      ) : null}

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

      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("indicatorPage.targets")}</h2>
      {indicator.targets.length === 0 ? (
        <EmptyState title={t("indicatorPage.noTargets")} />
      ) : (
        <div className="space-y-6">
          {overall.length ? (
            <Table caption={t("indicatorPage.overallTargets")}>
              <thead>
                <tr>
                  <Th>{t("indicatorPage.period")}</Th>
                  <Th className="text-right">{t("indicatorPage.targetValue")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="overall-targets">
                {overall.map((target) => (
                  <tr key={target.id}>
                    <Td className="whitespace-nowrap">{formatDate(target.periodStart)} – {formatDate(target.periodEnd)}</Td>
                    <Td className="text-right tabular-nums">{value(target.targetValue)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          {perNsb.length ? (
            <>
              <h3 className="text-base font-semibold">{t("indicatorPage.perNsbTargets")}</h3>
              <Table caption={t("indicatorPage.perNsbTargets")}>
                <thead>
                  <tr>
                    <Th>{t("indicatorPage.nsb")}</Th>
                    <Th>{t("indicatorPage.period")}</Th>
                    <Th className="text-right">{t("indicatorPage.targetValue")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="nsb-targets">
                  {perNsb
                    .toSorted((a, b) => (a.organization?.acronym ?? "").localeCompare(b.organization?.acronym ?? "") || a.periodStart.getTime() - b.periodStart.getTime())
                    .map((target) => (
                      <tr key={target.id}>
                        <Td><abbr title={target.organization?.name} className="font-medium no-underline">{target.organization?.acronym}</abbr></Td>
                        <Td className="whitespace-nowrap">{formatDate(target.periodStart)} – {formatDate(target.periodEnd)}</Td>
                        <Td className="text-right tabular-nums">{value(target.targetValue)}</Td>
                      </tr>
                    ))}
                </tbody>
              </Table>
            </>
          ) : null}
        </div>
      )}

      <PeriodProgress actor={actor} indicator={{ ...indicator, programmeId: indicator.programme?.id ?? null }} />

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Indicator" entityId={indicator.id} />
      </div>
      {indicator.source !== "MANUAL" ? (
        <p className="mt-6">
          <Link href={`/indicators/${indicator.id}/computed`} className="font-medium text-brand-700 hover:underline" data-testid="computed-link">{t("computedIndicator.link")}</Link>
        </p>
      ) : null}
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}
