/**
 * The columns of a participant / attendance sheet: what the import understands, what the
 * template and the exports write. The English header texts and canonical values are part
 * of the file format (a file exported here can be imported again); the template is also
 * written in the user's language (messages/<locale>/imports.json "templateFile"), and its
 * headers and example row are read back whatever the reader's language.
 */

import type { Locale } from "@/i18n/locales";
import type { SheetColumn } from "./engine";
export { columnLetter } from "./errors";
import core from "../../../messages/en/core.json";
import importsEn from "../../../messages/en/imports.json";
import coreEs from "../../../messages/es/core.json";
import importsEs from "../../../messages/es/imports.json";
import coreFr from "../../../messages/fr/core.json";
import importsFr from "../../../messages/fr/imports.json";

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

export interface ImportColumn extends SheetColumn<ImportField> {
  /** The template's example value (in the app's own wording for enum values). */
  example: string;
  /** Only staff may use it (a focal point's rows always belong to their NSB). */
  staffOnly?: boolean;
  required?: boolean;
  /** Describes a person (Participant) or their attendance at the activity (Participation). */
  entity: "participant" | "participation";
}

const TEMPLATE_FILE = { en: importsEn.templateFile, fr: importsFr.templateFile, es: importsEs.templateFile } satisfies Record<Locale, unknown>;
const ENUMS = { en: core.enums, fr: coreFr.enums, es: coreEs.enums } satisfies Record<Locale, unknown>;

/** The template's headers in a language. */
export const templateHeaders = (locale: Locale): Readonly<Record<ImportField, string>> => TEMPLATE_FILE[locale].headers;

/** The template's example row in a language (enum values in that language's labels, which the import reads). */
export function templateExample(locale: Locale): Readonly<Record<ImportField, string>> {
  const text = TEMPLATE_FILE[locale];
  const labels = ENUMS[locale];
  return {
    full_name: text.exampleName, email: "siti.rahayu@example.test", sex: labels.sex.FEMALE, age_band: labels.ageBand.AGE_25_34,
    stakeholder_group: labels.stakeholderGroup.GOVERNMENT_REGULATOR, organization: text.exampleOrganization, job_title: text.exampleJobTitle,
    country: "ID", consent_to_contact: text.yes, nsb: "BSN", role: labels.participationRole.PARTICIPANT, attendance: labels.attendance.ATTENDED,
    completed: text.yes, pre_test: "55", post_test: "80", satisfaction: "5", feedback: text.exampleFeedback,
  };
}
const EXAMPLES = (Object.keys(TEMPLATE_FILE) as Locale[]).map(templateExample);

/** The example row's name says it is one; left unchanged, the row is skipped on import (isTemplateExample). */
export const EXAMPLE_NAME = TEMPLATE_FILE.en.exampleName;

