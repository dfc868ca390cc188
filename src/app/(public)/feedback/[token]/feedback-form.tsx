"use client";

import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { submitFeedbackAction } from "./actions";

export function FeedbackForm({ token }: { token: string }) {
  const t = useTranslations("feedback");
  const [state, action] = useActionRound(submitFeedbackAction);
  if (state.status === "success") return <FormMessage state={state} />;
  const rating = submitted(state, "satisfaction");
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Remounted with the submitted values after each round: see useActionRound. */}
      <Fragment key={state.round}>
        <fieldset aria-describedby={state.fieldErrors?.satisfaction ? "satisfaction-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("satisfaction")}</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-2 text-sm">
                <input type="radio" name="satisfaction" value={n} defaultChecked={rating === String(n)} />
                {t(`rating.${n}`)}
              </label>
            ))}
          </div>
          {state.fieldErrors?.satisfaction ? <p id="satisfaction-error" className="mt-1 text-sm text-rose-700">{state.fieldErrors.satisfaction.join(" ")}</p> : null}
        </fieldset>
        <Field label={t("feedback")} name="feedback" errors={state.fieldErrors?.feedback}>
          {(p) => <textarea {...p} rows={4} maxLength={5000} defaultValue={submitted(state, "feedback")} />}
        </Field>
        <Field label={t("testimonial")} name="testimonial" errors={state.fieldErrors?.testimonial} hint={t("testimonialHint")}>
          {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={submitted(state, "testimonial")} />}
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="consentToQuote" className="h-4 w-4" defaultChecked={state.values?.consentToQuote === "on"} />
          {t("consentToQuote")}
        </label>
      </Fragment>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
