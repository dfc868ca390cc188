/**
 * Lenient readers of the values people type in attendance sheets. Each returns the value,
 * null for a blank cell ("not given"), or the code of the problem.
 */
import { AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { currentLocale } from "@/i18n/current-locale";
import { LOCALES, type Locale } from "@/i18n/locales";
import core from "../../../messages/en/core.json";
import coreEs from "../../../messages/es/core.json";
import coreFr from "../../../messages/fr/core.json";
import { looseKey } from "./engine";
import type { ImportErrorCode, Params } from "./errors";

export type { ImportErrorCode, Params } from "./errors";

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; code: ImportErrorCode; params?: Params };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ImportErrorCode, params?: Params): Parsed<T> => ({ ok: false, code, params });

/** A cell's value as quoted in an error message: trimmed and cut short. */
export const shown = (raw: string) => (raw.trim().length > 60 ? `${raw.trim().slice(0, 57)}…` : raw.trim());

/**
 * Canonical values written by the template and the exports, and named in error messages:
 * the app's own English wording (messages/en/core.json, the enum labels every screen
 * shows), one source for both. Earlier spellings are still read (FORMER_LABELS).
 */
const APP_LABELS = core.enums;
export const SEX_LABELS: Readonly<Record<Sex, string>> = APP_LABELS.sex;
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = APP_LABELS.ageBand;
export const STAKEHOLDER_GROUP_LABELS: Readonly<Record<StakeholderGroup, string>> = APP_LABELS.stakeholderGroup;
export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = APP_LABELS.attendance;
export const ROLE_LABELS: Readonly<Record<ParticipationRole, string>> = APP_LABELS.participationRole;
type LabelKind = "sex" | "ageBand" | "stakeholderGroup" | "attendance" | "participationRole";
/** The same enum labels in each of the app's languages: a sheet filled in any of them imports, and errors list the reader's. */
export const LABELS_IN: Readonly<Record<Locale, Pick<typeof core.enums, LabelKind>>> = { en: core.enums, fr: coreFr.enums, es: coreEs.enums };
const labelsIn = (kind: LabelKind, value: string) => LOCALES.map((locale) => (LABELS_IN[locale][kind] as Record<string, string>)[value] ?? value);
/** The file format's labels before it took the app's wording: files written then still import. */
const FORMER_LABELS: Readonly<Record<string, readonly string[]>> = {
  UNDISCLOSED: ["Prefer not to say"],
  GOVERNMENT_REGULATOR: ["Government / regulator"],
  SME: ["SME"],
  WOMEN_OWNED_BUSINESS: ["Women-owned business"],
  ACADEMIA_RESEARCH: ["Academia / research"],
  CONSUMER: ["Consumer organization"],
  NGO: ["NGO"],
};
export const yesNo = (value: boolean) => (value ? "yes" : "no");

/** A lookup from loose keys (codes, labels and synonyms) to enum values. */
function vocabulary<T extends string>(kind: LabelKind, labels: Readonly<Record<T, string>>, synonyms: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of Object.keys(labels) as T[]) {
    for (const word of [value, ...labelsIn(kind, value), ...(FORMER_LABELS[value] ?? []), ...synonyms[value]]) map.set(looseKey(word), value);
  }
  return map;
}

const UNDISCLOSED_WORDS = ["prefer not to say", "prefer not to answer", "rather not say", "undisclosed", "not disclosed", "not stated", "declined", "unknown", "n/a", "na", "ne souhaite pas répondre", "prefiero no decirlo"];

const SEXES = vocabulary("sex", SEX_LABELS, {
  FEMALE: ["f", "woman", "women", "w", "femme", "féminin", "mujer", "femenino", "girl"],
  MALE: ["m", "man", "men", "homme", "masculin", "h", "hombre", "masculino", "boy"],
  OTHER: ["o", "x", "non-binary", "nonbinary", "diverse", "autre", "otro", "another"],
  UNDISCLOSED: UNDISCLOSED_WORDS,
});

