"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { mergeParticipantsAction } from "../actions";

export function MergeForm({ keepId, duplicateId, keepName, duplicateName }: { keepId: string; duplicateId: string; keepName: string; duplicateName: string }) {
  const t = useTranslations("participants");
  const [state, action] = useActionState(mergeParticipantsAction, initialFormState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="keepId" value={keepId} />
      <input type="hidden" name="duplicateId" value={duplicateId} />
      <ConfirmButton variant="secondary" title={t("mergeTitle")} body={t("mergeBody", { duplicate: duplicateName, keep: keepName })} confirmLabel={t("mergeConfirm")}>
        {t("mergeInto")}
      </ConfirmButton>
    </form>
  );
}
