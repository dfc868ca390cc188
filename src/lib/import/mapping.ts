import { IMPORT_COLUMNS, isImportField, type ColumnMapping, type ImportField } from "./columns";

/** A header or a value as compared: accents, case, spaces and punctuation ignored ("E-mail " → "email"). */
export function looseKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const EXACT = new Map<string, ImportField>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column.field, column.header, ...column.synonyms]) {
    const key = looseKey(name);
    if (key && !EXACT.has(key)) EXACT.set(key, column.field);
  }
}
// Words too generic to name a column when they are only part of a header ("Participant email").
const GENERIC = new Set(["participant", "attendee", "person", "names", "group", "title", "status", "score"]);
const PARTIAL = [...EXACT.entries()].filter(([key]) => key.length >= 5 && !GENERIC.has(key));

/** A header that contains a known name: one it ends with first ("Participant gender"), then the longest. */
function guess(header: string): ImportField | null {
  const key = looseKey(header);
  if (!key) return null;
  let best: { field: ImportField; score: number } | null = null;
  for (const [name, field] of PARTIAL) {
    if (!key.includes(name)) continue;
    const score = (key.endsWith(name) ? 1000 : 0) + name.length;
    if (!best || score > best.score) best = { field, score };
  }
  return best?.field ?? null;
}

/**
 * The field each sheet column most likely holds, from its header. A field is given to
 * one column only (the first that names it); exact names win over partial ones.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  // Pass 1: exact names. Pass 2: headers that contain a known name ("Email address (work)").
  headers.forEach((header, index) => {
    const field = EXACT.get(looseKey(header));
    if (field && !taken.has(field)) {
      mapping[index] = field;
      taken.add(field);
    }
  });
  headers.forEach((header, index) => {
    if (mapping[index]) return;
    const field = guess(header);
    if (field && !taken.has(field)) {
      mapping[index] = field;
      taken.add(field);
    }
  });
  return mapping;
}

/**
 * The user's mapping when it fits the sheet (one entry per column, known fields or null),
 * otherwise the suggested one.
 */
export function mappingFor(headers: readonly string[], requested: unknown): ColumnMapping {
  if (Array.isArray(requested) && requested.length === headers.length && requested.every((v) => v === null || v === "" || isImportField(v))) {
    return requested.map((v) => (v === "" ? null : (v as ImportField | null)));
  }
  return suggestMapping(headers);
}
