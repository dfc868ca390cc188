import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOG_FILES } from "./messages";

/*
 * The French and Spanish catalogs against the English one: the same keys, the same ICU
 * arguments, the same plural and select forms (a language may add a plural category of its
 * own, such as French "many"), and no string left in English. Strings that are the same in
 * both languages (names, codes, acronyms, and a few words spelt alike) are allowed below.
 */
const root = path.resolve(import.meta.dirname, "../../messages");
type Tree = { [key: string]: string | Tree };

function catalog(locale: string): Tree {
  return Object.assign(
    {},
    ...CATALOG_FILES.map((name) => {
      const file = path.join(root, locale, `${name}.json`);
      return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Tree) : {};
    }),
  );
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** "name" for an argument, "count:plural:one" for each plural or select form. */
function shape(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.tag) shape(el.children, out.add(`<${el.value}>`));
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      const kind = el.type === TYPE.plural ? "plural" : "select";
      for (const [option, { value }] of Object.entries(el.options)) shape(value, out.add(`${el.value}:${kind}:${option}`));
    }
  }
  return out;
}

const categories = (locale: string) => new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

/** Differences in arguments and forms; plural categories the target language lacks or adds are its own. */
function shapeDifferences(en: string, other: string, locale: string): string[] {
  const own = categories(locale);
  const enOwn = categories("en");
  const a = shape(parse(en, { ignoreTag: false }));
  const b = shape(parse(other, { ignoreTag: false }));
  const pluralOf = (item: string) => item.split(":plural:")[1];
  const missing = [...a].filter((x) => !b.has(x) && !(pluralOf(x) && !own.has(pluralOf(x)!)));
  const extra = [...b].filter((x) => !a.has(x) && !(pluralOf(x) && own.has(pluralOf(x)!) && !enOwn.has(pluralOf(x)!)));
  return [...missing.map((x) => `missing ${x}`), ...extra.map((x) => `extra ${x}`)];
}

/** Strings rightly the same as in English: names, codes, acronyms, and words spelt alike. */
const SAME_AS_ENGLISH: Record<"fr" | "es", ReadonlySet<string>> = {
  fr: new Set(["ISO", "IATI", "NSB", "GEDSI", "CSV", "XLSX", "PDF", "CHF", "URL", "OK", "English", "Français", "Español", "Date", "Type", "Code", "Budget", "Description", "Total", "Actions", "Action", "Notifications", "Participants", "Participant", "Programme", "Programmes", "Source", "Message", "Sessions", "Format", "Organisations", "Contact", "Question", "Questions", "Note", "Notes", "Email", "E-mail", "Minimum", "Maximum", "Option", "Options", "Transport", "Article", "Local", "Regional", "National", "Global", "Pause", "Position", "Permissions", "Sections", "Section", "Documentation", "Formation", "Audit", "Certification", "Focus", "Logo", "Normal", "Adoption", "Adoptions", "Distribution", "Consultation", "Collaboration", "Accréditation", "Communication", "Information", "Informations", "Installation", "Validation", "Version", "Statistiques", "Zone", "Impact", "Impacts", "Indicateurs", "Sexe", "Exportation", "Rapport", "Administration", "Pagination", "Dates", "Publication", "International", "Invitation", "Organisation", "Notification", "Satisfaction", "Plan", "Participations", "Satisfaction (1-5)", "Menu"]),
  es: new Set(["ISO", "IATI", "NSB", "GEDSI", "CSV", "XLSX", "PDF", "CHF", "URL", "OK", "English", "Français", "Español", "Total", "Error", "Email", "E-mail", "General", "Normal", "Regional", "Local", "Global", "Final", "Actual", "Social", "Capital", "Doctor", "Hospital", "Idea", "Material", "Natural", "No", "Plan", "Radio", "Virtual", "Auditor", "Sector", "Control", "Mentor", "Manual", "Principal", "Individual", "Formal", "Informal", "Neutral", "Personal", "Central", "Internacional", "Nacional"]),
};

/** A string with no letters once its arguments are removed ("{code}", "—", "1-5") cannot be left in English. */
const hasWords = (s: string) => /\p{L}{2,}/u.test(s.replace(/\{[^}]*\}/g, ""));

const en = flatten(catalog("en"));

describe.each(["fr", "es"] as const)("the %s catalog", (locale) => {
  const other = flatten(catalog(locale));

  it("has every English key and no other", () => {
    expect([...en.keys()].filter((k) => !other.has(k)), "missing").toEqual([]);
    expect([...other.keys()].filter((k) => !en.has(k)), "extra").toEqual([]);
  });

  it("keeps each message's ICU arguments, tags and plural or select forms", () => {
    const problems = [...en].flatMap(([key, text]) => {
      const translated = other.get(key);
      if (translated === undefined) return [];
      try {
        return shapeDifferences(text, translated, locale).map((p) => `${key}: ${p}`);
      } catch (error) {
        return [`${key}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it("leaves no string in English", () => {
    const untranslated = [...en].filter(([key, text]) => other.get(key) === text && hasWords(text) && !SAME_AS_ENGLISH[locale].has(text.trim())).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("see a missing argument, a missing plural form and an extra one", () => {
    expect(shapeDifferences("{count, plural, one {# file} other {# files}} by {name}", "{count, plural, other {# fichiers}}", "fr")).toEqual(["missing count:plural:one", "missing name"]);
    expect(shapeDifferences("{n, plural, one {#} other {#}}", "{n, plural, one {#} many {#} other {#}}", "fr")).toEqual([]);
    expect(shapeDifferences("{n, plural, one {#} other {#}}", "{n, plural, one {#} two {#} other {#}}", "es")).toEqual(["extra n:plural:two"]);
    expect(shapeDifferences("Hello {name}", "Bonjour {nom}", "fr")).toEqual(["missing name", "extra nom"]);
  });
});
