"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormActions, FormShell, useFormShell } from "@/components/forms/form-shell";
import { submitted, type FormState } from "@/lib/form-state";
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
  const shell = useFormShell(plan ? updatePlanAction : createPlanAction);
  const labels = { title: t("title"), startYear: t("startYear"), endYear: t("endYear"), description: t("description") };
  return (
    <FormShell shell={shell} labels={labels} record={plan} className="max-w-2xl space-y-4"
      footer={<FormActions submit={plan ? t("save") : t("create")} cancel={t("cancel")} cancelHref={plan ? `/framework/${plan.id}` : "/framework"} />}>
      <PlanFields state={shell.state} plan={plan} labels={labels} />
    </FormShell>
  );
}

function PlanFields({ state, plan, labels }: { state: FormState; plan?: PlanFormValues; labels: Record<"title" | "startYear" | "endYear" | "description", string> }) {
  const t = useTranslations("framework.planForm");
  return (
    <>
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
    </>
  );
}
