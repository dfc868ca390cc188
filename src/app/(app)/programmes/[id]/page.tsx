import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { getProgramme } from "@/server/programmes";
import { NotFoundError } from "@/domain/errors";
import { formatAmount, formatDate, formatMoney, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { ActivityStatusBadge, ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { ActivityTimeline } from "@/components/activities/activity-timeline";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ApprovedValues } from "@/components/reports/approved-values";
import { TargetCell } from "@/components/indicators/target-cell";
import { ProgrammeActions } from "./programme-actions";
import { localized } from "@/lib/translations";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["created", "saved", "closed", "reopened", "archived", "restored"] as const;

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, programme: await getProgramme(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { programme } = await load((await params).id);
  return { title: programme.code };
}

/** Funding per currency, to show a total beside the budget (amounts in different currencies are never added up). */
function totalsByCurrency(fundings: { amount: { toString(): string }; currency: string }[]) {
  const totals = new Map<string, number>();
  for (const f of fundings) totals.set(f.currency, (totals.get(f.currency) ?? 0) + Number(f.amount.toString()));
  return [...totals.entries()].map(([currency, amount]) => ({ currency, amount }));
}

export default async function ProgrammePage({ params, searchParams }: Params) {
  const { actor, programme } = await load((await params).id);
  const notice = (await searchParams).notice;
  const t = await getTranslations();
  const staff = can(actor, "programmes.write");
  const canAddActivity = can(actor, "activities.write") && !programme.archived;
  const totals = totalsByCurrency(programme.fundings);
  return (
    <>
      <PageHeader
        title={localized(programme, "title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{programme.code}</span>
            <ProgrammeStatusBadge status={programme.status} />
            {programme.archived ? <Badge tone="warning">{t("programmeManage.archivedBadge")}</Badge> : null}
            <span>{formatDate(programme.startDate)} – {formatDate(programme.endDate)}</span>
            {programme.region ? <span>· {programme.region}</span> : null}
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/api/iati?programmeId=${encodeURIComponent(programme.id)}`} variant="secondary" prefetch={false} download title={t("iati.exportProgrammeLabel")}>
              {t("iati.exportProgramme")}
            </ButtonLink>
            {staff ? (
              <ProgrammeActions id={programme.id} version={programme.version} status={programme.status} archived={programme.archived} code={programme.code} />
            ) : null}
          </>
        }
      />
      {typeof notice === "string" && (NOTICES as readonly string[]).includes(notice) ? (
        <div className="mb-6">
          <Alert tone="success" testId="notice">{t(`programmeManage.notices.${notice}`)}</Alert>
        </div>
      ) : null}
      {programme.archived ? (
        <div className="mb-6">
          <Alert tone="warning">{t("programmeManage.archivedNotice")}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("programme.overview")} className="lg:col-span-2">
          <p className="whitespace-pre-line text-sm text-slate-700">{localized(programme, "summary") || t("programme.noSummary")}</p>
          {programme.objectives ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{t("programme.objectives")}</h3>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{localized(programme, "objectives")}</p>
            </>
          ) : null}
        </Card>
        <Card title={t("programme.funding")}>
          <dl className="text-sm">
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">{t("programme.budget")}</dt>
              <dd className="font-medium tabular-nums">
                {formatMoney(programme.budgetAmount, programme.budgetCurrency)}
              </dd>
            </div>
          </dl>
          {programme.fundings.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{t("programmeManage.noFunding")}</p>
          ) : (
            <table className="mt-3 w-full text-sm" data-testid="funding">
              <caption className="sr-only">{t("programmeManage.fundingByDonor")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
                  <th scope="col" className="py-1 font-semibold">{t("programmeManage.donor")}</th>
                  <th scope="col" className="py-1 text-right font-semibold">{t("programmeManage.amount")}</th>
                  <th scope="col" className="py-1 pl-2 text-right font-semibold">{t("programmeManage.currency")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {programme.fundings.map((f) => (
                  <tr key={f.id}>
                    <th scope="row" className="py-1.5 text-left font-medium">
                      <abbr title={f.donor.name} className="no-underline">{f.donor.acronym}</abbr>
                    </th>
                    <td className="py-1.5 text-right tabular-nums">{formatAmount(f.amount, f.currency)}</td>
                    <td className="py-1.5 pl-2 text-right font-mono text-xs">{f.currency}</td>
                  </tr>
                ))}
              </tbody>
              {programme.fundings.length > 1 ? (
                <tfoot className="border-t border-slate-200">
                  {totals.map((total) => (
                    <tr key={total.currency}>
                      <th scope="row" className="py-1.5 text-left text-slate-600">{t("programmeManage.total")}</th>
                      <td className="py-1.5 text-right font-medium tabular-nums">{formatAmount(total.amount, total.currency)}</td>
                      <td className="py-1.5 pl-2 text-right font-mono text-xs">{total.currency}</td>
                    </tr>
                  ))}
                </tfoot>
              ) : null}
            </table>
          )}
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

      <div className="mb-3 mt-8 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("programme.activities")}</h2>
        {canAddActivity ? <ButtonLink href={`/activities/new?programmeId=${programme.id}`}>{t("programmeManage.newActivity")}</ButtonLink> : null}
      </div>
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
                <Td className="font-medium">
                  <Link href={`/activities/${a.id}`} className="text-brand-700 hover:underline">{localized(a, "title")}</Link>
                </Td>
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

      {programme.activities.length > 0 ? (
        <section aria-labelledby="timeline-heading" className="mt-8">
          <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">{t("programmeManage.timeline")}</h2>
          <ActivityTimeline activities={programme.activities} />
        </section>
      ) : null}

      <div className="mb-3 mt-8 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("programme.indicators")}</h2>
        {can(actor, "indicators.write") && !programme.archived ? (
          <ButtonLink href={`/indicators/new?programmeId=${programme.id}`} data-testid="new-indicator">{t("programmeManage.newIndicator")}</ButtonLink>
        ) : null}
      </div>
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
                <Td>
                  <Link href={`/indicators/${i.id}`} className="font-medium text-brand-700 hover:underline">{localized(i, "title")}</Link>
                </Td>
                <Td>{t(`enums.indicatorUnit.${i.unit}`)}</Td>
                <Td>{t(`enums.indicatorSource.${i.source}`)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(i.baselineValue)}</Td>
                <Td className="text-right tabular-nums"><TargetCell indicator={i} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <ApprovedValues actor={actor} programmeId={programme.id} />

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Programme" entityId={programme.id} />
      </div>
    </>
  );
}
