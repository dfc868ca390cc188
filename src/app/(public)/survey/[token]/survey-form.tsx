"use client";

import { Fragment } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { APPLIED_CHOICES, REQUIRED_KINDS, type SurveyQuestion } from "@/domain/surveys/templates";
import type { SurveyAnswers } from "@/domain/surveys/rules";
import { saveSurveyAnswersAction } from "./actions";

type Choice = { value: string; label: string };

function IntentButton({ intent, variant, children }: { intent: "draft" | "submit"; variant: "primary" | "secondary"; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name="intent" value={intent} variant={variant} disabled={pending} aria-busy={pending}>
      {children}
    </Button>
  );
}

function Choices({ name, legend, choices, checked, errors }: { name: string; legend: string; choices: Choice[]; checked: string; errors?: string[] }) {
  return (
    <fieldset aria-describedby={errors ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {choices.map((c) => (
          <label key={c.value} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm">
            <input type="radio" name={name} value={c.value} defaultChecked={checked === c.value} />
            {c.label}
          </label>
        ))}
      </div>
      {errors ? <p id={`${name}-error`} className="mt-1 text-sm text-rose-700">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

/** The answer form: choices as radio buttons (large targets for phones), text as text areas; saved as a draft or sent. */
export function SurveyForm({ token, version, questions, answers }: { token: string; version: number; questions: SurveyQuestion[]; answers: SurveyAnswers }) {
  const t = useTranslations("surveys");
  const [state, action] = useActionRound(saveSurveyAnswersAction);
  const stored = (id: string) => {
    const v = answers[id];
    return typeof v === "boolean" ? (v ? "yes" : "no") : v === undefined ? "" : String(v);
  };
  const value = (q: SurveyQuestion) => submitted(state, `a_${q.id}`, stored(q.id));
  const label = (q: SurveyQuestion) => `${q.prompt || t(`question.${q.kind}`)}${REQUIRED_KINDS.includes(q.kind) ? ` ${t("form.required")}` : ""}`;
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="version" value={version} />
      <Fragment key={state.round}>
        {questions.map((q) => {
          const name = `a_${q.id}`;
          const errors = state.fieldErrors?.[name];
          switch (q.kind) {
            case "APPLIED":
              return <Choices key={q.id} name={name} legend={label(q)} checked={value(q)} errors={errors} choices={APPLIED_CHOICES.map((c) => ({ value: c, label: t(`applied.${c}`) }))} />;
            case "COMMITTEE":
              return <Choices key={q.id} name={name} legend={label(q)} checked={value(q)} errors={errors} choices={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]} />;
            case "USEFULNESS":
              return <Choices key={q.id} name={name} legend={label(q)} checked={value(q)} errors={errors} choices={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`rating.${n}`) }))} />;
            default:
              return (
                <Field key={q.id} label={label(q)} name={name} errors={errors} hint={q.kind === "STANDARDS" ? t("standardsHint") : undefined}>
                  {(p) => <textarea {...p} rows={q.kind === "STANDARDS" ? 3 : 4} maxLength={3000} defaultValue={value(q)} />}
                </Field>
              );
          }
        })}
      </Fragment>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <IntentButton intent="submit" variant="primary">{t("form.submit")}</IntentButton>
        <IntentButton intent="draft" variant="secondary">{t("form.saveDraft")}</IntentButton>
      </div>
    </form>
  );
}
