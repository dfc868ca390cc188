import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { DomainValidationError } from "@/domain/errors";
import { byRow, rowsWithErrors, type RowError } from "@/lib/import/errors";
import { parseCsv, parseSheet, SheetError, type Sheet } from "@/lib/import/sheet";

/*
 * The sheet-import engine's data-layer part, shared by every import: reading the upload
 * into a sheet (a file that cannot be read is a field error), progress reports, and the
 * commit, which checks again inside one transaction and writes every row or none. Each
 * import brings its own checks (pure, src/lib/import and src/domain/imports) and writes.
 */

export type ImportPhase = "parsing" | "validating" | "writing";
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}
export type OnProgress = (progress: ImportProgress) => void;

/** A commit refused because some rows need fixing: nothing was written. */
export interface InvalidImport<E extends RowError = RowError> {
  status: "invalid";
  totalRows: number;
  validRows: number;
  errors: E[];
}

/** The uploaded sheet: a CSV's text (as a page reads it) or the bytes of a .csv / .xlsx file. `field` names the form field a refusal is about. */
export async function readImportSheet(fileName: string, content: string | Uint8Array, field: string, onProgress?: OnProgress): Promise<Sheet> {
  onProgress?.({ phase: "parsing", done: 0, total: 1 });
  try {
    const sheet = typeof content === "string" ? parseCsv(content) : await parseSheet(fileName || "import.csv", content);
    onProgress?.({ phase: "parsing", done: 1, total: 1 });
    return sheet;
  } catch (error) {
    if (error instanceof SheetError) throw new DomainValidationError(error.message, { [field]: [error.message] });
    throw error;
  }
}

/** The answer to a commit that found problems: every error, by row; `validRows` counts rows without one. */
export function invalidImport<E extends RowError>(totalRows: number, errors: E[], validRows = totalRows - rowsWithErrors(errors)): InvalidImport<E> {
  return { status: "invalid", totalRows, validRows, errors: errors.toSorted(byRow) };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || (error.code === "P2010" && /23505/.test(JSON.stringify(error.meta ?? {}))));

/**
 * Runs an import's commit in one transaction: every row or none. A unique index refusing a
 * row (someone added the same record meanwhile) rolls everything back and says `raced`.
 */
export async function commitAllOrNothing<T>(work: (tx: Tx) => Promise<T>, options: { timeout: number; raced: string }): Promise<T> {
  try {
    return await db().$transaction(work, { timeout: options.timeout, maxWait: 15_000 });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainValidationError(options.raced);
    throw error;
  }
}

/** Items in slices of `size` (statements and lookups take a slice at a time). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
