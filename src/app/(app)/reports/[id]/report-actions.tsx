"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState, submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
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
  const [state, action, pending] = useActionRound(reviewReportAction);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field key={state.round} label={t("comment")} name="comment" errors={state.fieldErrors?.comment} hint={t("commentHint")}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={submitted(state, "comment")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>{t("approve")}</Button>
        <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>{t("return")}</Button>
      </div>
    </form>
  );
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
