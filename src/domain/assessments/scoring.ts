import { LEVELS, MAX_SCORE, type TemplateContent } from "./template";

/**
 * The arithmetic of self-assessments, pure so it is unit-tested and the pages, the data
 * layer and the computed indicator share it:
 * - a question is scored 0-4 (null: not answered yet);
 * - an area's score is the mean of its answered questions;
 * - a round's overall score is the mean of its areas' scores (each area weighs the same,
 *   whatever its number of questions);
 * - baseline against latest compares areas by key (a template edit keeps keys), the
 *   overall scores each by their own version's areas;
 * - a change across NSBs is the mean of the NSBs' changes.
 * Scores are rounded to two decimals.
 */

export interface Answer {
  questionKey: string;
  score: number | null;
}

export interface AreaScore {
  key: string;
  score: number | null;
  answered: number;
  questions: number;
}

export interface RoundScores {
  overall: number | null;
  areas: AreaScore[];
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function mean(values: readonly number[]): number | null {
  return values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

/** Whether a value is a level of the scale (a whole number from 0 to 4). */
export const isLevel = (value: unknown): value is number => typeof value === "number" && (LEVELS as readonly number[]).includes(value);

/** Each area's score and the overall score of a round's answers to a version's questions. */
export function roundScores(content: TemplateContent, answers: readonly Answer[]): RoundScores {
  const byKey = new Map(answers.map((a) => [a.questionKey, a.score]));
  const areas = content.areas.map((area): AreaScore => {
    const scores = area.questions.map((q) => byKey.get(q.key)).filter(isLevel);
    return { key: area.key, score: mean(scores), answered: scores.length, questions: area.questions.length };
  });
  return { overall: mean(areas.flatMap((a) => (a.score === null ? [] : [a.score]))), areas };
}

/** The questions of a version still without a score (a round is submitted only without any). */
export function unansweredQuestions(content: TemplateContent, answers: readonly Answer[]): string[] {
  const scored = new Set(answers.filter((a) => isLevel(a.score)).map((a) => a.questionKey));
  return content.areas.flatMap((area) => area.questions.filter((q) => !scored.has(q.key)).map((q) => q.key));
}

export const change = (from: number | null, to: number | null) => (from === null || to === null ? null : round2(to - from));

export interface Comparison {
  overall: { baseline: number | null; latest: number | null; change: number | null };
  areas: { key: string; baseline: number | null; latest: number | null; change: number | null }[];
}

/** Baseline against latest, area by area (the latest round's areas first, then areas only the baseline had). */
export function compareRounds(baseline: RoundScores, latest: RoundScores | null): Comparison {
  const before = new Map(baseline.areas.map((a) => [a.key, a.score]));
  const after = new Map((latest?.areas ?? []).map((a) => [a.key, a.score]));
  const keys = [...new Set([...(latest?.areas ?? []).map((a) => a.key), ...baseline.areas.map((a) => a.key)])];
  return {
    overall: { baseline: baseline.overall, latest: latest?.overall ?? null, change: change(baseline.overall, latest?.overall ?? null) },
    areas: keys.map((key) => {
      const b = before.get(key) ?? null;
      const l = after.get(key) ?? null;
      return { key, baseline: b, latest: l, change: change(b, l) };
    }),
  };
}

/** The mean of the changes that exist (NSBs with a baseline and a later round), or null. */
export const averageChange = (changes: readonly (number | null)[]) => mean(changes.filter((c): c is number => c !== null));

/** A score or change on the 0-4 scale as percentage points of the maximum (4 → 100). */
export const asPercentOfMax = (points: number | null) => (points === null ? null : round2((points * 100) / MAX_SCORE));
