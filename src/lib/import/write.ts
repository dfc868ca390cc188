import type * as ExcelJS from "exceljs";
import type { Locale } from "@/i18n/locales";
import { templateColumns, templateExample, templateHeaders, type ImportField } from "./columns";
import { loadExcel } from "./sheet";
import { AGE_BAND_LABELS, ATTENDANCE_LABELS, ROLE_LABELS, SEX_LABELS, STAKEHOLDER_GROUP_LABELS } from "./values";

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

const list = (labels: Record<string, string>) => Object.values(labels).join(", ");

/** What each template column accepts (the workbook's "Help" sheet). */
const ACCEPTS: Readonly<Record<ImportField, string>> = {
  full_name: "Required. 2 to 200 characters. The template's example row (named “EXAMPLE – …”) is skipped when left unchanged: replace it or delete it.",
  email: "Optional; unique per person. A person already registered with this email is updated, not added again.",
  sex: `${list(SEX_LABELS)} (also F, M, Woman, Man…). Blank: not given.`,
  age_band: `${list(AGE_BAND_LABELS)}, or an age in years (e.g. 31).`,
  stakeholder_group: list(STAKEHOLDER_GROUP_LABELS),
  organization: "The person's employer. At most 200 characters.",
  job_title: "At most 200 characters.",
  country: "Two-letter ISO code (ID, TH, VN…) or the country's English name.",
  consent_to_contact: "yes or no.",
  nsb: "Acronym of the person's NSB (ISO staff only). Blank: the NSB chosen on the import page.",
  role: list(ROLE_LABELS),
  attendance: `${list(ATTENDANCE_LABELS)} (also yes, present, absent…). Blank: Registered.`,
  completed: "yes or no.",
  pre_test: "Whole number from 0 to 100.",
  post_test: "Whole number from 0 to 100.",
  satisfaction: "Whole number from 1 to 5.",
  feedback: "Free text, at most 5000 characters.",
};

type TemplateOptions = { staff: boolean; locale?: Locale };

/** The import template in the user's language: the header row and one example row; staff get the NSB column. */
export function templateTable({ staff, locale = "en" }: TemplateOptions): Table {
  const columns = templateColumns({ staff });
  const [headers, example] = [templateHeaders(locale), templateExample(locale)];
  return { headers: columns.map((c) => headers[c.field]), rows: [columns.map((c) => example[c.field])] };
}

/** What each column accepts (in English for now; its first column names the columns as the template does). */
export function templateHelpTable({ staff, locale = "en" }: TemplateOptions): Table {
  const headers = templateHeaders(locale);
  return { headers: ["Column", "Accepts"], rows: templateColumns({ staff }).map((c) => [headers[c.field], ACCEPTS[c.field]]) };
}
