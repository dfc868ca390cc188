import { MAX_TEXT_ANSWER } from "./schema";
import { APPLIED_CHOICES, REQUIRED_KINDS, TEXT_KINDS, type AppliedChoice, type SurveyQuestion } from "./templates";

/** A survey's answers as stored: question id → a choice, a rating, or text. */
export type SurveyAnswers = Record<string, string | number | boolean>;

/** Days between two reminders of one survey (at most one a week). */
export const REMINDER_INTERVAL_DAYS = 7;
const DAY = 86_400_000;

/** The day `months` months after `day` (a UTC midnight), the last day of a shorter month if need be. */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

/** When a follow-up opens and closes: `months` after the activity's end, open `openDays` days from then (or from today, when that is past). */
export function surveyWindow(activityEnd: Date, months: number, openDays: number, now = new Date()) {
  const opensAt = addMonths(activityEnd, months);
  const from = opensAt.getTime() > now.getTime() ? opensAt.getTime() : now.getTime();
  return { opensAt, closesAt: new Date(from + openDays * DAY) };
}

/** Whether a reminder may go now, or when the next one may (null: now). */
export function nextReminderAt(lastReminderAt: Date | null, now = new Date()): Date | null {
  if (!lastReminderAt) return null;
  const next = new Date(lastReminderAt.getTime() + REMINDER_INTERVAL_DAYS * DAY);
  return next.getTime() > now.getTime() ? next : null;
}

export type FieldErrors = Record<string, string[]>;

function readOne(q: SurveyQuestion, raw: string): { value?: string | number | boolean; error?: string } {
  if (raw === "") return {};
  switch (q.kind) {
    case "APPLIED":
      return (APPLIED_CHOICES as readonly string[]).includes(raw) ? { value: raw } : { error: "Choose one of the answers." };
    case "COMMITTEE":
      return raw === "yes" || raw === "no" ? { value: raw === "yes" } : { error: "Choose one of the answers." };
    case "USEFULNESS": {
      const n = Number(raw);
      return Number.isInteger(n) && n >= 1 && n <= 5 ? { value: n } : { error: "Choose a rating from 1 to 5." };
    }
    default:
      return raw.length > MAX_TEXT_ANSWER ? { error: `Use at most ${MAX_TEXT_ANSWER} characters.` } : { value: raw };
  }
}

/**
 * Reads the form's `a_<id>` fields against the survey's questions: unknown fields are
 * dropped, each answer checked for its kind; a final answer (not a draft) must give every
 * choice the indicators count. Errors are keyed `a_<id>` like the fields.
 */
export function readAnswers(questions: readonly SurveyQuestion[], form: Record<string, string | string[]>, final: boolean): { answers: SurveyAnswers; errors: FieldErrors } {
  const answers: SurveyAnswers = {};
  const errors: FieldErrors = {};
  for (const q of questions) {
    const field = `a_${q.id}`;
    const rawValue = form[field];
    const raw = (Array.isArray(rawValue) ? (rawValue[0] ?? "") : (rawValue ?? "")).trim();
    const { value, error } = readOne(q, raw);
    if (error) errors[field] = [error];
    else if (value !== undefined) answers[q.id] = value;
    else if (final && REQUIRED_KINDS.includes(q.kind)) errors[field] = ["Answer this question."];
  }
  return { answers, errors };
}

/** A standard's reference as counted: upper case, single spaces, "ISO9001" → "ISO 9001", the year left out. */
export function normalizeStandard(reference: string): string {
  return reference
    .toUpperCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^([A-Z][A-Z/ ]*?)\s*(\d)/, (_, body: string, digit: string) => `${body.replace(/\s*\/\s*/g, "/").trim()} ${digit}`)
    .replace(/\s*:\s*(19|20)\d\d$/, "")
    .replace(/[.;,]+$/, "");
}

/** The references in a STANDARDS answer (one per line, or separated by commas or semicolons), normalised, each once. */
export function standardsIn(answer: string): string[] {
  const refs = answer.split(/[\n,;]+/).map(normalizeStandard).filter((r) => r.length >= 3 && /\d/.test(r));
  return [...new Set(refs)];
}

/** What the indicators read from one submitted answer. */
export interface AnswerFacts {
  applied: AppliedChoice | null;
  standards: string[];
  committee: boolean | null;
}

export function answerFacts(questions: readonly SurveyQuestion[], answers: SurveyAnswers): AnswerFacts {
  const of = (kind: SurveyQuestion["kind"]) => {
    const q = questions.find((x) => x.kind === kind);
    return q ? answers[q.id] : undefined;
  };
  const applied = of("APPLIED");
  const standards = of("STANDARDS");
  const committee = of("COMMITTEE");
  return {
    applied: typeof applied === "string" && (APPLIED_CHOICES as readonly string[]).includes(applied) ? (applied as AppliedChoice) : null,
    standards: typeof standards === "string" ? standardsIn(standards) : [],
    committee: typeof committee === "boolean" ? committee : null,
  };
}

/** Whether a question is answered in free text (never shown to donors). */
export const isTextQuestion = (q: SurveyQuestion) => TEXT_KINDS.includes(q.kind);
