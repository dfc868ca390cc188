"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { reviewRoundAction } from "../actions";

/** Staff review: validate, or return to the NSB with a (required) comment. */
export function ReviewRoundForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("assessments");
  const [state, action, pending] = useActionRound(reviewRoundAction);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field key={state.round} label={t("comment")} name="comment" errors={state.fieldErrors?.comment} hint={t("commentHint")}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={submitted(state, "comment")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="validate" disabled={pending}>{t("validate")}</Button>
        <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>{t("return")}</Button>
      </div>
    </form>
  );
}
