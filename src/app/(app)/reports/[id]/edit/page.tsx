import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { getReport } from "@/server/reports";
import { formatDate, formatDateTime } from "@/lib/format";
import { periodKey } from "@/domain/reports/rules";
import { EVIDENCE_ACCEPT } from "@/lib/evidence-files";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { ReportForm } from "../../report-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "reports.write")) notFound();
  try {
    return await getReport(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { report } = await load((await params).id);
  return { title: (await getTranslations("reportForm"))("editTitle", { code: report.indicator.code }) };
}

const str = (v: { toString(): string } | null) => (v == null ? "" : v.toString());

async function EditReportPage({ params }: Params) {
  const { report, allowed, lock } = await load((await params).id);
  const t = await getTranslations("reportForm");
  const period = { key: periodKey(report), label: `${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}` };
  return (
    <>
      <PageHeader title={t("editTitle", { code: report.indicator.code })} description={report.indicator.title} />
      {!allowed.edit ? (
        <div className="space-y-4">
          <Alert tone="warning" testId="not-editable">{lock ? t("lockedPeriod", { reason: lock.reason }) : t("notEditable")}</Alert>
          <ButtonLink href={`/reports/${report.id}`} variant="secondary">{t("backToReport")}</ButtonLink>
        </div>
      ) : (
        <>
          {report.status === "RETURNED" && report.reviewComment ? (
            <div className="mb-4">
              <Alert tone="warning" testId="review-comment">
                <p className="font-medium">{t("returnedBy", { name: report.reviewedBy?.name ?? "—", when: report.reviewedAt ? formatDateTime(report.reviewedAt) : "—" })}</p>
                <p className="mt-1 whitespace-pre-line">{report.reviewComment}</p>
              </Alert>
            </div>
          ) : null}
          <ReportForm
            indicator={report.indicator}
            periods={[period]}
            nsbs={[]}
            fixed={{
              period,
              organization: report.organization
                ? { id: report.organization.id, label: `${report.organization.acronym} · ${report.organization.name}` }
                : { id: null, label: t("wholeProgramme") },
            }}
            values={{
              period: period.key,
              organizationId: report.organizationId ?? "",
              value: str(report.value),
              valueFemale: str(report.valueFemale),
              valueMale: str(report.valueMale),
              valueOther: str(report.valueOther),
              narrative: report.narrative,
              evidenceLinks: report.evidenceLinks,
            }}
            version={report.version}
            cancelHref={`/reports/${report.id}`}
            evidence={{ reportId: report.id, files: report.evidenceFiles.map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes })), accept: EVIDENCE_ACCEPT }}
          />
        </>
      )}
    </>
  );
}

export default withClientMessages(["common", "enums", "evidenceFiles", "forms", "reportForm", "validation"], EditReportPage);
