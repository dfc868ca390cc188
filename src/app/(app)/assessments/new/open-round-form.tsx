"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, selectClass } from "@/components/ui/field";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { openRoundAction } from "../actions";

interface Choice {
  id: string;
  label: string;
}

/** Opening a self-assessment round: programme, NSB (staff), baseline or follow-up, the day it describes. */
export function OpenRoundForm({ programmes, templates, choosesNsb }: { programmes: (Choice & { nsbs: Choice[] })[]; templates: Choice[]; choosesNsb: boolean }) {
  const t = useTranslations("assessments");
  const e = useTranslations("enums");
  const [state, action] = useActionRound(openRoundAction);
  const [programmeId, setProgrammeId] = useState(submitted(state, "programmeId", programmes.length === 1 ? programmes[0]!.id : ""));
  const nsbs = programmes.find((p) => p.id === programmeId)?.nsbs ?? [];
  const errors = state.fieldErrors ?? {};
  const kind = submitted(state, "kind", "BASELINE");
  return (
    <form action={action} className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5" noValidate>
      <FormMessage state={state} />
      <div key={state.round} className="space-y-4">
        <Field label={t("programme")} name="programmeId" errors={errors.programmeId}>
          {(p) => (
            <select {...p} className={selectClass} value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} required>
              <option value="">{t("choose")}</option>
              {programmes.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
            </select>
          )}
        </Field>
        {choosesNsb ? (
          <Field label={t("nsb")} name="organizationId" errors={errors.organizationId} hint={programmeId ? undefined : t("chooseProgrammeFirst")}>
            {(p) => (
              <select {...p} className={selectClass} defaultValue={submitted(state, "organizationId")} required>
                <option value="">{t("choose")}</option>
                {nsbs.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
              </select>
            )}
          </Field>
        ) : null}
        <fieldset className="space-y-2" aria-describedby={errors.kind ? "kind-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("kindLabel")}</legend>
          {(["BASELINE", "FOLLOW_UP"] as const).map((k) => (
            <label key={k} className="flex items-start gap-2 text-sm">
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="mt-1" />
              <span>
                <span className="font-medium">{e(`assessmentKind.${k}`)}</span>
                <span className="block text-slate-600">{t(`kindHint.${k}`)}</span>
              </span>
            </label>
          ))}
          {errors.kind ? <p id="kind-error" className="text-sm text-rose-700">{errors.kind.join(" ")}</p> : null}
        </fieldset>
        <Field label={t("assessedOn")} name="assessedOn" errors={errors.assessedOn} hint={t("assessedOnHint")}>
          {(p) => <input {...p} type="date" defaultValue={submitted(state, "assessedOn")} required />}
        </Field>
        {templates.length > 1 ? (
          <Field label={t("template")} name="templateId" errors={errors.templateId}>
            {(p) => (
              <select {...p} className={selectClass} defaultValue={submitted(state, "templateId", templates[0]!.id)}>
                {templates.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
              </select>
            )}
          </Field>
        ) : (
          <input type="hidden" name="templateId" value={templates[0]?.id ?? ""} />
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("openSubmit")}</SubmitButton>
        <ButtonLink href="/assessments" variant="secondary">{t("cancel")}</ButtonLink>
      </div>
    </form>
  );
}
