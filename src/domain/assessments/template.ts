import { z } from "zod";

/**
 * The content of a self-assessment questionnaire version: areas, each with questions, each
 * question with five written levels (0 to 4). Texts have an English original and optional
 * French and Spanish versions (empty: the English shows). Keys are stable across versions,
 * so rounds answered with different versions compare area by area.
 */

export const LEVELS = [0, 1, 2, 3, 4] as const;
export const MAX_SCORE = 4;
export const MAX_AREAS = 12;
export const MAX_QUESTIONS = 8;
export const TEXT_LANGUAGES = ["en", "fr", "es"] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
const KEY_PROBLEM = "Use 1 to 40 lower-case letters, digits or hyphens.";

const localizedText = (max: number, required: string) =>
  z.object({
    en: z.string({ error: required }).trim().min(1, required).max(max, `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.`),
    fr: z.string().trim().max(max, `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.`).default(""),
    es: z.string().trim().max(max, `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.`).default(""),
  });

export type LocalizedText = { en: string; fr: string; es: string };

const questionSchema = z.object({
  key: z.string().trim().regex(KEY_PATTERN, KEY_PROBLEM),
  text: localizedText(500, "Write the question."),
  levels: z.array(localizedText(600, "Describe this level.")).length(LEVELS.length, "Describe each level from 0 to 4."),
});

const areaSchema = z.object({
  key: z.string().trim().regex(KEY_PATTERN, KEY_PROBLEM),
  title: localizedText(200, "Name the area."),
  questions: z.array(questionSchema).min(1, "Each area needs at least one question.").max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions per area.`),
});

export const templateContentSchema = z
  .object({ areas: z.array(areaSchema).min(1, "Add at least one area.").max(MAX_AREAS, `At most ${MAX_AREAS} areas.`) })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.areas.forEach((area, a) => {
      const keys: [string, (string | number)[]][] = [[`area:${area.key}`, ["areas", a, "key"]]];
      area.questions.forEach((q, i) => keys.push([`question:${q.key}`, ["areas", a, "questions", i, "key"]]));
      for (const [key, path] of keys) {
        if (seen.has(key)) ctx.addIssue({ code: "custom", path, message: "Each area and each question needs a key of its own." });
        seen.add(key);
      }
    });
  });

export type TemplateContent = z.output<typeof templateContentSchema>;
export type TemplateArea = TemplateContent["areas"][number];
export type TemplateQuestion = TemplateArea["questions"][number];

/** A text in the reader's language when it has one, else the English original. */
export function inLanguage(text: LocalizedText, language: string): string {
  const own = (TEXT_LANGUAGES as readonly string[]).includes(language) ? text[language as TextLanguage] : "";
  return own?.trim() ? own : text.en;
}

/** Every question of a version, in order, with its area's key. */
export function questionsOf(content: TemplateContent): { areaKey: string; question: TemplateQuestion }[] {
  return content.areas.flatMap((area) => area.questions.map((question) => ({ areaKey: area.key, question })));
}

/** A key made from a title: "Stakeholder engagement" → "stakeholder-engagement" (empty: "item"). */
export function keyFrom(title: string): string {
  const key = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return key || "item";
}

/** A key not yet in `taken`: the base, else base-2, base-3… */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base.slice(0, 36)}-${n}`;
    if (!taken.has(key)) return key;
  }
}

/** Reads stored content (JSON from the database); throws on content that breaks the schema. */
export const parseTemplateContent = (value: unknown): TemplateContent => templateContentSchema.parse(value);
