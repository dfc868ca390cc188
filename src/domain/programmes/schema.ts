/**
 * The programme form's schema, shared by the client form (checks before sending), its
 * server actions and the data layer (src/server/programmes/mutations.ts validates with
 * `programmeSchema` again, so every caller meets the same rules).
 */
import { z } from "zod";
import { ProgrammeStatus } from "@/generated/prisma/enums";
import { translationFields } from "@/lib/translations";
import { currencyField, dateField, idField, idList, optionalMoney, optionalText, requiredMoney, text } from "@/lib/form-fields";

export const PROGRAMME_LIMITS = { code: 40, title: 200, summary: 5000, objectives: 5000, region: 100, fundings: 20, nsbs: 200, resultAreas: 100 } as const;

/** What a caller passes to createProgramme / updateProgramme (strings as a form posts them, or typed values). */
export interface ProgrammeInput {
  code: string;
  title: string;
  summary?: string;
  objectives?: string;
  /** French and Spanish versions ("" or missing: none). */
  titleFr?: string;
  titleEs?: string;
  summaryFr?: string;
  summaryEs?: string;
  objectivesFr?: string;
  objectivesEs?: string;
  region?: string;
  /** yyyy-mm-dd */
  startDate: string;
  /** yyyy-mm-dd, after startDate */
  endDate: string;
  status: ProgrammeStatus;
  budgetAmount?: number | string | null;
  budgetCurrency: string;
  nsbIds?: string[];
  fundings?: { donorId: string; amount: number | string; currency: string }[];
  resultAreaIds?: string[];
}

const fundingSchema = z.object({
  donorId: idField("Choose a donor."),
  amount: requiredMoney,
  currency: currencyField,
});

const programmeFields = {
  code: z
    .string({ error: "Enter a code." })
    .trim()
    .toUpperCase()
    .min(1, "Enter a code.")
    .max(PROGRAMME_LIMITS.code, `Keep the code to ${PROGRAMME_LIMITS.code} characters or fewer.`)
    .regex(/^(?:[A-Z0-9]+(?:-[A-Z0-9]+)*)?$/, "Use upper-case letters, digits and single hyphens, for example CET-SEA-2."),
  title: text(PROGRAMME_LIMITS.title, "Enter a title."),
  summary: optionalText(PROGRAMME_LIMITS.summary),
  objectives: optionalText(PROGRAMME_LIMITS.objectives),
  ...translationFields({ title: PROGRAMME_LIMITS.title, summary: PROGRAMME_LIMITS.summary, objectives: PROGRAMME_LIMITS.objectives }),
  region: optionalText(PROGRAMME_LIMITS.region),
  startDate: dateField("Enter a start date."),
  endDate: dateField("Enter an end date."),
  status: z.enum(ProgrammeStatus, { error: "Choose a status from the list." }),
  budgetAmount: optionalMoney,
  budgetCurrency: currencyField,
  nsbIds: idList(PROGRAMME_LIMITS.nsbs, "Too many NSBs selected."),
  fundings: z.preprocess((v) => v ?? [], z.array(fundingSchema).max(PROGRAMME_LIMITS.fundings, `List at most ${PROGRAMME_LIMITS.fundings} fundings.`)),
  resultAreaIds: idList(PROGRAMME_LIMITS.resultAreas, "Too many results selected."),
};

type Fields = { startDate: string; endDate: string; fundings: { donorId: string }[] };

/** Cross-field rules: the end after the start; each donor once. */
function withRules<T extends z.ZodType<Fields>>(schema: T) {
  return schema
    .refine((v) => v.endDate > v.startDate, {
      path: ["endDate"],
      message: "The end date must be after the start date.",
      when: (payload) => !payload.issues.some((i) => i.path?.[0] === "startDate" || i.path?.[0] === "endDate"),
    })
    .superRefine((v, ctx) => {
      const seen = new Set<string>();
      v.fundings.forEach((f, index) => {
        if (seen.has(f.donorId)) ctx.addIssue({ code: "custom", path: ["fundings", index, "donorId"], message: "This donor is listed twice; combine the amounts in one row." });
        seen.add(f.donorId);
      });
    });
}

/** The programme's fields as the data layer validates them. */
export const programmeSchema = withRules(z.object(programmeFields));
export type ProgrammeData = z.output<typeof programmeSchema>;

/** Funding rows post as three parallel lists (one entry per row), zipped here into `fundings`. */
export const FUNDING_FIELDS = { donorId: "fundingDonorId[]", amount: "fundingAmount[]", currency: "fundingCurrency[]" } as const;

function fromForm(values: unknown): unknown {
  if (!values || typeof values !== "object") return values;
  const v = values as Record<string, unknown>;
  const list = (key: string): string[] => {
    const value = v[key];
    return Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];
  };
  const donors = list(FUNDING_FIELDS.donorId);
  const amounts = list(FUNDING_FIELDS.amount);
  const currencies = list(FUNDING_FIELDS.currency);
  const rows = Math.max(donors.length, amounts.length, currencies.length);
  return {
    ...v,
    fundings: Array.from({ length: rows }, (_, i) => ({ donorId: donors[i] ?? "", amount: amounts[i] ?? "", currency: currencies[i] ?? "" })),
  };
}

const formOnly = {
  /** Set when editing. */
  id: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  /** The version the form read (editing only). */
  version: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(1).optional()),
};

/** The programme form (new and edit): what the browser posts. */
export const programmeFormSchema = z.preprocess(fromForm, withRules(z.object({ ...programmeFields, ...formOnly })));

/** Close, reopen, archive and restore buttons: the programme and the version the page read. */
export const programmeStateSchema = z.object({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
  change: z.enum(["close", "reopen", "archive", "restore"]),
});
