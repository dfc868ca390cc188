/**
 * The sheet-import engine's pure part, shared by every import (attendance, national
 * adoptions, committee roles): columns with their synonyms in each language, the mapping
 * of a sheet's headers to fields, the checks of that mapping, and reading a row's cells by
 * field. An import defines itself as a list of columns and its own row rules; the server
 * side (src/server/imports/engine.ts) reads the file and commits every row or none.
 */
import { columnLetter, rowProblem, type ImportErrorCode, type RowError } from "./errors";
import type { Sheet } from "./sheet";

/** A column an import understands. */
export interface SheetColumn<F extends string> {
  field: F;
  /** The header the template writes (English: part of the file format). */
  header: string;
  /** Other headers that mean this column, in English, French and Spanish (compared loosely). */
  synonyms: readonly string[];
  /** Needed in every sheet; "staff": only when the importer is ISO staff (a focal point's rows are theirs). */
  required?: boolean | "staff";
}

/** One field (or null: ignored) per sheet column. */
export type Mapping<F extends string> = (F | null)[];

/** A header or a value as compared: accents, case, spaces and punctuation ignored ("E-mail " → "email"). */
export function looseKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The names an import's columns are known by: exact ones, and (optionally) those a longer header may contain. */
export interface ColumnNames<F extends string> {
  columns: readonly SheetColumn<F>[];
  exact: ReadonlyMap<string, F>;
  partial: readonly (readonly [string, F])[];
}

/**
 * Indexes the columns' names. With `partial`, a header that contains a known name of five
 * letters or more ("Email address (work)") is read as that column, except for the words
 * listed in `generic` ("participant" in "Participant email").
 */
export function columnNames<F extends string>(columns: readonly SheetColumn<F>[], options: { partial?: boolean; generic?: readonly string[] } = {}): ColumnNames<F> {
  const exact = new Map<string, F>();
  for (const column of columns) {
    for (const name of [column.field, column.header, ...column.synonyms]) {
      const key = looseKey(name);
      if (key && !exact.has(key)) exact.set(key, column.field);
    }
  }
  const generic = new Set(options.generic ?? []);
  const partial = options.partial ? [...exact.entries()].filter(([key]) => key.length >= 5 && !generic.has(key)) : [];
  return { columns, exact, partial };
}

/** A header that contains a known name: one it ends with first ("Participant gender"), then the longest. */
function guess<F extends string>(names: ColumnNames<F>, header: string): F | null {
  const key = looseKey(header);
  if (!key) return null;
  let best: { field: F; score: number } | null = null;
  for (const [name, field] of names.partial) {
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
export function suggestColumns<F extends string>(names: ColumnNames<F>, headers: readonly string[]): Mapping<F> {
  const mapping: Mapping<F> = headers.map(() => null);
  const taken = new Set<F>();
  const give = (index: number, field: F | null | undefined) => {
    if (!field || taken.has(field)) return;
    mapping[index] = field;
    taken.add(field);
  };
  headers.forEach((header, index) => give(index, names.exact.get(looseKey(header))));
  headers.forEach((header, index) => mapping[index] ?? give(index, guess(names, header)));
  return mapping;
}

/** Sheet columns whose header names a field an earlier column already names (index and field). */
export function repeatedColumns<F extends string>(names: ColumnNames<F>, headers: readonly string[]): { index: number; field: F }[] {
  const seen = new Set<F>();
  return headers.flatMap((header, index) => {
    const field = names.exact.get(looseKey(header));
    if (!field) return [];
    if (seen.has(field)) return [{ index, field }];
    seen.add(field);
    return [];
  });
}

/** The columns a mapping lacks among those required (for staff, "staff" ones too). */
export function missingColumns<F extends string>(columns: readonly SheetColumn<F>[], mapping: Mapping<F>, staff: boolean): SheetColumn<F>[] {
  return columns.filter((c) => (c.required === true || (c.required === "staff" && staff)) && !mapping.includes(c.field));
}

/** Sheet columns mapped to a field an earlier column already feeds: the column, its field and the first one's index. */
export function mappedTwice<F extends string>(mapping: Mapping<F>): { index: number; field: F; first: number }[] {
  const first = new Map<F, number>();
  return mapping.flatMap((field, index) => {
    if (!field) return [];
    const earlier = first.get(field);
    if (earlier === undefined) first.set(field, index);
    return earlier === undefined ? [] : [{ index, field, first: earlier }];
  });
}

/** Reads a row's cells by field through a mapping (the first column mapped to each field). */
export function cellReader<F extends string>(mapping: Mapping<F>) {
  const columnOf = new Map<F, number>();
  mapping.forEach((field, index) => {
    if (field && !columnOf.has(field)) columnOf.set(field, index);
  });
  return {
    columnOf: (field: F) => columnOf.get(field),
    has: (field: F) => columnOf.has(field),
    raw: (cells: readonly string[] | undefined, field: F): string => {
      const column = columnOf.get(field);
      return column === undefined ? "" : (cells?.[column] ?? "");
    },
  };
}

export const isBlankRow = (cells: readonly string[] | undefined) => !cells || cells.every((cell) => !cell || !cell.trim());

/** The data rows worth reading (not blank, not skipped), each with its spreadsheet row number. */
export function dataRows(sheet: Sheet, skip: (cells: readonly string[]) => boolean = () => false) {
  return sheet.rows.flatMap((cells, i) => (isBlankRow(cells) || skip(cells) ? [] : [{ cells, row: i + 2 }]));
}

/** How an import words a sheet with no rows or too many, and on which row it reports them. */
export interface SizeWording {
  row: number;
  none: ImportErrorCode;
  tooMany: ImportErrorCode;
}

/** Problems with the sheet as a whole: no data rows, or more than `maxRows`. */
export function sizeProblems<F extends string>(headers: readonly string[], totalRows: number, maxRows: number, wording: SizeWording): RowError<F>[] {
  const problem = rowProblem<F>(headers);
  if (totalRows === 0) return [problem(wording.row, undefined, null, wording.none)];
  return totalRows > maxRows ? [problem(wording.row, undefined, null, wording.tooMany, { count: totalRows, max: maxRows })] : [];
}

export { columnLetter };
