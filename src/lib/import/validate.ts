import type { AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { normalizePersonName } from "@/lib/normalize";
import messages from "../../../messages/en/imports.json";
import { COLUMN_BY_FIELD, columnLetter, isTemplateExample, type ColumnMapping, type ImportField } from "./columns";
import { looseKey } from "./mapping";
import type { Sheet } from "./sheet";
import {
  lookup,
  parseAgeBand,
  parseAttendance,
  parseBoolean,
  parseEmail,
  parseFullName,
  parseRole,
  parseSex,
  parseStakeholderGroup,
  parseText,
  parseWholeNumber,
  shown,
  type ImportErrorCode,
  type Params,
  type Parsed,
} from "./values";

/** One problem of the sheet, pointing at the cell to fix. */
export interface RowError {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The cell, e.g. "C5"; empty when the problem is not one cell's. */
  cell: string;
  /** The sheet's header of that column. */
  column: string;
  field: ImportField | null;
  code: ImportErrorCode;
  params: Params;
  /** The problem in English (the page translates `code` with `params`). */
  reason: string;
}

/** A valid row, read into the app's values; null means "the sheet gives no value". */
export interface ParsedRow {
  row: number;
  participant: {
    fullName: string;
    normalizedName: string;
    email: string | null;
    sex: Sex | null;
    ageBand: AgeBand | null;
    stakeholderGroup: StakeholderGroup | null;
    organizationName: string | null;
    jobTitle: string | null;
    countryCode: string | null;
    consentToContact: boolean | null;
    /** The NSB the sheet names in its NSB column. */
    nsbId: string | null;
  };
  /** The NSB the person belongs to if they are new (or are looked up by name): the NSB column, else the import's. */
  owningNsbId: string | null;
  participation: {
    role: ParticipationRole | null;
    attendance: Attendance | null;
    completed: boolean | null;
    preTestScore: number | null;
    postTestScore: number | null;
    satisfaction: number | null;
    feedback: string | null;
  };
}

export interface NsbRef {
  id: string;
  acronym: string;
  name?: string;
}

export interface CountryRef {
  code: string;
  name?: string;
}

export interface ValidateOptions {
  /** The NSBs an NSB cell may name (by acronym or name). */
  nsbs?: readonly NsbRef[];
  /** Known countries; without them any two-letter code is accepted and names are refused. */
  countries?: readonly CountryRef[];
  /** The NSB of rows whose NSB cell is blank (chosen by staff; a focal point's own NSB). */
  defaultNsbId?: string | null;
  /** A focal point's NSB: rows may name no other. */
  ownNsbId?: string | null;
  maxRows?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Validation {
  rows: ParsedRow[];
  errors: RowError[];
  /** Data rows (blank rows are not counted). */
  totalRows: number;
}

export const MAX_IMPORT_ROWS = 100_000;

const texts = messages.importErrors as Record<ImportErrorCode, string>;

/** The English reason for a problem (the same text the page shows through next-intl). */
export function explain(code: ImportErrorCode, params: Params = {}): string {
  return texts[code].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Builds row errors that point at the cell of a field's column (the first column mapped to it). */
export function problemMaker(sheet: Sheet, mapping: ColumnMapping) {
  return (row: number, field: ImportField | null, code: ImportErrorCode, params: Params = {}): RowError => {
    const index = field ? mapping.indexOf(field) : -1;
    return {
      row,
      cell: index < 0 ? "" : `${columnLetter(index)}${row}`,
      column: index < 0 ? "" : (sheet.headers[index] ?? ""),
      field,
      code,
      params,
      reason: explain(code, params),
    };
  };
}

const isBlank = (cells: readonly string[] | undefined) => !cells || cells.every((cell) => !cell || !cell.trim());

/**
 * Reads every data row of `sheet` through `mapping`: the valid rows in app values, and
 * every problem with its row, cell and reason. Duplicate emails (and, without an email,
 * the same name at the same NSB) are an error on the second occurrence.
 */
export function validateRows(sheet: Sheet, mapping: ColumnMapping, options: ValidateOptions = {}): Validation {
  const errors: RowError[] = [];
  const rows: ParsedRow[] = [];
  // The template's example row, left as it is, counts as no row (nobody is named "EXAMPLE").
  const skipped = (cells: readonly string[] | undefined) => isBlank(cells) || isTemplateExample(cells, mapping);
  const totalRows = sheet.rows.reduce((n, cells) => (skipped(cells) ? n : n + 1), 0);
  const columnOf = new Map<ImportField, number>();

  const problem = (row: number, column: number | undefined, field: ImportField | null, code: ImportErrorCode, params: Params = {}): RowError => ({
    row,
    cell: column === undefined ? "" : `${columnLetter(column)}${row}`,
    column: column === undefined ? "" : (sheet.headers[column] ?? ""),
    field,
    code,
    params,
    reason: explain(code, params),
  });

  // The mapping itself: the name is required, and each field comes from one column.
  mapping.forEach((field, index) => {
    if (!field) return;
    const first = columnOf.get(field);
    if (first === undefined) columnOf.set(field, index);
    else errors.push(problem(1, index, field, "mappedTwice", { letter: columnLetter(index), column: COLUMN_BY_FIELD[field].header, other: columnLetter(first) }));
  });
  if (!columnOf.has("full_name")) errors.push(problem(1, undefined, "full_name", "columnMissing", { column: COLUMN_BY_FIELD.full_name.header }));
  if (totalRows === 0) errors.push(problem(2, undefined, null, "noRows"));
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  if (totalRows > maxRows) errors.push(problem(2, undefined, null, "tooManyRows", { count: totalRows, max: maxRows }));
  if (errors.length) return { rows: [], errors, totalRows };

  const nsbs = lookup((options.nsbs ?? []).map((n) => [[n.acronym, n.name ?? ""], n] as const));
  const acronymOf = new Map((options.nsbs ?? []).map((n) => [n.id, n.acronym]));
  const countries = options.countries ? lookup(options.countries.map((c) => [[c.code, c.name ?? ""], c.code] as const)) : null;
  const firstEmailRow = new Map<string, number>();
  const firstPersonRow = new Map<string, number>();
  const total = sheet.rows.length;

  for (let index = 0; index < total; index++) {
    const cells = sheet.rows[index];
    if (index % 5000 === 0) options.onProgress?.(index, total);
    if (skipped(cells)) continue;
    const row = index + 2;
    const rowErrors: RowError[] = [];
    const raw = (field: ImportField): string => {
      const column = columnOf.get(field);
      return column === undefined ? "" : (cells?.[column] ?? "");
    };
    function read<T>(field: ImportField, parsed: Parsed<T>): T | null {
      if (parsed.ok) return parsed.value;
      rowErrors.push(problem(row, columnOf.get(field), field, parsed.code, parsed.params));
      return null;
    }

    const fullName = read("full_name", parseFullName(raw("full_name")));
    const email = read("email", parseEmail(raw("email")));
    const sex = read("sex", parseSex(raw("sex")));
    const ageBand = read("age_band", parseAgeBand(raw("age_band")));
    const stakeholderGroup = read("stakeholder_group", parseStakeholderGroup(raw("stakeholder_group")));
    const organizationName = read("organization", parseText(raw("organization"), 200));
    const jobTitle = read("job_title", parseText(raw("job_title"), 200));
    const consentToContact = read("consent_to_contact", parseBoolean(raw("consent_to_contact")));
    const role = read("role", parseRole(raw("role")));
    const attendance = read("attendance", parseAttendance(raw("attendance")));
    const completed = read("completed", parseBoolean(raw("completed")));
    const preTestScore = read("pre_test", parseWholeNumber(raw("pre_test"), 0, 100));
    const postTestScore = read("post_test", parseWholeNumber(raw("post_test"), 0, 100));
    const satisfaction = read("satisfaction", parseWholeNumber(raw("satisfaction"), 1, 5));
    const feedback = read("feedback", parseText(raw("feedback"), 5000));

    let countryCode: string | null = null;
    const countryText = raw("country").trim();
    if (countryText) {
      const code = countries ? countries.get(looseKey(countryText)) : /^[a-z]{2}$/i.test(countryText) ? countryText.toUpperCase() : undefined;
      if (code) countryCode = code;
      else rowErrors.push(problem(row, columnOf.get("country"), "country", "countryInvalid", { value: shown(countryText) }));
    }

    let nsbId: string | null = null;
    const nsbText = raw("nsb").trim();
    if (nsbText) {
      const nsb = nsbs.get(looseKey(nsbText));
      if (!nsb) rowErrors.push(problem(row, columnOf.get("nsb"), "nsb", "nsbUnknown", { value: shown(nsbText) }));
      else if (options.ownNsbId && nsb.id !== options.ownNsbId) {
        rowErrors.push(problem(row, columnOf.get("nsb"), "nsb", "nsbNotYours", { value: nsb.acronym, own: acronymOf.get(options.ownNsbId) ?? "" }));
      } else nsbId = nsb.id;
    }
    const owningNsbId = options.ownNsbId ?? nsbId ?? options.defaultNsbId ?? null;
    // Without an email the person is found (or created) by name within an NSB, which must be known.
    if (!email && !owningNsbId && !(nsbText && rowErrors.some((e) => e.field === "nsb"))) {
      rowErrors.push(problem(row, columnOf.get("nsb"), "nsb", "nsbRequired"));
    }

    const normalizedName = fullName ? normalizePersonName(fullName) : "";
    if (email) {
      const first = firstEmailRow.get(email);
      if (first !== undefined) rowErrors.push(problem(row, columnOf.get("email"), "email", "duplicateEmail", { firstRow: first }));
      else firstEmailRow.set(email, row);
    } else if (fullName && owningNsbId) {
      const key = `${owningNsbId}\u0000${normalizedName}`;
      const first = firstPersonRow.get(key);
      if (first !== undefined) rowErrors.push(problem(row, columnOf.get("full_name"), "full_name", "duplicatePerson", { firstRow: first }));
      else firstPersonRow.set(key, row);
    }

    if (rowErrors.length || !fullName) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row,
      participant: { fullName, normalizedName, email, sex, ageBand, stakeholderGroup, organizationName, jobTitle, countryCode, consentToContact, nsbId },
      owningNsbId,
      participation: { role, attendance, completed, preTestScore, postTestScore, satisfaction, feedback },
    });
  }
  options.onProgress?.(total, total);
  return { rows, errors, totalRows };
}
