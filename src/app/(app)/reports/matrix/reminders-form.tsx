"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { sendRemindersAction } from "../actions";

/** Staff: remind the focal points of NSBs with missing or returned reports for one period. */
export function RemindersForm({ programmeId, periods, initial }: { programmeId: string; periods: { key: string; label: string }[]; initial: string }) {
  const t = useTranslations("reportMatrix");
  const [state, action] = useActionRound(sendRemindersAction);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <Field key={state.round} label={t("reminderPeriod")} name="period" errors={state.fieldErrors?.period}>
            {(p) => (
              <select {...p} defaultValue={submitted(state, "period", initial)}>
                {periods.map((o) => (
                  <option key={o.key} value={o.key}>{o.label}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <SubmitButton>{t("sendReminders")}</SubmitButton>
      </div>
      <p className="text-sm text-slate-600">{t("remindersHint")}</p>
    </form>
  );
}
