"use client";

import { Fragment, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, selectClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionRound } from "@/lib/use-action-round";
import { DEFAULT_MONTHS, TEMPLATE_IDS, templateQuestions, type SurveyQuestion, type TemplateId } from "@/domain/surveys/templates";
import { scheduleFollowUpsAction } from "./actions";

const MONTH_CHOICES = [3, 6, 12, 24] as const;

type Errors = Record<string, string[]> | undefined;
type Nsbs = { id: string; acronym: string }[] | null;

/** Scheduling follow-ups: when, which question set, how long open; each question kept or left out and reworded if need be. */
export function ScheduleForm({ activityId, nsbs }: { activityId: string; nsbs: Nsbs }) {
  const t = useTranslations("surveys");
  const [state, action] = useActionRound(scheduleFollowUpsAction);
  const [template, setTemplate] = useState<TemplateId>("standard");
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [prompts, setPrompts] = useState<Record<string, string>>({});
  const [own, setOwn] = useState("");
  const base = templateQuestions(template);
  const questions: SurveyQuestion[] = [
    ...base.filter((q) => !left.has(q.id)).map((q) => ({ ...q, prompt: (prompts[q.id] ?? "").trim() })),
    ...(own.trim() ? [{ id: "own", kind: "TEXT" as const, prompt: own.trim() }] : []),
  ];
  const toggle = (id: string, on: boolean) => setLeft((s) => { const n = new Set(s); if (on) n.delete(id); else n.add(id); return n; });
  const chooseTemplate = (id: TemplateId) => { setTemplate(id); setLeft(new Set()); setPrompts({}); };
  const reword = (id: string, value: string) => setPrompts((p) => ({ ...p, [id]: value }));
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="questions" value={JSON.stringify(questions)} />
      <Fragment key={state.round}>
        <MonthsFieldset errors={state.fieldErrors} />
        <SettingsFields errors={state.fieldErrors} nsbs={nsbs} template={template} onTemplate={chooseTemplate} />
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{t("schedule.questions")}</legend>
          {state.fieldErrors?.questions ? <p className="text-sm text-rose-700">{state.fieldErrors.questions.join(" ")}</p> : null}
          {base.map((q) => (
            <QuestionChoice key={`${template}-${q.id}`} question={q} kept={!left.has(q.id)} prompt={prompts[q.id] ?? ""} onToggle={toggle} onReword={reword} />
          ))}
          <Field label={t("schedule.ownQuestion")} name="ownQuestion">
            {(p) => <input {...p} maxLength={300} value={own} onChange={(e) => setOwn(e.target.value)} />}
          </Field>
        </fieldset>
      </Fragment>
      <SubmitButton>{t("schedule.submit")}</SubmitButton>
    </form>
  );
}

/** The months after the activity at which a follow-up goes out. */
function MonthsFieldset({ errors }: { errors: Errors }) {
  const t = useTranslations("surveys");
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{t("schedule.months")}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {MONTH_CHOICES.map((m) => (
          <label key={m} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm">
            <input type="checkbox" name="months[]" value={m} defaultChecked={(DEFAULT_MONTHS as readonly number[]).includes(m)} />
            {t("schedule.monthsOption", { months: m })}
          </label>
        ))}
      </div>
      {errors?.["months[]"] ? <p className="mt-1 text-sm text-rose-700">{errors["months[]"].join(" ")}</p> : null}
    </fieldset>
  );
}

/** Question set, days open and, for staff, the NSB the follow-ups are for. */
function SettingsFields({ errors, nsbs, template, onTemplate }: { errors: Errors; nsbs: Nsbs; template: TemplateId; onTemplate: (id: TemplateId) => void }) {
  const t = useTranslations("surveys");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t("schedule.template")} name="template" errors={errors?.template}>
        {(p) => (
          <select {...p} className={selectClass} value={template} onChange={(e) => onTemplate(e.target.value as TemplateId)}>
            {TEMPLATE_IDS.map((id) => <option key={id} value={id}>{t(`templates.${id}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("schedule.openDays")} name="openDays" errors={errors?.openDays}>
        {(p) => <input {...p} type="number" inputMode="numeric" min={7} max={90} defaultValue={30} />}
      </Field>
      {nsbs ? (
        <Field label={t("schedule.nsb")} name="nsbId" errors={errors?.nsbId}>
          {(p) => (
            <select {...p} className={selectClass} defaultValue="">
              <option value="">{t("schedule.allNsbs")}</option>
              {nsbs.map((n) => <option key={n.id} value={n.id}>{n.acronym}</option>)}
            </select>
          )}
        </Field>
      ) : <p className="text-sm text-slate-600 sm:col-span-2">{t("schedule.focalNote")}</p>}
    </div>
  );
}

/** One template question: kept or left out, and its wording when kept. */
function QuestionChoice({ question, kept, prompt, onToggle, onReword }: {
  question: SurveyQuestion;
  kept: boolean;
  prompt: string;
  onToggle: (id: string, on: boolean) => void;
  onReword: (id: string, value: string) => void;
}) {
  const t = useTranslations("surveys");
  const standard = t(`question.${question.kind}`);
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1 h-4 w-4" checked={kept} onChange={(e) => onToggle(question.id, e.target.checked)} aria-label={t("schedule.ask", { question: standard })} />
        <span>{standard}</span>
      </label>
      {kept ? (
        <input
          className={`${selectClass} mt-2`}
          aria-label={t("schedule.wording", { question: standard })}
          maxLength={300}
          value={prompt}
          onChange={(e) => onReword(question.id, e.target.value)}
        />
      ) : null}
    </div>
  );
}
