import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can, type Actor } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { reportFormContext, reportableIndicators } from "@/server/reports";
import { formatDate } from "@/lib/format";
import { parsePeriodKey, periodKey } from "@/domain/reports/rules";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { ReportForm } from "../report-form";
import { EMPTY_REPORT } from "../form-values";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 60) : undefined);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportForm"))("newTitle") };
}

async function NewReportPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "reports.write")) notFound();
  const t = await getTranslations("reportForm");
  const params = await searchParams;
  const indicatorId = one(params.indicatorId);

  if (!indicatorId) return <ChooseIndicator actor={actor} />;

  let context;
  try {
    context = await reportFormContext(actor, {
      indicatorId,
      period: parsePeriodKey(one(params.period) ?? ""),
      organizationId: one(params.organizationId) ?? null,
    });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (context.existing) redirect(`/reports/${context.existing.id}/edit`);
  const { indicator } = context;
  const periodLabel = (p: { periodStart: Date; periodEnd: Date }) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;
  const nsb = context.nsbs.find((n) => n.id === context.organizationId);
  const focalNsb = !can(actor, "reports.review") && indicator.disaggregateByNsb ? context.nsbs[0] : undefined;
  const fixedOrganization = focalNsb
    ? { id: focalNsb.id, label: `${focalNsb.acronym} · ${focalNsb.name}` }
    : !indicator.disaggregateByNsb
      ? { id: null, label: t("wholeProgramme") }
      : undefined;

  return (
    <>
      <PageHeader title={t("newTitle")} description={`${indicator.code} · ${indicator.title}`} />
      {context.refusal ? (
        <div className="space-y-4">
          <Alert tone="error" testId="report-refused">{context.refusal}</Alert>
          <ButtonLink href="/reports" variant="secondary">{t("backToReports")}</ButtonLink>
        </div>
      ) : context.periods.length === 0 ? (
        <Alert tone="warning">{t("noPeriods")}</Alert>
      ) : (
        <>
          {context.lock ? (
            <div className="mb-4">
              <Alert tone="warning">{t("lockedPeriod", { reason: context.lock.reason })}</Alert>
            </div>
          ) : null}
          <ReportForm
            indicator={indicator}
            periods={context.choices.map((p) => ({ key: periodKey(p), label: periodLabel(p), lock: p.lock?.reason ?? null, reports: p.reports }))}
            nsbs={context.nsbs.map((n) => ({ id: n.id, label: `${n.acronym} · ${n.name}` }))}
            fixed={{ organization: fixedOrganization }}
            values={{ ...EMPTY_REPORT, period: context.period ? periodKey(context.period) : "", organizationId: nsb?.id ?? "" }}
            cancelHref="/reports"
          />
        </>
      )}
    </>
  );
}

/** No indicator chosen yet: choose the one to report on. */
async function ChooseIndicator({ actor }: { actor: Actor }) {
  const t = await getTranslations("reportForm");
  const indicators = await reportableIndicators(actor);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("chooseDescription")} />
      <form method="get" className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <label className="block">
          <span className="mb-1 block text-sm font-medium text-slate-800">{t("indicator")}</span>
          <select name="indicatorId" required className={selectClass} defaultValue="">
            <option value="">{t("choose")}</option>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.programme ? i.programme.code : t("planWide", { start: i.actionPlan?.startYear ?? "", end: i.actionPlan?.endYear ?? "" })} · {i.code} {i.title}
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-2">
          <Button type="submit">{t("continue")}</Button>
          <ButtonLink href="/reports" variant="secondary">{t("cancel")}</ButtonLink>
        </div>
      </form>
    </>
  );
}

export default withClientMessages(["common", "enums", "evidenceFiles", "forms", "reportForm", "validation"], NewReportPage);
