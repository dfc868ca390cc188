"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { ButtonLink } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState, submitted } from "@/lib/form-state";
import { createPlanAction, updatePlanAction } from "./actions";

export interface PlanFormValues {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  description: string;
  version: number;
}

/** New or edit Action Plan; keeps what was typed after an error and shows the conflict view. */
export function PlanForm({ plan }: { plan?: PlanFormValues }) {
  const t = useTranslations("framework.planForm");
  const [state, action] = useActionState(plan ? updatePlanAction : createPlanAction, initialFormState);
  const labels = { title: t("title"), startYear: t("startYear"), endYear: t("endYear"), description: t("description") };
  return (
    <form action={action} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} labels={labels} />
      {plan ? (
        <>
          <input type="hidden" name="id" value={plan.id} />
          <input type="hidden" name="version" value={plan.version} />
        </>
      ) : null}
      <Field label={labels.title} name="title" errors={state.fieldErrors?.title}>
        {(props) => <input {...props} defaultValue={submitted(state, "title", plan?.title)} maxLength={200} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={labels.startYear} name="startYear" errors={state.fieldErrors?.startYear} hint={t("yearHint")}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={2000} max={2100} step={1} defaultValue={submitted(state, "startYear", plan?.startYear)} required />}
        </Field>
        <Field label={labels.endYear} name="endYear" errors={state.fieldErrors?.endYear}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={2000} max={2100} step={1} defaultValue={submitted(state, "endYear", plan?.endYear)} required />}
        </Field>
      </div>
      <Field label={labels.description} name="description" errors={state.fieldErrors?.description}>
        {(props) => <textarea {...props} rows={5} maxLength={5000} defaultValue={submitted(state, "description", plan?.description)} />}
      </Field>
      <div className="flex gap-2">
        <SubmitButton>{plan ? t("save") : t("create")}</SubmitButton>
        <ButtonLink href={plan ? `/framework/${plan.id}` : "/framework"} variant="secondary">{t("cancel")}</ButtonLink>
      </div>
    </form>
  );
}
