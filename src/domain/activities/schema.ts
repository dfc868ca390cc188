/**
 * The activity form's schema, shared by the client form (checks before sending), its
 * server actions and the data layer (src/server/activities/mutations.ts validates with
 * `activitySchema` again, so every caller meets the same rules).
 */
import { z } from "zod";
import { ActivityLevel, ActivityStatus, ActivityType, Modality } from "@/generated/prisma/enums";
import { currencyField, dateField, idField, idList, optionalId, optionalMoney, optionalText, text } from "@/lib/form-fields";
import { translationFields } from "@/lib/translations";
import { LOCALES } from "@/i18n/locales";

export const ACTIVITY_LIMITS = { title: 200, description: 5000, venueCity: 100, topic: 40, topics: 20, nsbs: 200 } as const;

/** What a caller passes to createActivity / updateActivity (strings as a form posts them, or typed values). */
export interface ActivityInput {
  programmeId: string;
  resultAreaId?: string | null;
  title: string;
  description?: string;
  /** French and Spanish versions ("" or missing: none). */
  titleFr?: string;
  titleEs?: string;
  descriptionFr?: string;
  descriptionEs?: string;
  /** The language the activity is held in: its feedback form opens in it. Default en. */
  language?: string;
  type: ActivityType;
  level: ActivityLevel;
  modality: Modality;
  status: ActivityStatus;
  /** yyyy-mm-dd */
  startDate: string;
  /** yyyy-mm-dd, on or after startDate */
  endDate: string;
  venueCity?: string;
  /** ISO 3166-1 alpha-2 */
  venueCountryCode?: string | null;
  /** Comma-separated ("CET, NSS") or a list. */
  topics?: string | string[];
  budgetAmount?: number | string | null;
  actualCost?: number | string | null;
  currency: string;
  targetNsbIds?: string[];
}

/** Splits "CET, NSS, cet" into ["CET", "NSS"]: trimmed, inner spaces collapsed, duplicates (any case) dropped. */
export function parseTopics(value: unknown): string[] {
  const parts = value == null ? [] : Array.isArray(value) ? value.flatMap((v) => String(v).split(",")) : String(value).split(",");
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const part of parts) {
    const topic = part.trim().replace(/\s+/g, " ");
    if (!topic || seen.has(topic.toLowerCase())) continue;
    seen.add(topic.toLowerCase());
    topics.push(topic);
  }
  return topics;
}

const topicsField = z.preprocess(
  parseTopics,
  z.array(z.string()).superRefine((topics, ctx) => {
    if (topics.some((t) => t.length > ACTIVITY_LIMITS.topic)) {
      ctx.addIssue({ code: "custom", message: `Keep each topic to ${ACTIVITY_LIMITS.topic} characters or fewer.` });
    }
    if (topics.length > ACTIVITY_LIMITS.topics) ctx.addIssue({ code: "custom", message: `Use at most ${ACTIVITY_LIMITS.topics} topics.` });
  }),
);

const activityFields = {
  programmeId: idField("Choose a programme."),
  resultAreaId: optionalId,
  title: text(ACTIVITY_LIMITS.title, "Enter a title."),
  description: optionalText(ACTIVITY_LIMITS.description),
  ...translationFields({ title: ACTIVITY_LIMITS.title, description: ACTIVITY_LIMITS.description }),
  language: z.preprocess((v) => (v === "" || v == null ? "en" : v), z.enum(LOCALES, { error: "Choose a language from the list." })),
  type: z.enum(ActivityType, { error: "Choose a type from the list." }),
  level: z.enum(ActivityLevel, { error: "Choose a level from the list." }),
  modality: z.enum(Modality, { error: "Choose a modality from the list." }),
  status: z.enum(ActivityStatus, { error: "Choose a status from the list." }),
  startDate: dateField("Enter a start date."),
  endDate: dateField("Enter an end date."),
  venueCity: optionalText(ACTIVITY_LIMITS.venueCity),
  venueCountryCode: z.preprocess(
    (v) => (v === "" || v == null ? null : v),
    z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a country from the list.").nullable(),
  ),
  topics: topicsField,
  budgetAmount: optionalMoney,
  actualCost: optionalMoney,
  currency: currencyField,
  targetNsbIds: idList(ACTIVITY_LIMITS.nsbs, "Too many NSBs selected."),
};

function withRules<T extends z.ZodType<{ startDate: string; endDate: string }>>(schema: T) {
  return schema.refine((v) => v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "The end date cannot be before the start date.",
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "startDate" || i.path?.[0] === "endDate"),
  });
}

/** The activity's fields as the data layer validates them. */
export const activitySchema = withRules(z.object(activityFields));
export type ActivityData = z.output<typeof activitySchema>;

/** The activity form (new and edit): what the browser posts. */
export const activityFormSchema = withRules(
  z.object({
    ...activityFields,
    /** Set when editing. */
    id: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
    /** The version the form read (editing only). */
    version: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(1).optional()),
  }),
);

/** Cancel and duplicate buttons. */
export const activityCommandSchema = z.object({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
});
