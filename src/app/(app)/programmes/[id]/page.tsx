import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth/session";
import { getProgramme } from "@/server/programmes/queries";
import { NotFoundError } from "@/server/errors";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityStatusBadge, ProgrammeStatusBadge } from "@/components/programmes/status-badge";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return await getProgramme(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const programme = await load((await params).id);
  return { title: programme.code };
}

export default async function ProgrammePage({ params }: Params) {
  const programme = await load((await params).id);
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={programme.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{programme.code}</span>
            <ProgrammeStatusBadge status={programme.status} />
            <span>{formatDate(programme.startDate)} – {formatDate(programme.endDate)}</span>
            {programme.region ? <span>· {programme.region}</span> : null}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("programme.overview")} className="lg:col-span-2">
          <p className="whitespace-pre-line text-sm text-slate-700">{programme.summary || t("programme.noSummary")}</p>
          {programme.objectives ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{t("programme.objectives")}</h3>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{programme.objectives}</p>
            </>
          ) : null}
        </Card>
        <Card title={t("programme.funding")}>
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">{t("programme.budget")}</dt>
              <dd className="font-medium tabular-nums">{formatMoney(programme.budgetAmount, programme.budgetCurrency)}</dd>
            </div>
            {programme.fundings.map((f) => (
              <div key={f.id} className="flex justify-between gap-2">
                <dt title={f.donor.name}>{f.donor.acronym}</dt>
                <dd className="tabular-nums">{formatMoney(f.amount, f.currency)}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("programme.beneficiaries", { count: programme.beneficiaries.length })}>
          <ul className="divide-y divide-slate-100 text-sm" data-testid="beneficiaries">
            {programme.beneficiaries.map((b) => (
              <li key={b.organizationId} className="flex justify-between gap-2 py-1.5">
                <span><abbr title={b.organization.name} className="font-medium no-underline">{b.organization.acronym}</abbr></span>
                <span className="text-slate-600">{b.organization.country?.name}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("programme.resultAreas")} className="lg:col-span-2">
          {programme.resultAreas.length === 0 ? (
            <p className="text-sm text-slate-600">{t("programme.noResultAreas")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {programme.resultAreas.map(({ resultArea: r }) => (
                <li key={r.id}>
                  <span className="font-mono text-xs text-slate-500">{r.code}</span> {r.title}{" "}
                  <span className="text-xs text-slate-500">({t(`enums.resultLevel.${r.level}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("programme.activities")}</h2>
      {programme.activities.length === 0 ? (
        <EmptyState title={t("programme.noActivities")} />
      ) : (
        <Table caption={t("programme.activities")}>
          <thead>
            <tr>
              <Th>{t("activities.title")}</Th>
              <Th>{t("activities.type")}</Th>
              <Th>{t("activities.dates")}</Th>
              <Th>{t("activities.venue")}</Th>
              <Th>{t("activities.status")}</Th>
              <Th className="text-right">{t("activities.participations")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="activities">
            {programme.activities.map((a) => (
              <tr key={a.id}>
                <Td className="font-medium">{a.title}</Td>
                <Td>{t(`enums.activityType.${a.type}`)} · {t(`enums.modality.${a.modality}`)}</Td>
                <Td className="whitespace-nowrap">{formatDate(a.startDate)} – {formatDate(a.endDate)}</Td>
                <Td>{[a.venueCity, a.venueCountry?.name].filter(Boolean).join(", ") || "—"}</Td>
                <Td><ActivityStatusBadge status={a.status} /></Td>
                <Td className="text-right tabular-nums">{a._count.participations}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("programme.indicators")}</h2>
      {programme.indicators.length === 0 ? (
        <EmptyState title={t("programme.noIndicators")} />
      ) : (
        <Table caption={t("programme.indicators")}>
          <thead>
            <tr>
              <Th>{t("indicators.code")}</Th>
              <Th>{t("indicators.title")}</Th>
              <Th>{t("indicators.unit")}</Th>
              <Th>{t("indicators.source")}</Th>
              <Th className="text-right">{t("indicators.baseline")}</Th>
              <Th className="text-right">{t("indicators.target")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {programme.indicators.map((i) => (
              <tr key={i.id}>
                <Td className="whitespace-nowrap font-mono text-xs">{i.code}</Td>
                <Td>{i.title}</Td>
                <Td>{t(`enums.indicatorUnit.${i.unit}`)}</Td>
                <Td>{t(`enums.indicatorSource.${i.source}`)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(i.baselineValue)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(i.targetValue)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
