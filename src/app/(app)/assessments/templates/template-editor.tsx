"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionRound } from "@/lib/use-action-round";
import { LEVELS, MAX_AREAS, MAX_QUESTIONS, TEXT_LANGUAGES, uniqueKey, type LocalizedText, type TemplateContent, type TextLanguage } from "@/domain/assessments/template";
import { saveTemplateAction } from "../actions";

const blank = (): LocalizedText => ({ en: "", fr: "", es: "" });
const keysOf = (content: TemplateContent) => new Set(content.areas.flatMap((a) => [a.key, ...a.questions.map((q) => q.key)]));
const newQuestion = (key: string) => ({ key, text: blank(), levels: LEVELS.map(blank) });

type Errors = Record<string, string[]>;

/**
 * The questionnaire editor: areas, their questions and each question's five level texts, in
 * one language at a time (English is required; French and Spanish fall back to it). Saving
 * writes a new version: rounds already opened keep theirs. Keys are made once and never
 * change, so a renamed area still compares with earlier rounds.
 */
export function TemplateEditor({ id, version, title, description, content: initial }: { id: string | null; version: number | null; title: string; description: string; content: TemplateContent }) {
  const t = useTranslations("assessments.templates");
  const [state, action, pending] = useActionRound(saveTemplateAction);
  const [content, setContent] = useState(initial);
  const [lang, setLang] = useState<TextLanguage>("en");
  const errors: Errors = state.fieldErrors ?? {};
  const update = (change: (draft: TemplateContent) => void) =>
    setContent((current) => {
      const draft = structuredClone(current);
      change(draft);
      return draft;
    });
  const addArea = () => update((d) => void d.areas.push({ key: uniqueKey("area", keysOf(d)), title: blank(), questions: [newQuestion(uniqueKey("question", keysOf(d)))] }));

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={version ?? ""} />
      <input type="hidden" name="content" value={JSON.stringify(content)} />
      <div key={state.round} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <Field label={t("fieldTitle")} name="title" errors={errors.title}>
          {(p) => <input {...p} defaultValue={(state.values?.title as string | undefined) ?? title} maxLength={200} />}
        </Field>
        <Field label={t("fieldDescription")} name="description" errors={errors.description}>
          {(p) => <textarea {...p} rows={2} defaultValue={(state.values?.description as string | undefined) ?? description} maxLength={2000} />}
        </Field>
      </div>
      <fieldset className="flex flex-wrap items-center gap-3 text-sm">
        <legend className="sr-only">{t("language")}</legend>
        <span className="font-medium" aria-hidden="true">{t("language")}</span>
        {TEXT_LANGUAGES.map((l) => (
          <label key={l} className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600">
            <input type="radio" name="editorLanguage" value={l} checked={lang === l} onChange={() => setLang(l)} />
            {t(`languages.${l}`)}
          </label>
        ))}
        {lang !== "en" ? <span className="text-slate-600">{t("fallbackHint")}</span> : null}
      </fieldset>
      {content.areas.map((area, a) => (
        <AreaEditor key={area.key} index={a} area={area} lang={lang} errors={errors} update={update} removable={content.areas.length > 1} />
      ))}
      {errors.content ? <p className="text-sm text-rose-700">{errors.content.join(" ")}</p> : null}
      <div className="flex flex-wrap gap-2">
        {content.areas.length < MAX_AREAS ? <Button type="button" variant="secondary" onClick={addArea}>{t("addArea")}</Button> : null}
      </div>
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3">
        <p className="mr-auto text-sm text-slate-600">{id ? t("saveHint") : t("createHint")}</p>
        <Button type="submit" disabled={pending}>{pending ? t("saving") : id ? t("saveVersion") : t("create")}</Button>
        <ButtonLink href="/assessments/templates" variant="secondary">{t("cancel")}</ButtonLink>
      </div>
    </form>
  );
}

type Update = (change: (draft: TemplateContent) => void) => void;
type Area = TemplateContent["areas"][number];

function TextInput({ label, path, value, lang, errors, onChange, long = false }: { label: string; path: string; value: LocalizedText; lang: TextLanguage; errors: Errors; onChange: (text: string) => void; long?: boolean }) {
  const t = useTranslations("assessments.templates");
  const fieldErrors = errors[`content.${path}.${lang}`];
  return (
    <Field label={label} name={`${path}.${lang}`} errors={fieldErrors} hint={lang === "en" ? undefined : t("english", { text: value.en || "—" })}>
      {(p) => (long ? <textarea {...p} name={undefined} rows={2} value={value[lang]} onChange={(e) => onChange(e.target.value)} /> : <input {...p} name={undefined} value={value[lang]} onChange={(e) => onChange(e.target.value)} />)}
    </Field>
  );
}

function AreaEditor({ index, area, lang, errors, update, removable }: { index: number; area: Area; lang: TextLanguage; errors: Errors; update: Update; removable: boolean }) {
  const t = useTranslations("assessments.templates");
  const [confirming, setConfirming] = useState(false);
  const base = `areas.${index}`;
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5" data-area={area.key}>
      <legend className="px-1 text-base font-semibold">{t("areaNumber", { number: index + 1 })}</legend>
      <TextInput label={t("areaTitle")} path={`${base}.title`} value={area.title} lang={lang} errors={errors} onChange={(v) => update((d) => void (d.areas[index]!.title[lang] = v))} />
      {area.questions.map((q, i) => (
        <div key={q.key} className="space-y-3 border-t border-slate-100 pt-3" data-question={q.key}>
          <TextInput label={t("questionNumber", { number: i + 1 })} path={`${base}.questions.${i}.text`} value={q.text} lang={lang} errors={errors} long onChange={(v) => update((d) => void (d.areas[index]!.questions[i]!.text[lang] = v))} />
          <div className="grid gap-3 sm:grid-cols-2">
            {q.levels.map((level, l) => (
              <TextInput key={l} label={t("levelText", { level: l })} path={`${base}.questions.${i}.levels.${l}`} value={level} lang={lang} errors={errors} long onChange={(v) => update((d) => void (d.areas[index]!.questions[i]!.levels[l]![lang] = v))} />
            ))}
          </div>
          {area.questions.length > 1 ? (
            <Button type="button" variant="secondary" onClick={() => update((d) => void d.areas[index]!.questions.splice(i, 1))}>{t("removeQuestion", { number: i + 1 })}</Button>
          ) : null}
        </div>
      ))}
      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        {area.questions.length < MAX_QUESTIONS ? (
          <Button type="button" variant="secondary" onClick={() => update((d) => void d.areas[index]!.questions.push(newQuestion(uniqueKey(`${area.key}-q`, keysOf(d)))))}>{t("addQuestion")}</Button>
        ) : null}
        {removable && !confirming ? <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>{t("removeArea")}</Button> : null}
        {confirming ? (
          <span role="group" aria-label={t("removeAreaConfirm")} className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("removeAreaConfirm")}</span>
            <Button type="button" variant="danger" onClick={() => update((d) => void d.areas.splice(index, 1))}>{t("removeAreaYes")}</Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>{t("keep")}</Button>
          </span>
        ) : null}
      </div>
    </fieldset>
  );
}
