"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { PreviewTable } from "@/components/imports/preview-table";
import type { EvidenceImportPreview } from "@/server/evidence";

interface Props {
  preview: EvidenceImportPreview;
  fileName: string;
  badRows: number;
  /** The help above the rows to fix (not after an import refused them: the form's message says it). */
  showHelp: boolean;
}

/** What the check found: the counts, then every row to fix (reasons in the reader's language) or the first rows as they would be imported. */
export function EvidencePreview({ preview, fileName, badRows, showHelp }: Props) {
  const t = useTranslations("evidenceImport");
  const tEvidence = useTranslations("evidence");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-4" data-testid="import-preview">
      <h2 id={headingId} className="text-lg font-semibold">{t("previewTitle", { name: fileName })}</h2>
      <p className="text-sm text-slate-700">
        {t("summary", { total: preview.totalRows, valid: preview.validRows, bad: badRows })}{" "}
        {preview.errors.length === 0 ? t("counts", { create: preview.counts.create, update: preview.counts.update, unchanged: preview.counts.unchanged }) : null}
      </p>
      {preview.errors.length ? (
        <>
          {showHelp ? <Alert tone="error" testId="import-errors-alert">{t("errorsHelp")}</Alert> : null}
          <h3 className="font-semibold text-rose-900">{t("errorsTitle")}</h3>
          <PreviewTable
            caption={t("errorsTitle")}
            rows={preview.errors}
            testId="import-errors"
            testIdOn="table"
            rowKey={(e, i) => `${e.row}-${e.column}-${i}`}
            columns={[
              { header: t("row"), cell: (e) => e.row, className: "tabular-nums" },
              { header: t("column"), cell: (e) => e.column || "—" },
              { header: t("problem"), cell: (e) => e.reason, className: "min-w-56" },
            ]}
          />
        </>
      ) : preview.sample.length ? (
        <>
          <Alert tone="info">{t("ready")}</Alert>
          <h3 className="font-semibold">{t("sampleTitle")}</h3>
          <PreviewTable
            caption={t("sampleTitle")}
            rows={preview.sample}
            testId="import-sample"
            testIdOn="table"
            rowKey={(s) => s.row}
            columns={[
              { header: t("row"), cell: (s) => s.row, className: "tabular-nums" },
              { header: tEvidence("nsb"), cell: (s) => s.nsb },
              { header: t("record"), cell: (s) => s.label },
              { header: t("action"), cell: (s) => t(`actions.${s.action}`) },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
