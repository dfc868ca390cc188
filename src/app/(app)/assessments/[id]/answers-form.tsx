"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormMessage } from "@/components/forms/form-message";
import { useActionRound } from "@/lib/use-action-round";
import { NOTES_PREFIX, SCORE_PREFIX, MAX_NOTES } from "@/domain/assessments/schema";
import { saveAnswersAction } from "../actions";

export interface FormArea {
  key: string;
  title: string;
  questions: { key: string; text: string; levels: string[] }[];
}

type Values = Record<string, string>;

/** The form's score and notes fields as they are now. */
function readForm(form: HTMLFormElement): Values {
  const out: Values = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && (name.startsWith(SCORE_PREFIX) || name.startsWith(NOTES_PREFIX))) out[name] = value;
  return out;
}

/** The answers a stored copy holds for the round at `version`, or null (another version, unreadable). */
function parseKept(raw: string | null, version: number): Values | null {
  try {
    const stored = JSON.parse(raw ?? "null") as { version: number; values: Values } | null;
    return stored?.version === version ? stored.values : null;
  } catch {
    return null;
  }
}

/** Storage as the page found it (read once per round version, in the browser only: the server has none). */
const firstReads = new Map<string, string | null>();
const noSubscription = () => () => {};

/**
 * Answers kept in this browser until they are saved (slow or dropped links): per user and
 * round, with the round's version, offered back only while the round is at that version.
 */
function useKeptAnswers(storageKey: string, version: number) {
  const readKey = `${storageKey}@${version}`;
  const raw = useSyncExternalStore(
    noSubscription,
    () => {
      if (!firstReads.has(readKey)) firstReads.set(readKey, localStorage.getItem(storageKey));
      return firstReads.get(readKey) ?? null;
    },
    () => null,
  );
  const [dismissed, setDismissed] = useState(false);
  const kept = dismissed ? null : parseKept(raw, version);
  useEffect(() => {
    // A copy for another version was saved or overtaken: it goes.
    if (raw !== null && parseKept(raw, version) === null) localStorage.removeItem(storageKey);
    return () => void firstReads.delete(readKey);
  }, [raw, version, storageKey, readKey]);
  const keep = (values: Values) => localStorage.setItem(storageKey, JSON.stringify({ version, values }));
  const forget = () => {
    localStorage.removeItem(storageKey);
    setDismissed(true);
  };
  return { kept, keep, forget };
}

/**
 * A round's answers: per question a radio group of the five written levels (arrow keys move
 * between them) and evidence notes; "Save draft" and "Submit" in a bar that stays in view.
 * What was typed is kept after an error (the action sends it back) and in this browser until
 * it is saved.
 */
export function AnswersForm({ id, version, areas, initial, userId, canSubmit }: { id: string; version: number; areas: FormArea[]; initial: Values; userId: string; canSubmit: boolean }) {
  const t = useTranslations("assessments");
  const [state, action, pending] = useActionRound(saveAnswersAction);
  const { kept, keep, forget } = useKeptAnswers(`assessment-answers:${userId}:${id}`, version);
  const [restored, setRestored] = useState<Values | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const values = (state.values as Values | undefined) ?? restored ?? initial;
  const total = areas.reduce((n, a) => n + a.questions.length, 0);
  const countAnswered = (v: Values) => areas.reduce((n, a) => n + a.questions.filter((q) => (v[`${SCORE_PREFIX}${q.key}`] ?? "") !== "").length, 0);
  const [answered, setAnswered] = useState(() => countAnswered(values));
  const errors = state.fieldErrors ?? {};
  const onInput = () => {
    if (!form.current) return;
    const now = readForm(form.current);
    setAnswered(countAnswered(now));
    keep(now);
  };
  const restore = () => {
    setRestored(kept);
    setAnswered(countAnswered(kept ?? {}));
    forget();
  };

  return (
    <form ref={form} action={action} onInput={onInput} className="space-y-6" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {kept && !restored ? (
        <Alert tone="warning" testId="kept-answers">
          <p>{t("keptAnswers")}</p>
          <p className="mt-2 flex flex-wrap gap-2">
            <Button type="button" onClick={restore}>{t("restore")}</Button>
            <Button type="button" variant="secondary" onClick={forget}>{t("discard")}</Button>
          </p>
        </Alert>
      ) : null}
      <FormMessage state={state} />
      <div key={`${state.round}-${restored ? "restored" : "stored"}`} className="space-y-6">
        {areas.map((area, a) => (
          <fieldset key={area.key} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
            <legend className="px-1 text-base font-semibold text-slate-900">{t("areaHeading", { number: a + 1, title: area.title })}</legend>
            {area.questions.map((q) => (
              <QuestionFields key={q.key} question={q} values={values} errors={errors} />
            ))}
          </fieldset>
        ))}
      </div>
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <p className="mr-auto text-sm text-slate-700" aria-live="polite" data-testid="answered-count">{t("answeredCount", { answered, total })}</p>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>{pending ? t("saving") : t("saveDraft")}</Button>
        {canSubmit ? <Button type="submit" name="intent" value="submit" disabled={pending}>{t("submit")}</Button> : null}
      </div>
    </form>
  );
}

function QuestionFields({ question, values, errors }: { question: FormArea["questions"][number]; values: Values; errors: Record<string, string[]> }) {
  const t = useTranslations("assessments");
  const scoreName = `${SCORE_PREFIX}${question.key}`;
  const notesName = `${NOTES_PREFIX}${question.key}`;
  const chosen = values[scoreName] ?? "";
  const scoreError = errors[scoreName];
  return (
    <div className="mt-3 space-y-3" data-question={question.key}>
      <fieldset aria-describedby={scoreError ? `${scoreName}-error` : undefined} aria-invalid={scoreError ? true : undefined}>
        <legend className="text-sm font-medium text-slate-900">{question.text}</legend>
        {scoreError ? <p id={`${scoreName}-error`} className="mt-1 text-sm text-rose-700">{scoreError.join(" ")}</p> : null}
        <div className="mt-2 space-y-2">
          {question.levels.map((text, level) => (
            <label key={level} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name={scoreName} value={String(level)} defaultChecked={chosen === String(level)} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
              <span>
                <span className="font-semibold">{t("level", { level })}</span> <span className="text-slate-800">{text}</span>
              </span>
            </label>
          ))}
          <label className="flex cursor-pointer items-center gap-3 px-3 text-sm text-slate-600">
            <input type="radio" name={scoreName} value="" defaultChecked={chosen === ""} className="h-4 w-4 shrink-0" />
            {t("notAnswered")}
          </label>
        </div>
      </fieldset>
      <label className="block text-sm">
        <span className="font-medium text-slate-800">{t("notes")}</span>
        <span className="block text-xs text-slate-500">{t("notesHint")}</span>
        <textarea name={notesName} rows={2} maxLength={MAX_NOTES} defaultValue={values[notesName] ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </label>
    </div>
  );
}
