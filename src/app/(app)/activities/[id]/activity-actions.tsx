"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/form-state";
import { cancelActivityAction, duplicateActivityAction } from "../actions";

/** Staff controls on the activity page: edit, duplicate, cancel. */
export function ActivityActions({ id, version, status, title, editable }: { id: string; version: number; status: string; title: string; editable: boolean }) {
  const t = useTranslations("activityDetail");
  const [cancelState, cancel] = useActionState(cancelActivityAction, initialFormState);
  const [duplicateState, duplicate] = useActionState(duplicateActivityAction, initialFormState);
  const cancellable = editable && status !== "CANCELLED" && status !== "COMPLETED";
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end" data-testid="activity-actions">
      <div className="flex flex-wrap gap-2">
        {editable ? <ButtonLink href={`/activities/${id}/edit`}>{t("edit")}</ButtonLink> : null}
        {editable ? (
          <form action={duplicate}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="secondary">{t("duplicate")}</SubmitButton>
          </form>
        ) : null}
        {cancellable ? (
          <form action={cancel}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <ConfirmButton title={t("cancelTitle", { title })} body={t("cancelBody")} confirmLabel={t("cancelActivity")} cancelLabel={t("keepActivity")}>
              {t("cancelActivity")}
            </ConfirmButton>
          </form>
        ) : null}
      </div>
      <FormMessage state={cancelState} />
      <FormMessage state={duplicateState} />
    </div>
  );
}
