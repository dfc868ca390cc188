import { IMPORT_COLUMNS, isImportField, type ColumnMapping, type ImportField } from "./columns";
import { columnNames, suggestColumns } from "./engine";

export { looseKey } from "./engine";

// Words too generic to name a column when they are only part of a header ("Participant email").
const NAMES = columnNames(IMPORT_COLUMNS, { partial: true, generic: ["participant", "attendee", "person", "names", "group", "title", "status", "score"] });

/**
 * The attendance field each sheet column most likely holds, from its header. A field is
 * given to one column only (the first that names it); exact names win over partial ones.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return suggestColumns(NAMES, headers);
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
