import type * as ExcelJS from "exceljs";
import type { Locale } from "@/i18n/locales";
import { templateColumns, templateExample, templateHeaders, type ImportField } from "./columns";
import { loadExcel } from "./sheet";
import { LABELS_IN } from "./values";
import importsEn from "../../../messages/en/imports.json";
import importsEs from "../../../messages/es/imports.json";
import importsFr from "../../../messages/fr/imports.json";

export type Cell = string | number | null | undefined;

/** A list to download: a header row and its rows. */
export interface Table {
  headers: string[];
  rows: Cell[][];
}

/**
 * A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-1+2", "@SUM")
 * gets a leading apostrophe, so Excel shows it as text (CSV formula injection).
 */
export function protectCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell) : protectCell(cell);
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV as Excel opens it right: UTF-8 with a byte-order mark, comma-separated, CRLF line ends. */
export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: Table) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header) => ({ header, key: header, width: Math.min(48, Math.max(12, header.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  if (table.headers.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return sheet;
}

/** An .xlsx workbook with the table on its first worksheet (and optional further sheets). */
export async function toXlsx(table: Table, sheetName: string, more: { name: string; table: Table }[] = []): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = "ISO Capacity Building";
  addTableSheet(workbook, sheetName.slice(0, 31), table);
  for (const extra of more) addTableSheet(workbook, extra.name.slice(0, 31), extra.table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HELP = { en: importsEn.templateFile.help, fr: importsFr.templateFile.help, es: importsEs.templateFile.help } satisfies Record<Locale, unknown>;

/** What a template column accepts, in a language (the workbook's "Help" sheet): its own labels for enum values. */
function accepts(locale: Locale, field: ImportField): string {
  const labels = LABELS_IN[locale];
  const list = (values: Record<string, string>) => Object.values(values).join(", ");
  const lists: Partial<Record<ImportField, string>> = {
    sex: list(labels.sex), age_band: list(labels.ageBand), stakeholder_group: list(labels.stakeholderGroup), role: list(labels.participationRole), attendance: list(labels.attendance),
  };
  return HELP[locale][field].replace("{labels}", lists[field] ?? "").replace("{registered}", labels.attendance.REGISTERED);
}

type TemplateOptions = { staff: boolean; locale?: Locale };

/** The import template in the user's language: the header row and one example row; staff get the NSB column. */
export function templateTable({ staff, locale = "en" }: TemplateOptions): Table {
  const columns = templateColumns({ staff });
  const [headers, example] = [templateHeaders(locale), templateExample(locale)];
  return { headers: columns.map((c) => headers[c.field]), rows: [columns.map((c) => example[c.field])] };
}

/** What each column accepts, in the template's language. */
export function templateHelpTable({ staff, locale = "en" }: TemplateOptions): Table {
  const headers = templateHeaders(locale);
  return { headers: [HELP[locale].column, HELP[locale].accepts], rows: templateColumns({ staff }).map((c) => [headers[c.field], accepts(locale, c.field)]) };
}
