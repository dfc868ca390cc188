import Papa from "papaparse";
import type * as ExcelJS from "exceljs";
import { cleanText } from "@/lib/clean-input";

/** A sheet as the import reads it: the header row, then every row below (rows[i] is sheet row i + 2). */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

export type SheetProblem = "unsupportedType" | "unreadable" | "unclosedQuote" | "duplicateHeader";

/** The file cannot be read as a sheet at all. */
export class SheetError extends Error {
  constructor(
    readonly problem: SheetProblem,
    message: string,
  ) {
    super(message);
    this.name = "SheetError";
  }
}

export const SHEET_EXTENSIONS = [".csv", ".xlsx"] as const;

export function sheetKind(fileName: string): "csv" | "xlsx" | null {
  const name = fileName.toLowerCase().trim();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".xlsx")) return "xlsx";
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text of Latin letters in UTF-16
 * has a zero in every other byte (odd positions little-endian, even ones big-endian).
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return "utf-16le";
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return "utf-16be";
  return null;
}

/**
 * The text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with or
 * without a BOM (Excel's "Unicode text"), or, when the bytes are not UTF-8, Windows-1252
 * (older Excel). Any other file with zero bytes (not text at all) is refused.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes.includes(0)) {
    throw new SheetError("unreadable", "This file is not a text CSV file (it holds zero bytes). Save it from your spreadsheet as “CSV UTF-8” and upload it again.");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

// The exports protect cells from spreadsheet formulas with a leading apostrophe: read them back as typed.
const unprotect = (cell: string) => (cell.length > 1 && cell[0] === "'" && "=+-@\t\r".includes(cell[1]!) ? cell.slice(1) : cell);

/** A CSV sheet: header row first; comma, semicolon, tab or pipe delimited; quoted fields may hold delimiters and line breaks. */
export function parseCsv(input: string | Uint8Array): Sheet {
  const text = typeof input === "string" ? input.replace(/^\uFEFF/, "") : decodeText(input);
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: "", delimitersToGuess: [",", ";", "\t", "|"] });
  const unclosed = result.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed) {
    throw new SheetError("unclosedQuote", `A quoted field opened in row ${(unclosed.row ?? 0) + 1} is never closed.`);
  }
  const [header = [], ...rows] = result.data;
  // A final line break leaves one empty record behind.
  if (rows.length && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === "") rows.pop();
  // Header texts outlive the import (in its preview): copies, so they do not keep the whole file's text alive.
  return { headers: header.map((cell) => ` ${cell.trim()}`.slice(1)), rows: rows.map((cells) => cells.map(unprotect)) };
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** A cell's value as text: dates as yyyy-mm-dd, percentages as "85%", formulas by their result. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (numFmt?.includes("%")) return `${Math.round(value * 100 * 1e6) / 1e6}%`;
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDay(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text) return (text as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("");
    return value.hyperlink.replace(/^mailto:/i, "");
  }
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
  if ("error" in value) return "";
  return String(value);
}

/** exceljs, loaded on first use (it is large, and only the server reads workbooks). */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const loaded = (await import("exceljs")) as typeof ExcelJS & { default?: typeof ExcelJS };
  return loaded.default ?? loaded;
}

/** The first worksheet of an .xlsx workbook: row 1 is the header. */
export async function parseXlsx(bytes: Uint8Array): Promise<Sheet> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch {
    throw new SheetError("unreadable", "This file is not a readable .xlsx workbook.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value, cell.numFmt);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= "";
    if (rowNumber === 1) headers.push(...cells.map((c) => c.trim()));
    else rows[rowNumber - 2] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { headers, rows };
}

/** Reads an uploaded .csv or .xlsx file. */
export async function parseSheet(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  const kind = sheetKind(fileName);
  if (!kind) throw new SheetError("unsupportedType", "Upload a .csv or .xlsx file.");
  // A workbook renamed to .csv: read it as the workbook it is.
  const sheet = kind === "xlsx" || (bytes[0] === 0x50 && bytes[1] === 0x4b) ? await parseXlsx(bytes) : parseCsv(bytes);
  return refuseDuplicateHeaders(cleanSheet(sheet));
}

/** The one place imported cells are read: NUL characters and broken UTF-16 go (src/lib/clean-input.ts). */
function cleanSheet(sheet: Sheet): Sheet {
  const dirty = (cell: string) => /[\0\uD800-\uDFFF]/.test(cell);
  if (!sheet.headers.some(dirty) && !sheet.rows.some((row) => row.some(dirty))) return sheet;
  return { headers: sheet.headers.map(cleanText), rows: sheet.rows.map((row) => row.map(cleanText)) };
}

const columnLetter = (index: number): string => (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : "") + String.fromCharCode(65 + (index % 26));

/** Two columns with the same header: which one holds the values is anyone's guess, so say so. */
function refuseDuplicateHeaders(sheet: Sheet): Sheet {
  const seen = new Map<string, number>();
  sheet.headers.forEach((header, index) => {
    const key = header.trim().toLowerCase().replace(/\s+/g, " ");
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new SheetError(
        "duplicateHeader",
        `The column “${header.trim()}” appears twice (columns ${columnLetter(first)} and ${columnLetter(index)}); keep one and upload the file again.`,
      );
    }
    seen.set(key, index);
  });
  return sheet;
}
