"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState, submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { issuesToFieldErrors } from "@/lib/form-fields";
import { formValues } from "@/lib/form-values";
import { lockPeriodAction, unlockPeriodAction } from "../actions";
import { unlockSchema } from "@/domain/reports/schema";
import { translateFieldErrors } from "@/i18n/problems";
import { useProblemTranslator } from "@/i18n/use-problems";

/** Lock a period, for one programme or all, with the reason reporters will see. */
export function LockForm({ programmes }: { programmes: { id: string; label: string }[] }) {
  const t = useTranslations("periodLocks");
  const [state, action] = useActionRound(lockPeriodAction);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div key={state.round} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("periodStart")} name="periodStart" errors={errors.periodStart}>
          {(p) => <input {...p} type="date" defaultValue={submitted(state, "periodStart")} />}
        </Field>
        <Field label={t("periodEnd")} name="periodEnd" errors={errors.periodEnd}>
          {(p) => <input {...p} type="date" defaultValue={submitted(state, "periodEnd")} />}
        </Field>
        <Field label={t("programme")} name="programmeId" errors={errors.programmeId}>
          {(p) => (
            <select {...p} defaultValue={submitted(state, "programmeId")}>
              <option value="">{t("allProgrammes")}</option>
              {programmes.map((o) => (
                <option key={o.id} value={o.id}>{o.label}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("reason")} name="reason" errors={errors.reason} hint={t("reasonHint")}>
          {(p) => <input {...p} type="text" maxLength={500} defaultValue={submitted(state, "reason")} />}
        </Field>
      </div>
      <SubmitButton>{t("lock")}</SubmitButton>
    </form>
  );
}

/** Unlock one lock, with a reason (kept in the audit trail), asking first. */
export function UnlockForm({ id, label }: { id: string; label: string }) {
  const t = useTranslations("periodLocks");
  const [state, action] = useActionState(unlockPeriodAction, initialFormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const translateProblem = useProblemTranslator();
  const reasonRef = useRef<HTMLInputElement>(null);
  /** The reason is checked (with the action's schema) before the dialog opens; the server checks it again. */
  const check = (form: HTMLFormElement | null) => {
    const result = form ? unlockSchema.safeParse(formValues(new FormData(form))) : null;
    if (!result || result.success) {
      setClientErrors(null);
      return true;
    }
    setClientErrors(translateFieldErrors(issuesToFieldErrors(result.error), translateProblem) ?? {});
    reasonRef.current?.focus();
    return false;
  };
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <div className="min-w-48 flex-1">
        <Field label={t("unlockReason")} name="reason" errors={clientErrors?.reason ?? state.fieldErrors?.reason}>
          {(p) => <input {...p} ref={reasonRef} type="text" maxLength={500} defaultValue={submitted(state, "reason")} />}
        </Field>
      </div>
      <ConfirmButton title={t("unlockTitle", { label })} body={t("unlockBody")} confirmLabel={t("unlock")} variant="secondary" beforeOpen={check}>
        {t("unlock")}<span className="sr-only"> {label}</span>
      </ConfirmButton>
      {state.status === "error" && !state.fieldErrors?.reason ? <FormMessage state={state} /> : null}
    </form>
  );
}
