"use client";

import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { useAttendanceImport } from "./use-attendance-import";
import { UploadForm } from "./upload-form";
import { PreviewSection } from "./preview-section";
import { ImportSummaryView } from "./import-summary";

interface Props {
  activityId: string;
  /** Staff choose the NSB of rows that name none; focal points' rows are always their NSB's. */
  staff: boolean;
  nsbs: { id: string; label: string }[];
}

/**
 * Upload → preview (mapping, every problem, first rows) → import with a progress bar fed
 * by the NDJSON stream → summary. Every step uses native controls (keyboard friendly);
 * focus moves to each new section's heading so screen readers announce it.
 */
export function ImportForm({ activityId, staff, nsbs }: Props) {
  const t = useTranslations("imports");
  const { nsbId, preview, busy, progress, summary, message, refs, actions } = useAttendanceImport({ activityId, staff });
  return (
    <div className="space-y-6">
      <Card title={t("howTitle")}>
        <p className="text-sm text-slate-700">{t("howSteps")}</p>
        <p className="mt-3 flex flex-wrap gap-2" aria-label={t("template")}>
          <ButtonLink href="/api/import-template?format=xlsx" variant="secondary" prefetch={false}>{t("templateXlsx")}</ButtonLink>
          <ButtonLink href="/api/import-template?format=csv" variant="secondary" prefetch={false}>{t("templateCsv")}</ButtonLink>
        </p>
      </Card>
      {summary ? null : (
        <UploadForm
          staff={staff}
          nsbs={nsbs}
          nsbId={nsbId}
          checking={busy === "checking"}
          disabled={busy !== null}
          fileInput={refs.fileInput}
          onFile={actions.chooseFile}
          onNsb={actions.chooseNsb}
          onCheck={actions.check}
        />
      )}
      <div aria-live="polite" className="space-y-2">
        {message ? <Alert tone="error" testId="import-message">{message}</Alert> : null}
        {busy === "checking" ? <p className="text-sm text-slate-600">{t("checking")}</p> : null}
      </div>
      {preview && !summary ? (
        <PreviewSection preview={preview} staff={staff} busy={busy} progress={progress} heading={refs.previewHeading} onRemap={actions.remap} onCommit={actions.commit} />
      ) : null}
      {summary ? <ImportSummaryView summary={summary} activityId={activityId} heading={refs.doneHeading} onAnother={actions.reset} /> : null}
    </div>
  );
}
