import { z } from "zod";
import { QUESTION_KINDS, SINGLE_KINDS, TEMPLATE_IDS, type SurveyQuestion } from "./templates";

export const MAX_QUESTIONS = 15;
export const MAX_PROMPT = 300;
export const MAX_TEXT_ANSWER = 3000;

const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,20}$/),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string().trim().max(MAX_PROMPT, `Keep each question to ${MAX_PROMPT} characters or fewer.`),
});

/** A question set as stored, checked: ids unique, indicator kinds once, custom questions worded. */
export const questionSetSchema = z
  .array(questionSchema)
  .min(1, "Keep at least one question.")
  .max(MAX_QUESTIONS, `Use at most ${MAX_QUESTIONS} questions.`)
  .superRefine((questions, ctx) => {
    const ids = new Set<string>();
    const kinds = new Set<string>();
    for (const q of questions) {
      if (ids.has(q.id)) ctx.addIssue({ code: "custom", message: "Each question needs its own id." });
      if (SINGLE_KINDS.includes(q.kind) && kinds.has(q.kind)) ctx.addIssue({ code: "custom", message: "Ask each standard question at most once." });
      if (q.kind === "TEXT" && !q.prompt) ctx.addIssue({ code: "custom", message: "Write the wording of your own question." });
      ids.add(q.id);
      kinds.add(q.kind);
    }
  });

/** The form's `questions` field: the set as JSON (the form builds it from the template and edits). */
const questionsField = z
  .string()
  .max(20_000)
  .transform((raw, ctx): SurveyQuestion[] => {
    try {
      return JSON.parse(raw) as SurveyQuestion[];
    } catch {
      ctx.addIssue({ code: "custom", message: "Keep at least one question." });
      return z.NEVER;
    }
  })
  .pipe(questionSetSchema);

const monthsField = z.coerce.number("Choose months between 1 and 36.").int("Choose months between 1 and 36.").min(1, "Choose months between 1 and 36.").max(36, "Choose months between 1 and 36.");

/** Scheduling follow-ups of an activity: one survey per number of months. */
export const scheduleSchema = z.object({
  activityId: z.string().min(1).max(40),
  /** Staff may limit a survey to one NSB's people; a focal point's is always their own NSB. */
  nsbId: z.string().max(40).default(""),
  "months[]": z
    .array(monthsField)
    .min(1, "Choose when to ask: at least one number of months.")
    .max(4, "Choose at most 4 follow-ups at a time.")
    .transform((months) => [...new Set(months)].sort((a, b) => a - b)),
  template: z.enum(TEMPLATE_IDS, "Choose a question set."),
  openDays: z.coerce.number("Keep a survey open from 7 to 90 days.").int().min(7, "Keep a survey open from 7 to 90 days.").max(90, "Keep a survey open from 7 to 90 days."),
  questions: questionsField,
});
export type ScheduleInput = z.output<typeof scheduleSchema>;

/** The public answer form: the token, whether it is final, and `a_<questionId>` fields read against the survey's questions. */
export const answerFormSchema = z
  .object({
    token: z.string().min(20).max(100),
    intent: z.enum(["draft", "submit"]).default("submit"),
    version: z.coerce.number().int().min(1),
  })
  .catchall(z.union([z.string(), z.array(z.string())]));

/** Acting on one survey (close it, stop or send reminders, send invitations). */
export const surveyActionSchema = z.object({
  surveyId: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
  delivery: z.enum(["email", "csv"]).default("csv"),
});
