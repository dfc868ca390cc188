import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { getReport } from "@/server/reports";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { EVIDENCE_ACCEPT } from "@/lib/evidence-files";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { formatReportValue } from "@/components/reports/report-value";
import { reportContext } from "@/server/reports";
import { ReportComparison, ReportHistory } from "@/components/reports/report-context";
import type { ReportStatus } from "@/generated/prisma/enums";
import { RemoveFileForm, ReviewForm, SubmitReportForm } from "./report-actions";
import { EvidenceUpload } from "./evidence-upload";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Each notice and the stored statuses it may be shown with: a banner never contradicts the badge. */
const NOTICES: Record<string, readonly ReportStatus[]> = {
  saved: ["DRAFT", "RETURNED"],
  submitted: ["SUBMITTED"],
  approved: ["APPROVED"],
  returned: ["RETURNED"],
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

const kb = (bytes: number) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;

export default async function ReportPage({ params, searchParams }: Params) {
  const { actor, detail, context } = await load((await params).id);
  const { report, lock, allowed } = detail;
  const notice = noticeKey((await searchParams).saved, report.status);
  // The stored review is current only while the report is in the state it led to; after a
  // resubmission it is history (listed below), not the report's state.
  const currentReview = report.status === "APPROVED" || report.status === "RETURNED";
  const t = await getTranslations();
  const { indicator } = report;
  const yesNo = { yes: t("common.yes"), no: t("common.no") };
  const show = (v: { toString(): string } | null) => formatReportValue(v, indicator.unit, indicator.currency, yesNo);
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
          <Alert tone="success" testId="notice">{t(`reportDetail.notices.${notice}`)}</Alert>
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
        <Card title={t("reportDetail.values")} className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="report-values">
            <div>
              <dt className="text-slate-600">{t("reportForm.value")}</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid="report-value">{show(report.value)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("reportForm.nsb")}</dt>
              <dd>{report.organization ? `${report.organization.acronym} · ${report.organization.name}` : t("reportForm.wholeProgramme")}</dd>
            </div>
            {indicator.disaggregateBySex ? (
              <div className="sm:col-span-2">
                <dt className="text-slate-600">{t("reportDetail.bySex")}</dt>
                <dd className="tabular-nums">
                  {t("reportDetail.bySexValues", { female: show(report.valueFemale), male: show(report.valueMale), other: show(report.valueOther) })}
                </dd>
              </div>
            ) : null}
            <div className="sm:col-span-2">
              <dt className="text-slate-600">{t("reportForm.narrative")}</dt>
              <dd className="whitespace-pre-line text-slate-800">{report.narrative || "—"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">{t("reportForm.linksSection")}</dt>
              <dd>
                {report.evidenceLinks.length === 0 ? (
                  "—"
                ) : (
                  <ul className="list-inside list-disc" data-testid="evidence-links">
                    {report.evidenceLinks.map((link, i) => (
                      <li key={i} className="break-all">
                        {/^https?:\/\//i.test(link) ? (
                          <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 hover:underline">{link}</a>
                        ) : (
                          link
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </Card>
        <Card title={t("reportDetail.statusCard")}>
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-slate-600">{t("reportDetail.status")}</dt>
              <dd><ReportStatusBadge status={report.status} /></dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("reportDetail.submitted")}</dt>
              <dd>{report.submittedAt ? t("reportDetail.byOn", { name: report.submittedBy?.name ?? "—", when: formatDateTime(report.submittedAt) }) : "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("reportDetail.reviewed")}</dt>
              <dd data-testid="current-review">
                {currentReview && report.reviewedAt ? t("reportDetail.byOn", { name: report.reviewedBy?.name ?? "—", when: formatDateTime(report.reviewedAt) }) : report.status === "SUBMITTED" ? t("reportDetail.awaitingReview") : "—"}
              </dd>
            </div>
            {currentReview && report.reviewComment && report.status !== "RETURNED" ? (
              <div>
                <dt className="text-slate-600">{t("reportDetail.comment")}</dt>
                <dd className="whitespace-pre-line">{report.reviewComment}</dd>
              </div>
            ) : null}
          </dl>
          <h3 className="mt-4 border-t border-slate-100 pt-3 text-sm font-semibold">{t("reportDetail.history")}</h3>
          <div className="mt-2">
            <ReportHistory history={context.history} />
          </div>
          {allowed.submit ? (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <SubmitReportForm id={report.id} version={report.version} />
            </div>
          ) : null}
        </Card>

        <Card title={t("reportDetail.comparison")}>
          <ReportComparison context={context} indicator={indicator} nsb={report.organization?.acronym ?? null} />
        </Card>

        <Card title={t("evidenceFiles.title")} className="lg:col-span-2">
          {report.evidenceFiles.length === 0 ? (
            <p className="text-sm text-slate-600">{t("evidenceFiles.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="evidence-files">
              {report.evidenceFiles.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <a href={`/api/evidence/${f.id}`} className="font-medium text-brand-700 hover:underline" download>{f.fileName}</a>{" "}
                    <span className="text-xs text-slate-500">{kb(f.sizeBytes)} · {formatDateTime(f.createdAt)}</span>
                  </span>
                  {allowed.edit ? <RemoveFileForm fileId={f.id} reportId={report.id} fileName={f.fileName} /> : null}
                </li>
              ))}
            </ul>
          )}
          {allowed.edit ? (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <EvidenceUpload reportId={report.id} accept={EVIDENCE_ACCEPT} />
            </div>
          ) : null}
        </Card>

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
