"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { mergeParticipantsAction } from "../actions";

interface Person {
  id: string;
  name: string;
}

/** Merges two records, in the direction the user picks: which record is kept is stated on the button. */
export function MergeForm({ current, other }: { current: Person; other: Person }) {
  const t = useTranslations("participants");
  const [state, action] = useActionState(mergeParticipantsAction, initialFormState);
  const choice = (keep: Person, duplicate: Person, label: string) => (
    <form action={action}>
      <input type="hidden" name="keepId" value={keep.id} />
      <input type="hidden" name="duplicateId" value={duplicate.id} />
      <ConfirmButton variant="secondary" title={t("mergeTitle")} body={t("mergeBody", { duplicate: duplicate.name, keep: keep.name })} confirmLabel={t("mergeConfirm")}>
        {label}
      </ConfirmButton>
    </form>
  );
  return (
    <div className="space-y-2">
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        {choice(current, other, t("keepThis"))}
        {choice(other, current, t("keepOther"))}
      </div>
    </div>
  );
}
