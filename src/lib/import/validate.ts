import type { AgeBand, Attendance, ParticipationRole, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { normalizePersonName } from "@/lib/normalize";
import { COLUMN_BY_FIELD, isTemplateExample, type ColumnMapping, type ImportField } from "./columns";
import { cellReader, isBlankRow, looseKey, mappedTwice, sizeProblems } from "./engine";
import { columnLetter, explain, rowProblem, type RowError as EngineRowError } from "./errors";
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

/** One problem of an attendance sheet, pointing at the cell to fix. */
export type RowError = EngineRowError<ImportField>;

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

export { explain };

/** Builds row errors that point at the cell of a field's column (the first column mapped to it). */
export function problemMaker(sheet: Sheet, mapping: ColumnMapping) {
  const problem = rowProblem<ImportField>(sheet.headers);
  return (row: number, field: ImportField | null, code: ImportErrorCode, params: Params = {}): RowError => {
    const index = field ? mapping.indexOf(field) : -1;
    return problem(row, index < 0 ? undefined : index, field, code, params);
  };
}

type Problem = ReturnType<typeof rowProblem<ImportField>>;
type Reader = ReturnType<typeof cellReader<ImportField>>;

/** The mapping itself: the name is required, each field comes from one column, and the sheet has rows (not too many). */
function sheetProblems(sheet: Sheet, mapping: ColumnMapping, totalRows: number, maxRows: number, problem: Problem): RowError[] {
  const errors = mappedTwice(mapping).map(({ index, field, first }) =>
    problem(1, index, field, "mappedTwice", { letter: columnLetter(index), column: COLUMN_BY_FIELD[field].header, other: columnLetter(first) }),
  );
  if (!mapping.includes("full_name")) errors.push(problem(1, undefined, "full_name", "columnMissing", { column: COLUMN_BY_FIELD.full_name.header }));
  return [...errors, ...sizeProblems<ImportField>(sheet.headers, totalRows, maxRows, { row: 2, none: "noRows", tooMany: "tooManyRows" })];
}

/** The references a row is checked against, as lookups by loose key. */
function references(options: ValidateOptions) {
  return {
    nsbs: lookup((options.nsbs ?? []).map((n) => [[n.acronym, n.name ?? ""], n] as const)),
    acronymOf: new Map((options.nsbs ?? []).map((n) => [n.id, n.acronym])),
    countries: options.countries ? lookup(options.countries.map((c) => [[c.code, c.name ?? ""], c.code] as const)) : null,
  };
}
type References = ReturnType<typeof references>;

/** One row's cells, read and checked: the row's values, and its problems pushed to `rowErrors`. */
function readCells(cells: readonly string[] | undefined, row: number, reader: Reader, problem: Problem, rowErrors: RowError[]) {
  const raw = (field: ImportField) => reader.raw(cells, field);
  function read<T>(field: ImportField, parsed: Parsed<T>): T | null {
    if (parsed.ok) return parsed.value;
    rowErrors.push(problem(row, reader.columnOf(field), field, parsed.code, parsed.params));
    return null;
  }
  return {
    fullName: read("full_name", parseFullName(raw("full_name"))),
    email: read("email", parseEmail(raw("email"))),
    sex: read("sex", parseSex(raw("sex"))),
    ageBand: read("age_band", parseAgeBand(raw("age_band"))),
    stakeholderGroup: read("stakeholder_group", parseStakeholderGroup(raw("stakeholder_group"))),
    organizationName: read("organization", parseText(raw("organization"), 200)),
    jobTitle: read("job_title", parseText(raw("job_title"), 200)),
    consentToContact: read("consent_to_contact", parseBoolean(raw("consent_to_contact"))),
    participation: {
      role: read("role", parseRole(raw("role"))),
      attendance: read("attendance", parseAttendance(raw("attendance"))),
      completed: read("completed", parseBoolean(raw("completed"))),
      preTestScore: read("pre_test", parseWholeNumber(raw("pre_test"), 0, 100)),
      postTestScore: read("post_test", parseWholeNumber(raw("post_test"), 0, 100)),
      satisfaction: read("satisfaction", parseWholeNumber(raw("satisfaction"), 1, 5)),
      feedback: read("feedback", parseText(raw("feedback"), 5000)),
    },
  };
}

/** The country cell: a code (or, with known countries, a name). */
function readCountry(text: string, refs: References, fail: (code: ImportErrorCode, params?: Params) => void): string | null {
  if (!text) return null;
  const code = refs.countries ? refs.countries.get(looseKey(text)) : /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : undefined;
  if (!code) fail("countryInvalid", { value: shown(text) });
  return code ?? null;
}

/** The NSB cell: a known NSB, and for a focal point only theirs. */
function readNsb(text: string, refs: References, options: ValidateOptions, fail: (code: ImportErrorCode, params?: Params) => void): string | null {
  if (!text) return null;
  const nsb = refs.nsbs.get(looseKey(text));
  if (!nsb) fail("nsbUnknown", { value: shown(text) });
  else if (options.ownNsbId && nsb.id !== options.ownNsbId) fail("nsbNotYours", { value: nsb.acronym, own: refs.acronymOf.get(options.ownNsbId) ?? "" });
  else return nsb.id;
  return null;
}

/** Checks every row of a valid mapping; duplicates are an error on the second occurrence. */
function checkRows(sheet: Sheet, reader: Reader, options: ValidateOptions, problem: Problem, skipped: (cells: readonly string[] | undefined) => boolean) {
  const errors: RowError[] = [];
  const rows: ParsedRow[] = [];
  const refs = references(options);
  const firstEmailRow = new Map<string, number>();
  const firstPersonRow = new Map<string, number>();
  const total = sheet.rows.length;
  for (let index = 0; index < total; index++) {
    const cells = sheet.rows[index];
    if (index % 5000 === 0) options.onProgress?.(index, total);
    if (skipped(cells)) continue;
    const row = index + 2;
    const rowErrors: RowError[] = [];
    const failAt = (field: ImportField) => (code: ImportErrorCode, params: Params = {}) => rowErrors.push(problem(row, reader.columnOf(field), field, code, params));
    const { fullName, email, participation, ...person } = readCells(cells, row, reader, problem, rowErrors);
    const countryCode = readCountry(reader.raw(cells, "country").trim(), refs, failAt("country"));
    const nsbText = reader.raw(cells, "nsb").trim();
    const nsbId = readNsb(nsbText, refs, options, failAt("nsb"));
    const owningNsbId = options.ownNsbId ?? nsbId ?? options.defaultNsbId ?? null;
    // Without an email the person is found (or created) by name within an NSB, which must be known.
    if (!email && !owningNsbId && !(nsbText && rowErrors.some((e) => e.field === "nsb"))) failAt("nsb")("nsbRequired");
    const normalizedName = fullName ? normalizePersonName(fullName) : "";
    if (email) repeated(firstEmailRow, email, row, failAt("email"), "duplicateEmail");
    else if (fullName && owningNsbId) repeated(firstPersonRow, `${owningNsbId}\u0000${normalizedName}`, row, failAt("full_name"), "duplicatePerson");
    if (rowErrors.length || !fullName) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({ row, participant: { fullName, normalizedName, email, ...person, countryCode, nsbId }, owningNsbId, participation });
  }
  options.onProgress?.(total, total);
  return { rows, errors };
}

/** A key seen on an earlier row is an error pointing at that row; otherwise remembered. */
function repeated(firstRow: Map<string, number>, key: string, row: number, fail: (code: ImportErrorCode, params?: Params) => void, code: ImportErrorCode) {
  const first = firstRow.get(key);
  if (first !== undefined) fail(code, { firstRow: first });
  else firstRow.set(key, row);
}

/**
 * Reads every data row of `sheet` through `mapping`: the valid rows in app values, and
 * every problem with its row, cell and reason. Duplicate emails (and, without an email,
 * the same name at the same NSB) are an error on the second occurrence.
 */
export function validateRows(sheet: Sheet, mapping: ColumnMapping, options: ValidateOptions = {}): Validation {
  // The template's example row, left as it is, counts as no row (nobody is named "EXAMPLE").
  const skipped = (cells: readonly string[] | undefined) => isBlankRow(cells) || isTemplateExample(cells, mapping);
  const totalRows = sheet.rows.reduce((n, cells) => (skipped(cells) ? n : n + 1), 0);
  const problem = rowProblem<ImportField>(sheet.headers);
  const errors = sheetProblems(sheet, mapping, totalRows, options.maxRows ?? MAX_IMPORT_ROWS, problem);
  if (errors.length) return { rows: [], errors, totalRows };
  return { ...checkRows(sheet, cellReader(mapping), options, problem, skipped), totalRows };
}
