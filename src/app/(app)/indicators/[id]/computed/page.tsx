import type { Metadata } from "next";
import { cache } from "react";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isBoundToNsb, isStaff, requireActor, seesAggregatesOnly } from "@/server/auth";
import { computedSeries, type ComputedSampleRow, type ComputedSeriesPoint } from "@/server/indicators";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { formatDate, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Params = { params: Promise<{ id: string }> };

// Metadata and page share one computation per request.
const load = cache(async (id: string) => {
  const actor = await requireActor();
  try {
    return { actor, series: await computedSeries(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof DomainValidationError) return { actor, series: null };
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { series } = await load((await params).id);
  const t = await getTranslations("computedIndicator");
  return { title: series ? `${series.indicator.code} · ${t("title")}` : t("title") };
}

const SEXES = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const;

export default async function ComputedIndicatorPage({ params }: Params) {
  const { id } = await params;
  const { actor, series } = await load(id);
  const t = await getTranslations();
  if (!series) {
    return (
      <>
        <PageHeader title={t("computedIndicator.title")} actions={<ButtonLink href={`/indicators/${id}`} variant="secondary">{t("computedIndicator.back")}</ButtonLink>} />
        <Alert>{t("computedIndicator.notComputed")}</Alert>
      </>
    );
  }
  const { indicator, points } = series;
  const fmt = (v: number | null) => (v === null ? t("computedIndicator.noValue") : indicator.unit === "PERCENT" ? `${formatNumber(v)} %` : formatNumber(v));
  const period = (p: ComputedSeriesPoint) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;
  const scope = indicator.programme ? t("computedIndicator.scopeProgramme", { code: indicator.programme.code }) : t("computedIndicator.scopeAny");
  const nsbs = indicator.programme ? t("computedIndicator.nsbsProgramme", { code: indicator.programme.code }) : t("computedIndicator.nsbsAll");
  const formula = t(`computedIndicator.formula.${indicator.source}`, { scope, nsbs });
  const ownNsb = isBoundToNsb(actor) ? (points[0]?.byNsb?.[0]?.acronym ?? null) : null;

  return (
    <>
      <PageHeader
        title={indicator.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{indicator.code}</span>
            {indicator.programme ? <Link href={`/programmes/${indicator.programme.id}`} className="text-brand-700 hover:underline">{indicator.programme.code}</Link> : null}
            <span>{t(`enums.indicatorSource.${indicator.source}`)}</span>
          </span>
        }
        actions={<ButtonLink href={`/indicators/${indicator.id}`} variant="secondary">{t("computedIndicator.back")}</ButtonLink>}
      />
      <div className="mb-6 space-y-2 text-sm text-slate-700">
        <p>{t("computedIndicator.intro")}</p>
        <p>{series.periodsFrom === "targets" ? t("computedIndicator.periodsFromTargets") : t("computedIndicator.periodsFromYears")}</p>
        {ownNsb ? <p className="font-medium">{t("computedIndicator.ownNsbOnly", { nsb: ownNsb })}</p> : null}
      </div>

      {points.length === 0 ? (
        <EmptyState title={t("computedIndicator.noValue")} />
      ) : (
        <>
          <Table caption={t("computedIndicator.summaryCaption")}>
            <thead>
              <tr>
                <Th>{t("computedIndicator.period")}</Th>
                <Th className="text-right">{t("computedIndicator.value")}</Th>
                <Th className="text-right">{t("computedIndicator.target")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="computed-summary">
              {points.map((p) => (
                <tr key={`${p.periodStart}_${p.periodEnd}`}>
                  <Td className="whitespace-nowrap"><a href={`#period-${p.periodStart}-${p.periodEnd}`} className="text-brand-700 hover:underline">{period(p)}</a></Td>
                  <Td className="text-right font-medium tabular-nums">{fmt(p.value)}</Td>
                  <Td className="text-right tabular-nums">{p.target === null ? "—" : fmt(p.target)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>

          <div className="mt-8 space-y-6">
            {points.map((p) => (
              <PeriodCard key={`${p.periodStart}_${p.periodEnd}`} point={p} label={period(p)} fmt={fmt} formula={formula} staff={isStaff(actor)} donor={seesAggregatesOnly(actor)} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

async function PeriodCard({
  point,
  label,
  fmt,
  formula,
  staff,
  donor,
}: {
  point: ComputedSeriesPoint;
  label: string;
  fmt: (v: number | null) => string;
  formula: string;
  staff: boolean;
  donor: boolean;
}) {
  const t = await getTranslations();
  return (
    <section id={`period-${point.periodStart}-${point.periodEnd}`} aria-labelledby={`heading-${point.periodStart}-${point.periodEnd}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="computed-period">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={`heading-${point.periodStart}-${point.periodEnd}`} className="text-base font-semibold text-slate-900">{label}</h2>
        <p className="text-sm">
          <span className="text-slate-600">{t("common.labelColon", { label: t("computedIndicator.value") })} </span>
          <span className="text-xl font-semibold tabular-nums" data-testid="computed-value">{fmt(point.value)}</span>
          {point.target !== null ? <span className="ml-3 text-slate-600">{t("common.labelled", { label: t("computedIndicator.target"), value: fmt(point.target) })}</span> : null}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        {point.bySex ? <BySexTable t={t} bySex={point.bySex} label={label} /> : null}
        {point.byNsb && point.byNsb.length ? <ByNsbTable t={t} byNsb={point.byNsb} label={label} fmt={fmt} /> : null}
      </div>

      <PeriodExplanation t={t} point={point} label={label} formula={formula} staff={staff} donor={donor} />
    </section>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function BySexTable({ t, bySex, label }: { t: Translate; bySex: NonNullable<ComputedSeriesPoint["bySex"]>; label: string }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold">{t("computedIndicator.bySex")}</h3>
      <Table caption={t("computedIndicator.bySexCaption", { period: label })}>
        <thead>
          <tr>
            <Th>{t("computedIndicator.sex")}</Th>
            <Th className="text-right">{t("computedIndicator.people")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {SEXES.map((s) => (
            <tr key={s}>
              <Td>{t(`enums.sex.${s}`)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(bySex[s])}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function ByNsbTable({ t, byNsb, label, fmt }: { t: Translate; byNsb: NonNullable<ComputedSeriesPoint["byNsb"]>; label: string; fmt: (v: number | null) => string }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold">{t("computedIndicator.byNsb")}</h3>
      <Table caption={t("computedIndicator.byNsbCaption", { period: label })}>
        <thead>
          <tr>
            <Th>{t("evidence.nsb")}</Th>
            <Th className="text-right">{t("computedIndicator.value")}</Th>
            <Th className="text-right">{t("computedIndicator.target")}</Th>
            <Th className="text-right">{t("computedIndicator.sourceRows")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="computed-by-nsb">
          {byNsb.map((n) => (
            <tr key={n.nsbId}>
              <Td className="font-medium">{n.acronym}</Td>
              <Td className="text-right tabular-nums">{fmt(n.value)}</Td>
              <Td className="text-right tabular-nums">{n.target == null ? "—" : fmt(n.target)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(n.rows)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function PeriodExplanation({ t, point, label, formula, staff, donor }: { t: Translate; point: ComputedSeriesPoint; label: string; formula: string; staff: boolean; donor: boolean }) {
  const sample = point.explanation.sample;
  return (
    <details className="mt-4 rounded-md border border-slate-200 p-3" data-testid="computed-explanation">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("computedIndicator.how")}</summary>
      <div className="mt-3 space-y-3 text-sm text-slate-700">
        <p>{formula}</p>
        <p>
          {t("computedIndicator.rowsRead", { count: point.explanation.rows })}
          {point.explanation.denominator !== undefined
            ? ` ${t("computedIndicator.share", { numerator: point.explanation.numerator ?? 0, denominator: point.explanation.denominator })}`
            : null}
        </p>
        {donor ? (
          <p>{t("computedIndicator.donorNote")}</p>
        ) : sample.length ? (
          <>
            <SampleTable t={t} sample={sample} label={label} peopleBased={point.bySex !== undefined} staff={staff} />
            <p className="text-xs text-slate-500">{t("computedIndicator.sampleNote", { shown: sample.length, total: point.explanation.rows })}</p>
          </>
        ) : null}
      </div>
    </details>
  );
}

function SampleTable({ t, sample, label, peopleBased, staff }: { t: Translate; sample: ComputedSampleRow[]; label: string; peopleBased: boolean; staff: boolean }) {
  return (
    <Table caption={t("computedIndicator.sampleCaption", { period: label })}>
      <thead>
        <tr>
          <Th>{t("computedIndicator.date")}</Th>
          <Th>{t("evidence.nsb")}</Th>
          {peopleBased || sample[0]?.kind === "participation" ? (
            <>
              <Th>{t("computedIndicator.participant")}</Th>
              <Th>{t("computedIndicator.activity")}</Th>
            </>
          ) : (
            <Th>{t("computedIndicator.record")}</Th>
          )}
          <Th>{t("computedIndicator.counted")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="computed-sample">
        {sample.map((row) => (
          <SampleRow key={row.id} t={t} row={row} staff={staff} />
        ))}
      </tbody>
    </Table>
  );
}

function SampleRow({ t, row, staff }: { t: Translate; row: ComputedSampleRow; staff: boolean }) {
  return (
    <tr>
      <Td className="whitespace-nowrap">{formatDate(row.date)}</Td>
      <Td>{row.nsb ?? "—"}</Td>
      {row.kind === "participation" ? (
        <>
          <Td>
            {row.participantId ? (
              <Link href={`/participants/${row.participantId}`} className="text-brand-700 hover:underline">{row.participantName || row.participantId}</Link>
            ) : "—"}
          </Td>
          <Td>
            {staff && row.activityId ? (
              <Link href={`/activities/${row.activityId}`} className="text-brand-700 hover:underline">{row.activityTitle || row.activityId}</Link>
            ) : (row.activityTitle ?? "—")}
          </Td>
        </>
      ) : (
        <Td>
          {staff ? (
            <Link href={row.kind === "assessmentRound" ? `/assessments/${row.id}` : `/evidence/${row.kind === "nationalAdoption" ? "adoptions" : "committees"}/${row.id}`} className="text-brand-700 hover:underline">{row.label}</Link>
          ) : row.label}
        </Td>
      )}
      <Td>{countedText(t, row)}</Td>
    </tr>
  );
}

function countedText(t: Translate, row: ComputedSampleRow): string {
  const c = row.counted;
  if (c.sex) return c.repeat ? `${t(`enums.sex.${c.sex}`)} (${t("computedIndicator.repeat")})` : t(`enums.sex.${c.sex}`);
  if (c.gain !== undefined) return t("computedIndicator.gain", { post: c.post ?? 0, pre: c.pre ?? 0, gain: c.gain });
  if (c.satisfaction !== undefined) return t("computedIndicator.rating", { value: c.satisfaction });
  if (c.degree) return t(`enums.adoptionDegree.${c.degree}`);
  if (c.leadership) return t(`enums.leadership.${c.leadership}`);
  return "—";
}
