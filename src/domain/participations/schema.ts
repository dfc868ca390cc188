import { z } from "zod";
import { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { nativeToEdited } from "./grid-form";

const score = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number(message).int(message).min(min, message).max(max, message).nullable());

const rowSchema = z.object({
  version: z.coerce.number().int().min(1),
  role: z.enum(ParticipationRole, "Choose a role."),
  attendance: z.enum(Attendance, "Choose the attendance."),
  completed: z.literal("on").optional().transform(Boolean),
  preTestScore: score(0, 100, "A score from 0 to 100."),
  postTestScore: score(0, 100, "A score from 0 to 100."),
  satisfaction: score(1, 5, "A rating from 1 to 5."),
  feedback: z.string().trim().max(5000, "Use at most 5000 characters.").default(""),
  testimonial: z.string().trim().max(2000, "Use at most 2000 characters.").default(""),
  consentToQuote: z.literal("on").optional().transform(Boolean),
});

/**
 * The attendance grid: one set of fields per participation, named `<field>.<participationId>`,
 * and `row[]` listing the participations sent (the grid sends the rows with unsaved changes).
 * The grid submitted by the browser itself (every row, see grid-form.ts) is first reduced to
 * the same form, with its edited rows only. Errors come back keyed the same way.
 */
export const attendanceGridSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((posted, ctx) => {
    const form = nativeToEdited(posted);
    const ids = ([] as string[]).concat(form["row[]"] ?? []).slice(0, 5000);
    const rows = [];
    for (const id of ids) {
      const raw = Object.fromEntries(Object.keys(rowSchema.shape).map((field) => [field, form[`${field}.${id}`] ?? (field === "completed" || field === "consentToQuote" ? undefined : "")]));
      const parsed = rowSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [`${String(issue.path[0])}.${id}`] });
        continue;
      }
      rows.push({ participationId: id, ...parsed.data });
    }
    return { activityId: String(form.activityId ?? ""), rows };
  });

/** Removing a participant (its own form, outside the grid) and undoing that removal. */
export const removeSchema = z.object({
  activityId: z.string().min(1).max(40),
  participationId: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
});

export const restoreSchema = z.object({
  activityId: z.string().min(1).max(40),
  participationId: z.string().min(1).max(40),
});

export const registerSchema = z.object({
  activityId: z.string().min(1).max(40),
  "participantIds[]": z.array(z.string().max(40)).min(1, "Choose at least one participant.").max(500),
});

export const feedbackLinkSchema = z.object({
  activityId: z.string().min(1).max(40),
  closesAt: z.iso.date("Choose the closing date."),
  delivery: z.enum(["email", "csv"]).default("csv"),
});