const STAKEHOLDER_GROUPS = vocabulary("stakeholderGroup", STAKEHOLDER_GROUP_LABELS, {
  NSB_STAFF: ["nsb", "national standards body", "standards body", "nsb employee", "nsb staff member", "onn", "personnel de l'onn", "organisme national de normalisation", "personal del onn", "organismo nacional de normalización"],
  GOVERNMENT_REGULATOR: ["government", "regulator", "regulators", "government or regulator", "government and regulators", "public sector", "public administration", "ministry", "gouvernement", "gobierno", "gouvernement / régulateur", "gouvernement ou régulateur", "régulateur", "administration publique", "ministère", "gobierno / regulador", "gobierno o regulador", "regulador", "administración pública", "ministerio"],
  INDUSTRY: ["private sector", "business", "company", "large enterprise", "large company", "industrie", "industria", "secteur privé", "entreprise", "grande entreprise", "sector privado", "empresa", "gran empresa"],
  SME: ["smes", "msme", "msmes", "small and medium enterprise", "small and medium-sized enterprise", "small business", "pme", "pyme", "petite et moyenne entreprise", "pequeña y mediana empresa", "mipyme"],
  WOMEN_OWNED_BUSINESS: ["women owned", "woman-owned business", "women-owned businesses", "women-owned enterprise", "wob", "entreprise dirigée par une femme", "entreprise détenue par des femmes", "empresa de mujeres", "empresa propiedad de mujeres"],
  ACADEMIA_RESEARCH: ["academia", "research", "academic", "university", "academia and research", "research institute", "université", "universidad", "milieu universitaire / recherche", "recherche", "universitaire", "academia / investigación", "investigación", "académico"],
  CONSUMER: ["consumer", "consumers", "consumer organisation", "consumer association", "consommateur", "consommateurs", "association de consommateurs", "consumidor", "consumidores", "asociación de consumidores"],
  NGO: ["ngos", "non-governmental organization", "non-governmental organisation", "civil society", "non-profit", "ong", "société civile", "sociedad civil", "organisation non gouvernementale", "organización no gubernamental"],
  OTHER: ["others", "autre", "otro", "autres", "otros"],
});

const ATTENDANCES = vocabulary("attendance", ATTENDANCE_LABELS, {
  REGISTERED: ["invited", "enrolled", "registered only", "inscrit", "inscrite", "inscrito", "inscrita", "registrado"],
  ATTENDED: ["yes", "y", "present", "full", "fully", "attended fully", "full attendance", "x", "oui", "sí", "si", "présent", "présente", "presente", "asistió"],
  PARTIAL: ["partly", "partially", "part", "partial attendance", "attended partly", "half", "partiel", "partielle", "parcial", "en partie"],
  NO_SHOW: ["no", "n", "absent", "no show", "noshow", "did not attend", "didn't attend", "not attended", "non", "absente", "ausente", "no asistió"],
});

const ROLES = vocabulary("participationRole", ROLE_LABELS, {
  PARTICIPANT: ["attendee", "trainee", "learner", "delegate", "student", "participante", "participant·e", "délégué", "stagiaire"],
  TRAINER: ["facilitator", "speaker", "instructor", "presenter", "lecturer", "resource person", "expert", "formateur", "formatrice", "formador", "formadora", "intervenant", "ponente"],
  OBSERVER: ["observateur", "observatrice", "observador", "observadora"],
});

const TRUE_WORDS = new Set(["yes", "y", "true", "t", "1", "x", "oui", "vrai", "si", "sí", "verdadero", "ja", "✓", "✔"].map((w) => looseKey(w) || w));
const FALSE_WORDS = new Set(["no", "n", "false", "0", "non", "faux", "falso", "nein"].map(looseKey));