const COLUMNS: readonly Omit<ImportColumn, "header" | "example">[] = [
  {
    field: "full_name", required: true, entity: "participant",
    synonyms: ["name", "full name", "names", "participant", "participant name", "name of participant", "attendee", "attendee name", "person", "nom", "nom complet", "nom et prénom", "nombre", "nombre completo"],
  },
  {
    field: "email", entity: "participant",
    synonyms: ["e-mail", "email address", "e-mail address", "mail", "courriel", "adresse e-mail", "correo", "correo electrónico"],
  },
  {
    field: "sex", entity: "participant",
    synonyms: ["gender", "sex/gender", "gender/sex", "sexe", "genre", "sexo", "género"],
  },
  {
    field: "age_band", entity: "participant",
    synonyms: ["age", "age group", "age range", "age bracket", "age (years)", "âge", "tranche d'âge", "edad", "rango de edad", "grupo de edad", "classe d'âge"],
  },
  {
    field: "stakeholder_group", entity: "participant",
    synonyms: ["stakeholder", "stakeholder category", "stakeholder type", "group", "sector", "category", "organization type", "organisation type", "type of organization", "type of organisation", "groupe", "secteur", "groupe de parties prenantes", "partie prenante", "catégorie", "type d'organisation", "grupo", "grupo de interés", "parte interesada", "categoría", "tipo de organización"],
  },
  {
    field: "organization", entity: "participant",
    synonyms: ["organisation", "organization name", "organisation name", "org", "employer", "company", "institution", "affiliation", "agency", "organisme", "entreprise", "organismo", "empresa"],
  },
  {
    field: "job_title", entity: "participant",
    synonyms: ["title", "position", "designation", "function", "job", "occupation", "poste", "fonction", "titre", "cargo", "puesto"],
  },
  {
    field: "country", entity: "participant",
    synonyms: ["country code", "country (iso)", "iso country", "pays", "país", "pais"],
  },
  {
    field: "consent_to_contact", entity: "participant",
    synonyms: ["consent", "contact consent", "may contact", "may we contact you", "agrees to be contacted", "consent to be contacted", "consentement", "consentement au contact", "accepte d'être contacté", "consentimiento", "consentimiento de contacto", "acepta ser contactado"],
  },
  {
    field: "nsb", staffOnly: true, entity: "participant",
    synonyms: ["nsb acronym", "national standards body", "standards body", "iso member", "member body", "affiliated nsb", "owning nsb", "onn", "organisme national de normalisation", "organismo nacional de normalización"],
  },
  {
    field: "role", entity: "participation",
    synonyms: ["participation role", "participant role", "role in activity", "rôle", "rol"],
  },
  {
    field: "attendance", entity: "participation",
    synonyms: ["attended", "attendance status", "present", "presence", "présence", "status", "asistencia", "statut", "estado", "participation"],
  },
  {
    field: "completed", entity: "participation",
    synonyms: ["completion", "complete", "course completed", "certificate", "certified", "finished", "passed", "terminé", "completado", "achevé", "certificat", "terminado", "certificado"],
  },
  {
    field: "pre_test", entity: "participation",
    synonyms: ["pre-test", "pre test", "pretest", "pre-test score (0-100)", "score before", "test before", "pre", "pré-test", "prétest", "note pré-test", "pre-prueba", "prueba previa", "puntuación inicial"],
  },
  {
    field: "post_test", entity: "participation",
    synonyms: ["post-test", "post test", "posttest", "post-test score (0-100)", "score after", "test after", "post", "post-test", "note post-test", "post-prueba", "prueba posterior", "puntuación final"],
  },
  {
    field: "satisfaction", entity: "participation",
    synonyms: ["satisfaction (1-5)", "satisfaction score", "overall satisfaction", "rating", "overall rating", "satisfacción", "note de satisfaction", "évaluation", "valoración"],
  },
  {
    field: "feedback", entity: "participation",
    synonyms: ["comments", "comment", "remarks", "notes", "suggestions", "observations", "commentaires", "comentarios"],
  },
];

export const IMPORT_COLUMNS: readonly ImportColumn[] = COLUMNS.map((column) => ({
  ...column,
  header: TEMPLATE_FILE.en.headers[column.field],
  example: EXAMPLES[0]![column.field],
  // The French and Spanish templates' headers name the same columns.
  synonyms: [...column.synonyms, TEMPLATE_FILE.fr.headers[column.field], TEMPLATE_FILE.es.headers[column.field]],
}));

export const COLUMN_BY_FIELD: Readonly<Record<ImportField, ImportColumn>> = Object.fromEntries(
  IMPORT_COLUMNS.map((column) => [column.field, column]),
) as Record<ImportField, ImportColumn>;

const same = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Whether a sheet row is the template's example row, unchanged: the name column holds the
 * example name of one of the template's languages and every other mapped column that
 * language's example (or nothing). Such a row is skipped, like a blank one; a row whose
 * values were changed is imported (and checked).
 */
export function isTemplateExample(cells: readonly string[] | undefined, mapping: ColumnMapping): boolean {
  const nameAt = mapping.indexOf("full_name");
  const example = cells && nameAt >= 0 ? EXAMPLES.find((row) => same(cells[nameAt] ?? "", row.full_name)) : undefined;
  return !!example && mapping.every((field, i) => !field || !(cells![i] ?? "").trim() || same(cells![i]!, example[field]));
}

/** The template's columns for a role: focal points get no NSB column. */
export function templateColumns(options: { staff: boolean }): readonly ImportColumn[] {
  return IMPORT_COLUMNS.filter((column) => options.staff || !column.staffOnly);
}

export const isImportField = (value: unknown): value is ImportField =>
  typeof value === "string" && (IMPORT_FIELDS as readonly string[]).includes(value);
