import { z } from "zod";
import { AssessmentKind } from "@/generated/prisma/enums";
import { dateField, idField, optionalId, optionalText, text, toDay } from "@/lib/form-fields";
import { isLevel } from "./scoring";
import { templateContentSchema } from "./template";

/**
 * The self-assessment forms' schemas, shared by the client forms, their actions and the
 * data layer (which checks again what depends on the rows: the NSB, the programme, the
 * template version's questions).
 */

export const MAX_NOTES = 2000;
export const MAX_COMMENT = 2000;

const version = z.coerce.number().int().min(1);

/** Opening a round: which NSB (a focal point: their own), for which programme, baseline or follow-up, as of which day. */
export const openRoundSchema = z.object({
  organizationId: optionalId,
  programmeId: idField("Choose the programme this self-assessment is for."),
  kind: z.enum(AssessmentKind, { error: "Choose baseline or follow-up." }),
  assessedOn: dateField("Enter the day the answers describe.").transform(toDay),
  templateId: optionalId,
});
export type OpenRoundInput = z.output<typeof openRoundSchema>;

/** A question's score as posted by its radio group: "" or missing is "not answered yet". */
const scoreField = z.preprocess(
  (v) => (v === "" || v == null ? null : typeof v === "string" ? Number(v) : v),
  z.number().nullable().refine((v) => v === null || isLevel(v), "Choose a level from 0 to 4."),
);

/** Form fields `score:<question key>` and `notes:<question key>`. */
export const SCORE_PREFIX = "score:";
export const NOTES_PREFIX = "notes:";

export interface AnswerInput {
  questionKey: string;
  score: number | null;
  notes: string;
}

/** The answers a form posted, one per question key found in its fields. */
function answersFrom(values: Record<string, unknown>, ctx: z.RefinementCtx): AnswerInput[] {
  const keys = new Set<string>();
  for (const name of Object.keys(values)) {
    if (name.startsWith(SCORE_PREFIX)) keys.add(name.slice(SCORE_PREFIX.length));
    if (name.startsWith(NOTES_PREFIX)) keys.add(name.slice(NOTES_PREFIX.length));
  }
  return [...keys].slice(0, 200).map((questionKey) => {
    const score = scoreField.safeParse(values[`${SCORE_PREFIX}${questionKey}`]);
    if (!score.success) ctx.addIssue({ code: "custom", path: [`${SCORE_PREFIX}${questionKey}`], message: "Choose a level from 0 to 4." });
    const notes = optionalText(MAX_NOTES).safeParse(values[`${NOTES_PREFIX}${questionKey}`]);
    if (!notes.success) ctx.addIssue({ code: "custom", path: [`${NOTES_PREFIX}${questionKey}`], message: `Keep the notes to ${MAX_NOTES.toLocaleString("en-GB")} characters or fewer.` });
    return { questionKey, score: score.success ? score.data : null, notes: notes.success ? notes.data : "" };
  });
}

/** Saving a round's answers (a draft), or saving and submitting them. */
export const answersSchema = z
  .looseObject({ id: idField("Missing self-assessment."), version, intent: z.enum(["save", "submit"]).default("save") })
  .transform((values, ctx) => ({ id: values.id, version: values.version, submit: values.intent === "submit", answers: answersFrom(values, ctx) }));
export type AnswersInput = z.output<typeof answersSchema>;

/** Staff review: validate, or return to the NSB with a (required) comment. */
export const reviewRoundSchema = z
  .object({
    id: idField("Missing self-assessment."),
    version,
    decision: z.enum(["validate", "return"], { error: "Choose validate or return." }),
    comment: optionalText(MAX_COMMENT),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what the NSB should change: the comment is required to return a self-assessment." });
    }
  });

/** A questionnaire: its title and description, and its content as the editor posts it (JSON). */
export const templateSchema = z.object({
  id: optionalId,
  version: z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().min(1).nullable()),
  title: text(200, "Give the questionnaire a title."),
  description: optionalText(2000),
  content: z
    .string({ error: "The questionnaire's areas are missing." })
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The questionnaire's areas are missing." });
        return z.NEVER;
      }
    })
    .pipe(templateContentSchema),
});
export type TemplateInput = z.output<typeof templateSchema>;