const listFormats = new Map<Locale, Intl.ListFormat>();
/** "A, B or C": the values an error message offers, in the reader's language (its labels, its "or"). */
const choices = (kind: LabelKind) => {
  const locale = currentLocale();
  let format = listFormats.get(locale);
  // The app's English writes no comma before "or" (en-GB's list style; en-US would add one).
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "disjunction" })));
  return format.format(Object.values(LABELS_IN[locale][kind]));
};

function fromVocabulary<T>(raw: string, words: Map<string, T>, code: ImportErrorCode, allowed: string): Parsed<T> {
  if (!raw.trim()) return ok(null);
  const key = looseKey(raw);
  if (!key) return ok(null); // "-", "—": nothing given
  const value = words.get(key);
  return value === undefined ? fail(code, { value: shown(raw), allowed }) : ok(value);
}

/**
 * A sheet repeats the same few values ("Female", "25-34") thousands of times: remember
 * the reading of each distinct cell text (up to a bound) instead of parsing it again.
 */
function remembered<T>(parse: (raw: string) => Parsed<T>): (raw: string) => Parsed<T> {
  // One memory per language: an error's list of allowed values is in the reader's.
  const memories = new Map<Locale, Map<string, Parsed<T>>>();
  return (raw) => {
    const locale = currentLocale();
    let seen = memories.get(locale);
    if (!seen) memories.set(locale, (seen = new Map()));
    let parsed = seen.get(raw);
    if (parsed === undefined) {
      parsed = parse(raw);
      // A cell may be a slice of the whole file's text: keep a copy, so the cache does not hold on to the file.
      if (seen.size < 2_000 && raw.length <= 80) seen.set((" " + raw).slice(1), parsed);
    }
    return parsed;
  };
}

export const parseSex = remembered((raw) => fromVocabulary(raw, SEXES, "sexInvalid", choices("sex")));
export const parseStakeholderGroup = remembered((raw) => fromVocabulary(raw, STAKEHOLDER_GROUPS, "stakeholderGroupInvalid", choices("stakeholderGroup")));
export const parseAttendance = remembered((raw) => fromVocabulary(raw, ATTENDANCES, "attendanceInvalid", choices("attendance")));
export const parseRole = remembered((raw) => fromVocabulary(raw, ROLES, "roleInvalid", choices("participationRole")));

export const parseBoolean = remembered(function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim();
  if (!text) return ok(null);
  const key = looseKey(text) || text;
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail("booleanInvalid", { value: shown(raw) });
});

const BANDS: readonly (readonly [AgeBand, number, number])[] = [
  ["UNDER_25", 0, 24],
  ["AGE_25_34", 25, 34],
  ["AGE_35_44", 35, 44],
  ["AGE_45_54", 45, 54],
  ["AGE_55_PLUS", 55, 150],
];
const bandOf = (age: number) => BANDS.find(([, from, to]) => age >= from && age <= to)?.[0] ?? null;
const AGE_CODES = new Map<string, AgeBand>([
  ...Object.values(AgeBand).flatMap((band) => [band, ...labelsIn("ageBand", band)].map((word) => [looseKey(word), band] as const)),
  ...UNDISCLOSED_WORDS.map((w) => [looseKey(w), "UNDISCLOSED" as AgeBand] as const)]);
const YEARS = String.raw`(?:\s*(?:years?|yrs?|y\.?o\.?|ans|años))?`;
const UNDER = new RegExp(String.raw`^(?:<|under|below|less than|younger than|moins de|menos de)\s*(\d{1,3})${YEARS}$`);
const UP_TO = new RegExp(String.raw`^(?:<=|≤|up to)\s*(\d{1,3})${YEARS}$`);
const PLUS = new RegExp(String.raw`^(\d{1,3})\s*(?:\+|and over|and above|or older|or more|plus)${YEARS}(?:\s*(?:and over|and above|or older))?$`);
const OVER = new RegExp(String.raw`^(?:>=|≥|over|above|older than|plus de|más de)\s*(\d{1,3})${YEARS}$`);
const RANGE = new RegExp(String.raw`^(\d{1,3})\s*(?:-|to|à|a|–)\s*(\d{1,3})${YEARS}$`);
const AGE = new RegExp(String.raw`^(\d{1,3})${YEARS}$`);

