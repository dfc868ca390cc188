/**
 * The columns of a participant / attendance sheet: what the import understands, what the
 * template and the exports write. The header texts and canonical values below are part
 * of the file format (a file exported here can be imported again), not UI strings.
 */

import core from "../../../messages/en/core.json";

export const IMPORT_FIELDS = [
  "full_name",
  "email",
  "sex",
  "age_band",
  "stakeholder_group",
  "organization",
  "job_title",
  "country",
  "consent_to_contact",
  "nsb",
  "role",
  "attendance",
  "completed",
  "pre_test",
  "post_test",
  "satisfaction",
  "feedback",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One column per sheet column: the field it feeds, or null (ignored). */
export type ColumnMapping = (ImportField | null)[];

export interface ImportColumn {
  field: ImportField;
  /** The header the template and the exports write. */
  header: string;
  /** The template's example value (in the app's own wording for enum values). */
  example: string;
  /** Only staff may use it (a focal point's rows always belong to their NSB). */
  staffOnly?: boolean;
  required?: boolean;
  /** Describes a person (Participant) or their attendance at the activity (Participation). */
  entity: "participant" | "participation";
  /** Other headers that mean this column, in any case, with or without spaces and punctuation. */
  synonyms: readonly string[];
}

/** The example row's name says it is one; left unchanged, the row is skipped on import (isTemplateExample). */
export const EXAMPLE_NAME = "EXAMPLE – Siti Rahayu";

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: "full_name", header: "Full name", example: EXAMPLE_NAME, required: true, entity: "participant",
    synonyms: ["name", "full name", "names", "participant", "participant name", "name of participant", "attendee", "attendee name", "person", "nom", "nom complet", "nom et prénom", "nombre", "nombre completo"],
  },
  {
    field: "email", header: "Email", example: "siti.rahayu@example.test", entity: "participant",
    synonyms: ["e-mail", "email address", "e-mail address", "mail", "courriel", "adresse e-mail", "correo", "correo electrónico"],
  },
  {
    field: "sex", header: "Sex", example: core.enums.sex.FEMALE, entity: "participant",
    synonyms: ["gender", "sex/gender", "gender/sex", "sexe", "genre", "sexo", "género"],
  },
  {
    field: "age_band", header: "Age band", example: core.enums.ageBand.AGE_25_34, entity: "participant",
    synonyms: ["age", "age group", "age range", "age bracket", "age (years)", "âge", "tranche d'âge", "edad", "rango de edad", "grupo de edad", "classe d'âge"],
  },
  {
    field: "stakeholder_group", header: "Stakeholder group", example: core.enums.stakeholderGroup.GOVERNMENT_REGULATOR, entity: "participant",
    synonyms: ["stakeholder", "stakeholder category", "stakeholder type", "group", "sector", "category", "organization type", "organisation type", "type of organization", "type of organisation", "groupe", "secteur", "groupe de parties prenantes", "partie prenante", "catégorie", "type d'organisation", "grupo", "grupo de interés", "parte interesada", "categoría", "tipo de organización"],
  },
  {
    field: "organization", header: "Organization", example: "Ministry of Industry", entity: "participant",
    synonyms: ["organisation", "organization name", "organisation name", "org", "employer", "company", "institution", "affiliation", "agency", "organisme", "entreprise", "organismo", "empresa"],
  },
  {
    field: "job_title", header: "Job title", example: "Policy analyst", entity: "participant",
    synonyms: ["title", "position", "designation", "function", "job", "occupation", "poste", "fonction", "titre", "cargo", "puesto"],
  },
  {
    field: "country", header: "Country", example: "ID", entity: "participant",
    synonyms: ["country code", "country (iso)", "iso country", "pays", "país", "pais"],
  },
  {
    field: "consent_to_contact", header: "Consent to contact", example: "yes", entity: "participant",
    synonyms: ["consent", "contact consent", "may contact", "may we contact you", "agrees to be contacted", "consent to be contacted", "consentement", "consentement au contact", "accepte d'être contacté", "consentimiento", "consentimiento de contacto", "acepta ser contactado"],
  },
  {
    field: "nsb", header: "NSB", example: "BSN", staffOnly: true, entity: "participant",
    synonyms: ["nsb acronym", "national standards body", "standards body", "iso member", "member body", "affiliated nsb", "owning nsb", "onn", "organisme national de normalisation", "organismo nacional de normalización"],
  },
  {
    field: "role", header: "Role", example: core.enums.participationRole.PARTICIPANT, entity: "participation",
    synonyms: ["participation role", "participant role", "role in activity", "rôle", "rol"],
  },
  {
    field: "attendance", header: "Attendance", example: core.enums.attendance.ATTENDED, entity: "participation",
    synonyms: ["attended", "attendance status", "present", "presence", "présence", "status", "asistencia", "statut", "estado", "participation"],
  },
  {
    field: "completed", header: "Completed", example: "yes", entity: "participation",
    synonyms: ["completion", "complete", "course completed", "certificate", "certified", "finished", "passed", "terminé", "completado", "achevé", "certificat", "terminado", "certificado"],
  },
  {
    field: "pre_test", header: "Pre-test score", example: "55", entity: "participation",
    synonyms: ["pre-test", "pre test", "pretest", "pre-test score (0-100)", "score before", "test before", "pre", "pré-test", "prétest", "note pré-test", "pre-prueba", "prueba previa", "puntuación inicial"],
  },
  {
    field: "post_test", header: "Post-test score", example: "80", entity: "participation",
    synonyms: ["post-test", "post test", "posttest", "post-test score (0-100)", "score after", "test after", "post", "post-test", "note post-test", "post-prueba", "prueba posterior", "puntuación final"],
  },
  {
    field: "satisfaction", header: "Satisfaction", example: "5", entity: "participation",
    synonyms: ["satisfaction (1-5)", "satisfaction score", "overall satisfaction", "rating", "overall rating", "satisfacción", "note de satisfaction", "évaluation", "valoración"],
  },
  {
    field: "feedback", header: "Feedback", example: "The group exercises were the most useful part.", entity: "participation",
    synonyms: ["comments", "comment", "remarks", "notes", "suggestions", "observations", "commentaires", "comentarios"],
  },
];

export const COLUMN_BY_FIELD: Readonly<Record<ImportField, ImportColumn>> = Object.fromEntries(
  IMPORT_COLUMNS.map((column) => [column.field, column]),
) as Record<ImportField, ImportColumn>;

const same = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Whether a sheet row is the template's example row, unchanged: the name column holds the
 * example name and every other mapped column its example (or nothing). Such a row is
 * skipped, like a blank one; a row whose values were changed is imported (and checked).
 */
export function isTemplateExample(cells: readonly string[] | undefined, mapping: ColumnMapping): boolean {
  const nameAt = mapping.indexOf("full_name");
  if (!cells || nameAt < 0 || !same(cells[nameAt] ?? "", EXAMPLE_NAME)) return false;
  return mapping.every((field, i) => !field || !(cells[i] ?? "").trim() || same(cells[i]!, COLUMN_BY_FIELD[field].example));
}

/** The template's columns for a role: focal points get no NSB column. */
export function templateColumns(options: { staff: boolean }): readonly ImportColumn[] {
  return IMPORT_COLUMNS.filter((column) => options.staff || !column.staffOnly);
}

export const isImportField = (value: unknown): value is ImportField =>
  typeof value === "string" && (IMPORT_FIELDS as readonly string[]).includes(value);

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
