/**
 * The evidence registers' schemas (national adoptions, committee roles), shared by the
 * client forms, their server actions and the data layer (src/server/evidence/*), which
 * validates with them again, CSV import rows included, so every caller meets the same rules.
 */
import { z } from "zod";
import { AdoptionDegree, CommitteeMembership, Leadership } from "@/generated/prisma/enums";
import { idField, isRealDay, optionalId, text } from "@/lib/form-fields";
import {
  committeeProblem,
  EARLIEST_DAY,
  LATEST_DAY,
  normalizeCommittee,
  normalizeDay,
  normalizeStandardReference,
  standardReferenceProblem,
  standardYear,
  todayIso,
} from "@/domain/evidence/rules";

export const EVIDENCE_LIMITS = { standardReference: 100, nationalReference: 100, committee: 100 } as const;
/** Largest CSV the import page sends (a server action carries at most 1 MB). */
export const MAX_IMPORT_CHARS = 900_000;
export const MAX_IMPORT_ROWS = 5_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as "yyyy-mm-dd" (other common spellings accepted), from 1947 (ISO's founding) to 2100. */
function day(required: string) {
  return z
    .string({ error: required })
    .trim()
    .overwrite(normalizeDay)
    .min(1, required)
    .refine((s) => s === "" || ISO_DATE.test(s), "Enter a date as YYYY-MM-DD.")
    .refine((s) => !ISO_DATE.test(s) || isRealDay(s), "This date does not exist.")
    .refine((s) => !isRealDay(s) || (s >= EARLIEST_DAY && s <= LATEST_DAY), "Enter a date between 1947 and 2100.");
}

/** An optional day: "" or missing is null. */
const optionalDay = z.preprocess((v) => (v == null || (typeof v === "string" && v.trim() === "") ? null : v), day("Enter a date.").nullable());

const standardReference = z
  .string({ error: "Enter the ISO standard, for example ISO/IEC 27001:2022." })
  .overwrite(normalizeStandardReference)
  .min(1, "Enter the ISO standard, for example ISO/IEC 27001:2022.")
  .max(EVIDENCE_LIMITS.standardReference, `Keep the reference to ${EVIDENCE_LIMITS.standardReference} characters or fewer.`)
  .superRefine((s, ctx) => {
    if (s === "" || s.length > EVIDENCE_LIMITS.standardReference) return;
    const problem = standardReferenceProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const committee = z
  .string({ error: "Enter the committee, for example ISO/IEC JTC 1/SC 42." })
  .overwrite(normalizeCommittee)
  .min(1, "Enter the committee, for example ISO/IEC JTC 1/SC 42.")
  .max(EVIDENCE_LIMITS.committee, `Keep the committee to ${EVIDENCE_LIMITS.committee} characters or fewer.`)
  .superRefine((s, ctx) => {
    if (s === "" || s.length > EVIDENCE_LIMITS.committee) return;
    const problem = committeeProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

// ───────────────────────── National adoptions ─────────────────────────

/** What a caller passes to createNationalAdoption / updateNationalAdoption (strings as a form posts them). */
export interface AdoptionInput {
  organizationId: string;
  standardReference: string;
  nationalReference: string;
  /** yyyy-mm-dd, not in the future */
  adoptionDate: string;
  degree: AdoptionDegree | string;
  programmeId?: string | null;
}

const adoptionFields = {
  organizationId: idField("Choose the NSB."),
  standardReference,
  nationalReference: text(EVIDENCE_LIMITS.nationalReference, "Enter the national standard's reference, for example SNI ISO/IEC 27001:2022."),
  adoptionDate: day("Enter the adoption date.").refine((s) => !isRealDay(s) || s <= todayIso(), "The adoption date cannot be in the future."),
  degree: z.enum(AdoptionDegree, { error: "Choose identical or modified." }),
  programmeId: optionalId,
};

type AdoptionShape = { standardReference: string; adoptionDate: string };

function adoptionRules<T extends z.ZodType<AdoptionShape>>(schema: T) {
  return schema.refine(
    (v) => {
      const year = standardYear(v.standardReference);
      return year === null || Number(v.adoptionDate.slice(0, 4)) >= year;
    },
    {
      path: ["adoptionDate"],
      message: "The adoption date is before the year the standard was published.",
      when: (payload) => !payload.issues.some((i) => i.path?.[0] === "standardReference" || i.path?.[0] === "adoptionDate"),
    },
  );
}

export const adoptionSchema = adoptionRules(z.object(adoptionFields));
export type AdoptionData = z.output<typeof adoptionSchema>;

const formOnly = {
  /** Set when editing. */
  id: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  /** The version the form read (editing only). */
  version: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(1).optional()),
};

/** The adoption form (new and edit): what the browser posts. */
export const adoptionFormSchema = adoptionRules(z.object({ ...adoptionFields, ...formOnly }));

// ───────────────────────── Committee roles ─────────────────────────

export interface CommitteeRoleInput {
  organizationId: string;
  committee: string;
  membership: CommitteeMembership | string;
  leadership: Leadership | string;
  /** yyyy-mm-dd */
  fromDate: string;
  /** yyyy-mm-dd on or after fromDate, or empty / null while the role lasts */
  toDate?: string | null;
}

const committeeFields = {
  organizationId: idField("Choose the NSB."),
  committee,
  membership: z.enum(CommitteeMembership, { error: "Choose P-member or O-member." }),
  leadership: z.preprocess((v) => (v == null || v === "" ? "NONE" : v), z.enum(Leadership, { error: "Choose a leadership role from the list." })),
  fromDate: day("Enter the date the role started."),
  toDate: optionalDay,
};

type CommitteeShape = { fromDate: string; toDate: string | null };

function committeeRules<T extends z.ZodType<CommitteeShape>>(schema: T) {
  return schema.refine((v) => v.toDate === null || v.toDate >= v.fromDate, {
    path: ["toDate"],
    message: "The end date must be on or after the start date.",
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "fromDate" || i.path?.[0] === "toDate"),
  });
}

export const committeeRoleSchema = committeeRules(z.object(committeeFields));
export type CommitteeRoleData = z.output<typeof committeeRoleSchema>;

export const committeeRoleFormSchema = committeeRules(z.object({ ...committeeFields, ...formOnly }));

// ───────────────────────── Delete and import ─────────────────────────

/** Delete buttons: the record and the version the page read. */
export const deleteEvidenceSchema = z.object({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
});

export const EVIDENCE_REGISTERS = ["adoptions", "committees"] as const;
export type EvidenceRegister = (typeof EVIDENCE_REGISTERS)[number];

/** The import form: the register, check or import, and the CSV's text (read by the browser). */
export const evidenceImportSchema = z.object({
  register: z.enum(EVIDENCE_REGISTERS),
  mode: z.enum(["preview", "commit"]),
  fileName: z.string().trim().max(200).default(""),
  content: z
    .string({ error: "Choose a CSV file." })
    .min(1, "Choose a CSV file.")
    .max(MAX_IMPORT_CHARS, "The file is larger than about 900 KB; split it into smaller files."),
});