/** "25-34", "25–34", "35 to 44", "55+", "over 55", "<25", "under 25", "31" (an age), a code, or blank. */
export const parseAgeBand = remembered(function parseAgeBand(raw: string): Parsed<AgeBand> {
  const text = raw.trim().toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ");
  if (!text || !looseKey(text)) return ok(null);
  const code = AGE_CODES.get(looseKey(text));
  if (code) return ok(code);
  const invalid = fail<AgeBand>("ageBandInvalid", { value: shown(raw), allowed: choices("ageBand") });

  const under = text.match(UNDER);
  if (under) return Number(under[1]) <= 25 && Number(under[1]) > 0 ? ok("UNDER_25") : invalid;
  const upTo = text.match(UP_TO);
  if (upTo) return Number(upTo[1]) <= 24 ? ok("UNDER_25") : invalid;
  const plus = text.match(PLUS) ?? text.match(OVER);
  if (plus) return Number(plus[1]) >= 55 ? ok("AGE_55_PLUS") : invalid;
  const above = text.match(/^>\s*(\d{1,3})$/);
  if (above) return Number(above[1]) >= 54 ? ok("AGE_55_PLUS") : invalid;
  const range = text.match(RANGE);
  if (range) {
    const from = bandOf(Number(range[1]));
    return from && from === bandOf(Number(range[2])) && Number(range[1]) <= Number(range[2]) ? ok(from) : invalid;
  }
  const age = text.match(AGE);
  if (age && Number(age[1]) >= 10 && Number(age[1]) <= 110) return ok(bandOf(Number(age[1])));
  return invalid;
});

/** A whole number from `min` to `max`: "85", "85%", "85.0", "4/5" (satisfaction). */
export function parseWholeNumber(raw: string, min: number, max: number): Parsed<number> {
  let text = raw.trim();
  if (/^\d{1,3}$/.test(text)) {
    const value = Number(text);
    return value < min || value > max ? fail("outOfRange", { value: text, min, max }) : ok(value);
  }
  text = text.replace(/\s*%$/, "").replace(/\s*\/\s*(\d+)$/, (whole, over: string) => (Number(over) === max ? "" : whole)).replace(",", ".");
  if (!text) return ok(null);
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return fail("notNumber", { value: shown(raw) });
  const value = Number(text);
  if (!Number.isInteger(value)) return fail("notWhole", { value: shown(raw) });
  if (value < min || value > max) return fail("outOfRange", { value: shown(raw), min, max });
  return ok(value);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

export function parseEmail(raw: string): Parsed<string> {
  const text = raw.trim().replace(/^mailto:/i, "").toLowerCase();
  if (!text) return ok(null);
  if (text.length > 320) return fail("tooLong", { max: 320, length: text.length });
  return EMAIL.test(text) ? ok(text) : fail("emailInvalid", { value: shown(raw) });
}

/** Free text: trimmed, at most `max` characters; blank is "not given". */
export function parseText(raw: string, max: number): Parsed<string> {
  const text = raw.trim();
  if (!text) return ok(null);
  return text.length > max ? fail("tooLong", { max, length: text.length }) : ok(text);
}

/** A person's name: inner spaces collapsed, 2 to 200 characters, required. */
export function parseFullName(raw: string): Parsed<string> {
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return fail("required");
  if (text.length < 2 || text.length > 200) return fail("nameLength", { length: text.length });
  return ok(text);
}

/** A lookup of references by loose key (NSB acronyms and names, country codes and names). */
export function lookup<T>(entries: readonly (readonly [string[], T])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [names, value] of entries) for (const name of names) if (looseKey(name)) map.set(looseKey(name), value);
  return map;
}
