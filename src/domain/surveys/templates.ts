/*
 * Follow-up survey questions. A survey keeps its own copy of the question set (chosen from
 * a template, then edited when scheduled). Each question has a kind: three kinds feed the
 * computed indicators (APPLIED, STANDARDS, COMMITTEE) whatever their wording; the others
 * are read by people. An empty prompt shows the standard wording in the reader's language
 * (messages/<locale>/surveys.json, `question.<KIND>`); a typed one shows as typed.
 */

export const QUESTION_KINDS = ["APPLIED", "STANDARDS", "COMMITTEE", "CHANGES", "OBSTACLES", "USEFULNESS", "COMMENTS", "TEXT"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Answers of an APPLIED question. */
export const APPLIED_CHOICES = ["YES", "PARTLY", "NO"] as const;
export type AppliedChoice = (typeof APPLIED_CHOICES)[number];

export interface SurveyQuestion {
  /** Unique within the set: the answer's key. */
  id: string;
  kind: QuestionKind;
  /** "" for the standard wording in the reader's language. */
  prompt: string;
}

/** Kinds answered by free text. */
export const TEXT_KINDS: readonly QuestionKind[] = ["STANDARDS", "CHANGES", "OBSTACLES", "COMMENTS", "TEXT"];
/** Kinds a submitted answer must give (the choices the indicators count). */
export const REQUIRED_KINDS: readonly QuestionKind[] = ["APPLIED", "COMMITTEE", "USEFULNESS"];
/** Kinds a set holds at most once (the indicators read one answer of each). */
export const SINGLE_KINDS: readonly QuestionKind[] = ["APPLIED", "STANDARDS", "COMMITTEE", "CHANGES", "OBSTACLES", "USEFULNESS", "COMMENTS"];

export const TEMPLATE_IDS = ["standard", "short", "committee"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const set = (...kinds: QuestionKind[]): SurveyQuestion[] => kinds.map((kind) => ({ id: kind.toLowerCase(), kind, prompt: "" }));

export const TEMPLATES: Readonly<Record<TemplateId, readonly SurveyQuestion[]>> = {
  // Every question of the Action Plan's effectiveness questions.
  standard: set("APPLIED", "STANDARDS", "COMMITTEE", "CHANGES", "OBSTACLES", "USEFULNESS", "COMMENTS"),
  // Only what the indicators count, and the rating: for a short mobile survey.
  short: set("APPLIED", "STANDARDS", "COMMITTEE", "USEFULNESS"),
  // After a sponsorship or a workshop before a committee meeting.
  committee: set("COMMITTEE", "STANDARDS", "OBSTACLES", "USEFULNESS", "COMMENTS"),
};

/** A fresh copy of a template's questions. */
export const templateQuestions = (template: TemplateId): SurveyQuestion[] => TEMPLATES[template].map((q) => ({ ...q }));

/** Months after the activity's end offered by default. */
export const DEFAULT_MONTHS = [3, 6] as const;
/** Follow-ups at least this many months after the activity count for "applied after 6 months". */
export const APPLIED_MIN_MONTHS = 6;
