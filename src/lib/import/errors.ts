/**
 * Row errors of every sheet import: a code of messages/<locale>/imports.json "importErrors"
 * with its params, pointing at the row and cell to fix. Pages render the code in the
 * reader's language (describeRowError); `reason` keeps the English text for logs and tests.
 */
import messages from "../../../messages/en/imports.json";

export type ImportErrorCode = keyof typeof messages.importErrors;
export type Params = Record<string, string | number>;

/** One problem of a sheet, pointing at the cell to fix. */
export interface RowError<F extends string = string> {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The cell, e.g. "C5"; empty when the problem is not one cell's. */
  cell: string;
  /** The sheet's header of that column (or the column's own header when the sheet has none). */
  column: string;
  field: F | null;
  code: ImportErrorCode;
  params: Params;
  /** The problem in English (pages translate `code` with `params`). */
  reason: string;
}

const texts = messages.importErrors as Record<ImportErrorCode, string>;

/** The English reason for a problem (the same text the page shows through next-intl). */
export function explain(code: ImportErrorCode, params: Params = {}): string {
  return texts[code].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

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

/** Builds row errors of a sheet: `column` is the index of the sheet column at fault (undefined: no one cell's). */
export function rowProblem<F extends string>(headers: readonly string[], fallbackHeader: (field: F) => string = () => "") {
  return (row: number, column: number | undefined, field: F | null, code: ImportErrorCode, params: Params = {}): RowError<F> => ({
    row,
    cell: column === undefined ? "" : `${columnLetter(column)}${row}`,
    column: column === undefined ? (field ? fallbackHeader(field) : "") : (headers[column] ?? ""),
    field,
    code,
    params,
    reason: explain(code, params),
  });
}

export const byRow = <E extends { row: number }>(a: E, b: E) => a.row - b.row;

/** Rows with at least one error (the header row's problems are not a data row's). */
export const rowsWithErrors = (errors: readonly { row: number }[]) => new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;

/**
 * A row error in the reader's language: `t` is next-intl's "importErrors" translator; a
 * "rule" error carries the English sentence of a shared schema rule, which `problem`
 * (src/i18n/problems.ts) writes in the reader's language.
 */
export function describeRowError(
  error: Pick<RowError, "code" | "params" | "reason">,
  t: (code: ImportErrorCode, params: Params) => string,
  problem: (message: string) => string = (message) => message,
): string {
  if (error.code === "rule") return problem(String(error.params.message ?? error.reason));
  try {
    return t(error.code, error.params);
  } catch {
    return error.reason;
  }
}
