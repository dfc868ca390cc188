import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { getReport, reportContext } from "@/server/reports";
import { formatDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { ReportComparison } from "@/components/reports/report-context";
import type { ReportStatus } from "@/generated/prisma/enums";
import { ReviewForm } from "./report-actions";
import { EvidenceFilesCard, StatusCard, ValuesCard } from "./report-cards";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Each notice and the stored statuses it may be shown with: a banner never contradicts the badge. */
const NOTICES: Record<string, readonly ReportStatus[]> = {
  saved: ["DRAFT", "RETURNED"],
  submitted: ["SUBMITTED"],
  approved: ["APPROVED"],
  returned: ["RETURNED"],
  // A review refused because someone else reviewed the report first (reviewReportAction).
  reviewedMeanwhile: ["APPROVED", "RETURNED"],
};

/** The notice's text for the stored status ("saved" on a returned report says it is still returned). */
function noticeKey(notice: unknown, status: ReportStatus): string | null {
  if (typeof notice !== "string" || !NOTICES[notice]?.includes(status)) return null;
  return notice === "saved" && status === "RETURNED" ? "savedReturned" : notice;
}

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "reports.write")) notFound();
  try {
    const [detail, context] = await Promise.all([getReport(actor, id), reportContext(actor, id)]);
    return { actor, detail, context };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { detail } = await load((await params).id);
  return { title: (await getTranslations("reportDetail"))("title", { code: detail.report.indicator.code }) };
}

async function ReportPage({ params, searchParams }: Params) {
  const { actor, detail, context } = await load((await params).id);
  const { report, lock, allowed } = detail;
  const notice = noticeKey((await searchParams).saved, report.status);
  const t = await getTranslations();
  const { indicator } = report;
  const period = `${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}`;
  const who = report.organization ? report.organization.acronym : t("reportForm.wholeProgramme");

  return (
    <>
      <PageHeader
        title={t("reportDetail.heading", { code: indicator.code, who, period })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ReportStatusBadge status={report.status} />
            <span>{indicator.title}</span>
            {indicator.programme ? (
              <Link href={`/programmes/${indicator.programme.id}`} className="text-brand-700 hover:underline">{indicator.programme.code}</Link>
            ) : null}
          </span>
        }
        actions={allowed.edit ? <ButtonLink href={`/reports/${report.id}/edit`}>{t("reportDetail.edit")}</ButtonLink> : undefined}
      />
      <div className="mb-6 space-y-3">
        {notice ? (
          <Alert tone={notice === "reviewedMeanwhile" ? "warning" : "success"} testId="notice">{t(`reportDetail.notices.${notice}`)}</Alert>
        ) : null}
        {report.status === "RETURNED" && report.reviewComment ? (
          <Alert tone="warning" testId="review-comment">
            <p className="font-medium">{t("reportDetail.returnedBy", { name: report.reviewedBy?.name ?? "—", when: report.reviewedAt ? formatDateTime(report.reviewedAt) : "—" })}</p>
            <p className="mt-1 whitespace-pre-line">{report.reviewComment}</p>
          </Alert>
        ) : null}
        {lock ? <Alert tone="warning" testId="lock-notice">{t("reportDetail.locked", { reason: lock.reason })}</Alert> : null}
        {allowed.ownSubmission ? <Alert tone="info">{t("reportDetail.ownSubmission")}</Alert> : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <ValuesCard report={report} />
        <StatusCard report={report} allowed={allowed} history={context.history} />
        <Card title={t("reportDetail.comparison")}>
          <ReportComparison context={context} indicator={indicator} nsb={report.organization?.acronym ?? null} />
        </Card>

        <EvidenceFilesCard report={report} mayEdit={allowed.edit} />

        {allowed.review ? (
          <Card title={t("reportDetail.review")}>
            <ReviewForm id={report.id} version={report.version} />
          </Card>
        ) : null}
      </div>

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="IndicatorReport" entityId={report.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "evidenceFiles", "forms", "reportDetail"], ReportPage);
