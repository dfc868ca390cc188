/**
 * Validation and rule messages in the reader's language. The schemas and the data layer
 * state their problems in English (one sentence each, the same for the client form, its
 * action and the data layer); messages/<locale>/validation.json holds each sentence, with
 * `{name}` where a value varies. `problemTranslator` finds the English sentence (values
 * read back from it) and writes the same problem in the reader's language. A sentence not
 * in the catalog is shown as it is. Pure: used by the server's form plumbing and by client
 * forms' own checks.
 */
type Catalog = Record<string, string>;
type Matcher = { key: string; pattern: RegExp; names: string[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function matchers(english: Catalog): { exact: Map<string, string>; templates: Matcher[] } {
  const exact = new Map<string, string>();
  const templates: Matcher[] = [];
  for (const [key, text] of Object.entries(english)) {
    const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    if (!names.length) {
      exact.set(text, key);
      continue;
    }
    const source = text
      .split(/\{\w+\}/)
      .map(escape)
      .join("(.+?)");
    templates.push({ key, pattern: new RegExp(`^${source}$`), names });
  }
  return { exact, templates };
}

const compiled = new WeakMap<Catalog, ReturnType<typeof matchers>>();

/** Fills `{name}` in a translated sentence (no ICU plural or select in these sentences). */
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A function that writes an English problem in the language of `translated` (both the "validation" namespace). */
export function problemTranslator(english: Catalog | undefined, translated: Catalog | undefined): (message: string) => string {
  if (!english || !translated || english === translated) return (message) => message;
  let m = compiled.get(english);
  if (!m) {
    m = matchers(english);
    compiled.set(english, m);
  }
  const { exact, templates } = m;
  return (message) => {
    const key = exact.get(message);
    if (key) return translated[key] ?? message;
    for (const { key: k, pattern, names } of templates) {
      const found = pattern.exec(message);
      if (found && translated[k]) return fill(translated[k], Object.fromEntries(names.map((n, i) => [n, found[i + 1]!])));
    }
    return message;
  };
}

/** The same for a form's field errors. */
export function translateFieldErrors(errors: Record<string, string[]> | undefined, translate: (message: string) => string) {
  if (!errors) return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(translate)]));
}
