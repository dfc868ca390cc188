import { getTranslations } from "next-intl/server";
import type { getReport, reportContext } from "@/server/reports";
import { formatDateTime, formatFileSize } from "@/lib/format";
import { EVIDENCE_ACCEPT } from "@/lib/evidence-files";
import { Card } from "@/components/ui/card";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { formatReportValue } from "@/components/reports/report-value";
import { ReportHistory } from "@/components/reports/report-context";
import { RemoveFileForm, SubmitReportForm } from "./report-actions";
import { EvidenceUpload } from "./evidence-upload";

type Detail = Awaited<ReturnType<typeof getReport>>;
type Report = Detail["report"];


/** The reported value (by sex where the indicator asks), the narrative and the evidence links. */
export async function ValuesCard({ report }: { report: Report }) {
  const t = await getTranslations();
  const { indicator } = report;
  const yesNo = { yes: t("common.yes"), no: t("common.no") };
  const show = (v: { toString(): string } | null) => formatReportValue(v, indicator.unit, indicator.currency, yesNo);
  return (
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
  );
}

/** Where the report stands: submitted and reviewed by whom, its history, and the submit button. */
export async function StatusCard({ report, allowed, history }: { report: Report; allowed: Detail["allowed"]; history: Awaited<ReturnType<typeof reportContext>>["history"] }) {
  const t = await getTranslations();
  // The stored review is current only while the report is in the state it led to; after a
  // resubmission it is history (listed below), not the report's state.
  const currentReview = report.status === "APPROVED" || report.status === "RETURNED";
  return (
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
        <ReportHistory history={history} />
      </div>
      {allowed.submit ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <SubmitReportForm id={report.id} version={report.version} />
        </div>
      ) : null}
    </Card>
  );
}

/** The evidence files, with remove buttons and the upload while the report may be edited. */
export async function EvidenceFilesCard({ report, mayEdit }: { report: Report; mayEdit: boolean }) {
  const t = await getTranslations();
  return (
    <Card title={t("evidenceFiles.title")} className="lg:col-span-2">
      {report.evidenceFiles.length === 0 ? (
        <p className="text-sm text-slate-600">{t("evidenceFiles.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="evidence-files">
          {report.evidenceFiles.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <a href={`/api/evidence/${f.id}`} className="font-medium text-brand-700 hover:underline" download>{f.fileName}</a>{" "}
                <span className="text-xs text-slate-500">{formatFileSize(f.sizeBytes)} · {formatDateTime(f.createdAt)}</span>
              </span>
              {mayEdit ? <RemoveFileForm fileId={f.id} reportId={report.id} fileName={f.fileName} /> : null}
            </li>
          ))}
        </ul>
      )}
      {mayEdit ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <EvidenceUpload reportId={report.id} accept={EVIDENCE_ACCEPT} />
        </div>
      ) : null}
    </Card>
  );
}
