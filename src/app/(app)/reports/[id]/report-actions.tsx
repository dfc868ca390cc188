"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState } from "@/lib/form-state";
import { ReviewDecisionForm } from "@/components/forms/review-decision-form";
import { removeFileAction, reviewReportAction, submitReportAction } from "../actions";

/** "Submit for review" of a draft or returned report. */
export function SubmitReportForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("reportDetail");
  const [state, action] = useActionState(submitReportAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Staff review: approve, or return to the reporter with a (required) comment. */
export function ReviewForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("reportDetail");
  const labels = { comment: t("comment"), commentHint: t("commentHint"), accept: t("approve"), reject: t("return") };
  return <ReviewDecisionForm action={reviewReportAction} id={id} version={version} accept="approve" labels={labels} />;
}

/** "Remove" of one evidence file, asking first. */
export function RemoveFileForm({ fileId, reportId, fileName }: { fileId: string; reportId: string; fileName: string }) {
  const t = useTranslations("evidenceFiles");
  const [state, action] = useActionState(removeFileAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="fileId" value={fileId} />
      <input type="hidden" name="reportId" value={reportId} />
      <ConfirmButton title={t("removeTitle", { name: fileName })} body={t("removeBody")} confirmLabel={t("remove")} variant="secondary">
        <span>{t("remove")}<span className="sr-only"> {fileName}</span></span>
      </ConfirmButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
