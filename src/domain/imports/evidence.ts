/**
 * The evidence registers' sheet imports (national adoptions, committee roles) defined on
 * the import engine (src/lib/import/engine.ts): their columns, with synonyms in English,
 * French and Spanish, and their row rules. Each row is checked with the register's form
 * schema (src/domain/evidence/schema.ts), so an imported row meets the form's rules. Pure:
 * the reference data (NSBs, programmes) is passed in by the data layer.
 */
import { parseDegree, parseLeadership, parseMembership } from "@/domain/evidence/rules";
import {
  adoptionSchema,
  committeeRoleSchema,
  MAX_IMPORT_ROWS,
  type AdoptionData,
  type CommitteeRoleData,
  type EvidenceRegister,
} from "@/domain/evidence/schema";
import { cellReader, columnNames, dataRows, missingColumns, repeatedColumns, sizeProblems, suggestColumns, type SheetColumn } from "@/lib/import/engine";
import { rowProblem, type ImportErrorCode, type Params, type RowError } from "@/lib/import/errors";
import type { Sheet } from "@/lib/import/sheet";

export type EvidenceField = "nsb" | "standard" | "national_reference" | "adoption_date" | "degree" | "programme" | "committee" | "membership" | "leadership" | "from" | "to";
export type EvidenceRowError = RowError<EvidenceField>;

export interface EvidenceColumn extends SheetColumn<EvidenceField> {
  example: string;
  required: boolean | "staff";
}

const NSB_COLUMN: EvidenceColumn = {
  field: "nsb", header: "NSB", example: "BSN", required: "staff",
  synonyms: ["nsb acronym", "national standards body", "member", "member body", "iso member", "organization", "organisation", "onn", "sigle", "sigla", "organisme national de normalisation", "organismo nacional de normalización"],
};

/** The columns of each register's sheet (the English headers are part of the file format, not UI strings). */
export const EVIDENCE_COLUMNS: Readonly<Record<EvidenceRegister, readonly EvidenceColumn[]>> = {
  adoptions: [
    NSB_COLUMN,
    { field: "standard", header: "Standard", example: "ISO/IEC 27001:2022", required: true, synonyms: ["iso standard", "standard reference", "iso reference", "international standard", "reference", "norme", "norme iso", "norme internationale", "norma", "norma iso", "norma internacional"] },
    { field: "national_reference", header: "National reference", example: "SNI ISO/IEC 27001:2022", required: true, synonyms: ["national standard", "national ref", "national number", "adopted as", "référence nationale", "norme nationale", "referencia nacional", "norma nacional"] },
    { field: "adoption_date", header: "Adoption date", example: "2023-06-20", required: true, synonyms: ["date", "adopted", "adopted on", "date of adoption", "publication date", "date d'adoption", "fecha", "fecha de adopción"] },
    { field: "degree", header: "Degree", example: "Identical", required: true, synonyms: ["degree of correspondence", "correspondence", "equivalence", "identical or modified", "degré", "degré de correspondance", "grado", "grado de correspondencia"] },
    { field: "programme", header: "Programme", example: "CET-SEA", required: false, synonyms: ["program", "programme code", "program code", "linked programme", "code du programme", "programa", "código del programa"] },
  ],
  committees: [
    NSB_COLUMN,
    { field: "committee", header: "Committee", example: "ISO/IEC JTC 1/SC 42", required: true, synonyms: ["iso committee", "technical committee", "tc", "committee reference", "comité", "comité iso", "comité technique", "comité técnico"] },
    { field: "membership", header: "Membership", example: "P-member", required: true, synonyms: ["member status", "membership status", "status", "p or o", "statut de membre", "adhésion", "membresía", "condición de miembro"] },
    { field: "leadership", header: "Leadership", example: "Convener", required: false, synonyms: ["leadership role", "role", "position", "office", "fonction de direction", "direction", "función de liderazgo", "liderazgo"] },
    { field: "from", header: "From", example: "2024-01-01", required: true, synonyms: ["from date", "start", "start date", "since", "begin", "depuis", "date de début", "début", "desde", "fecha de inicio", "inicio"] },
    { field: "to", header: "To", example: "", required: false, synonyms: ["to date", "end", "end date", "until", "jusqu'à", "date de fin", "fin", "hasta", "fecha de fin"] },
  ],
};

const NAMES = { adoptions: columnNames(EVIDENCE_COLUMNS.adoptions), committees: columnNames(EVIDENCE_COLUMNS.committees) };

/** What a row is checked against: the NSBs (by upper-case acronym), a focal point's own, the programmes they see (by upper-case code). */
export interface EvidenceReference {
  nsbs: ReadonlyMap<string, { id: string; acronym: string }>;
  ownNsb: { id: string; acronym: string } | null;
  programmes: ReadonlyMap<string, { id: string; code: string; nsbIds: ReadonlySet<string> }>;
}

/** A valid row: what it would write, matched later against the register by `key`. */
export interface PlannedRow<D> {
  row: number;
  nsb: string;
  data: D;
  label: string;
  key: string;
}

type Cell = (field: EvidenceField) => string;
type Fail = (field: EvidenceField, code: ImportErrorCode, params?: Params) => void;
type Schema<D> = { safeParse: (v: unknown) => { success: true; data: D } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };

/** A register's row rules: the cells read into the schema's input, the schema, and how rows are told apart. */
interface RegisterRules<D> {
  build: (cell: Cell, nsbId: string, fail: Fail, ref: EvidenceReference) => Record<string, unknown>;
  schema: Schema<D>;
  /** The column of each schema field (for the schema's problems). */
  fieldOf: Readonly<Record<string, EvidenceField>>;
  keyOf: (data: D) => string;
  labelOf: (data: D) => string;
  repeats: ImportErrorCode;
}

function adoptionCells(cell: Cell, nsbId: string, fail: Fail, ref: EvidenceReference) {
  const degreeText = cell("degree");
  const degree = degreeText ? parseDegree(degreeText) : null;
  if (degreeText && !degree) fail("degree", "degreeInvalid", { value: degreeText });
  const code = cell("programme");
  let programmeId: string | null = null;
  if (code) {
    const programme = ref.programmes.get(code.toUpperCase());
    if (!programme) fail("programme", "programmeUnknown", { value: code });
    else if (nsbId && !programme.nsbIds.has(nsbId)) fail("programme", "programmeNotBeneficiary", { programme: programme.code });
    else programmeId = programme.id;
  }
  return {
    organizationId: nsbId,
    standardReference: cell("standard"),
    nationalReference: cell("national_reference"),
    adoptionDate: cell("adoption_date"),
    degree: degree ?? degreeText,
    programmeId,
  };
}

function committeeRoleCells(cell: Cell, nsbId: string, fail: Fail) {
  const membershipText = cell("membership");
  const membership = membershipText ? parseMembership(membershipText) : null;
  if (membershipText && !membership) fail("membership", "membershipInvalid", { value: membershipText });
  const leadershipText = cell("leadership");
  const leadership = parseLeadership(leadershipText);
  if (!leadership) fail("leadership", "leadershipInvalid", { value: leadershipText });
  return {
    organizationId: nsbId,
    committee: cell("committee"),
    membership: membership ?? membershipText,
    leadership: leadership ?? "NONE",
    fromDate: cell("from"),
    toDate: cell("to"),
  };
}

export const adoptionKey = (organizationId: string, standardReference: string) => `${organizationId}\u0000${standardReference}`;
export const committeeRoleKey = (organizationId: string, committee: string, fromDay: string) => `${organizationId}\u0000${committee}\u0000${fromDay}`;

const ADOPTION_RULES: RegisterRules<AdoptionData> = {
  build: adoptionCells,
  schema: adoptionSchema,
  fieldOf: { organizationId: "nsb", standardReference: "standard", nationalReference: "national_reference", adoptionDate: "adoption_date", degree: "degree", programmeId: "programme" },
  keyOf: (d) => adoptionKey(d.organizationId, d.standardReference),
  labelOf: (d) => `${d.standardReference} → ${d.nationalReference}`,
  repeats: "repeatsAdoption",
};

const COMMITTEE_ROLE_RULES: RegisterRules<CommitteeRoleData> = {
  build: committeeRoleCells,
  schema: committeeRoleSchema,
  fieldOf: { organizationId: "nsb", committee: "committee", membership: "membership", leadership: "leadership", fromDate: "from", toDate: "to" },
  keyOf: (d) => committeeRoleKey(d.organizationId, d.committee, d.fromDate),
  labelOf: (d) => d.committee,
  repeats: "repeatsCommitteeRole",
};

/** The NSB a row names (a focal point: theirs when blank, and only theirs), or the problem with it. */
function rowNsb(ref: EvidenceReference, value: string, fail: Fail): { id: string; acronym: string } | null {
  if (!value) return ref.ownNsb ?? (fail("nsb", "nsbEmpty"), null);
  const nsb = ref.nsbs.get(value.toUpperCase());
  if (!nsb) fail("nsb", "nsbUnknown", { value });
  else if (ref.ownNsb && nsb.id !== ref.ownNsb.id) fail("nsb", "evidenceNotYours", { own: ref.ownNsb.acronym, value: nsb.acronym });
  else return nsb;
  return null;
}

/** The header row's problems: a field named by two columns, a required column missing (errors of row 1). */
function headerProblems(register: EvidenceRegister, sheet: Sheet, staff: boolean) {
  const columns = EVIDENCE_COLUMNS[register];
  const headerOf = (field: EvidenceField) => columns.find((c) => c.field === field)?.header ?? field;
  const problem = rowProblem<EvidenceField>(sheet.headers, headerOf);
  const mapping = suggestColumns(NAMES[register], sheet.headers);
  const errors = [
    ...repeatedColumns(NAMES[register], sheet.headers).map(({ index, field }) => problem(1, index, field, "columnTwice", { column: headerOf(field) })),
    ...missingColumns(columns, mapping, staff).map((c) => problem(1, undefined, c.field, "fileColumnMissing", { column: c.header })),
  ];
  return { mapping, problem, errors };
}

/** Checks each row with the register's schema (the form's rules) and the reference data. */
function checkRows<D>(rules: RegisterRules<D>, register: EvidenceRegister, sheet: Sheet, staff: boolean, ref: EvidenceReference) {
  const header = headerProblems(register, sheet, staff);
  const rows = dataRows(sheet);
  const errors: EvidenceRowError[] = [...header.errors, ...sizeProblems<EvidenceField>(sheet.headers, rows.length, MAX_IMPORT_ROWS, { row: 1, none: "fileNoRows", tooMany: "fileTooManyRows" })];
  const planned: PlannedRow<D>[] = [];
  if (header.errors.length || rows.length > MAX_IMPORT_ROWS) return { totalRows: rows.length, errors, planned };
  const reader = cellReader(header.mapping);
  const firstRowOf = new Map<string, number>();
  for (const { cells, row } of rows) {
    const checked = checkRow(rules, ref, row, (field) => reader.raw(cells, field).trim(), (field, code, params) => header.problem(row, field ? reader.columnOf(field) : undefined, field, code, params));
    if ("errors" in checked) {
      errors.push(...checked.errors);
      continue;
    }
    const key = rules.keyOf(checked.data);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push(header.problem(row, undefined, null, rules.repeats, { firstRow: first }));
      continue;
    }
    firstRowOf.set(key, row);
    planned.push({ row, nsb: checked.nsb.acronym, data: checked.data, label: rules.labelOf(checked.data), key });
  }
  return { totalRows: rows.length, errors, planned };
}

/** One row: its values through the schema, or its problems (a cell whose problem is already said is not reported twice). */
function checkRow<D>(
  rules: RegisterRules<D>,
  ref: EvidenceReference,
  row: number,
  cell: Cell,
  problemAt: (field: EvidenceField | null, code: ImportErrorCode, params?: Params) => EvidenceRowError,
): { errors: EvidenceRowError[] } | { data: D; nsb: { id: string; acronym: string } } {
  const errors: EvidenceRowError[] = [];
  const fail: Fail = (field, code, params) => errors.push(problemAt(field, code, params));
  const nsb = rowNsb(ref, cell("nsb"), fail);
  const parsed = rules.schema.safeParse(rules.build(cell, nsb?.id ?? "", fail, ref));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = rules.fieldOf[String(issue.path[0] ?? "")];
      if (field && errors.some((e) => e.field === field)) continue;
      errors.push(problemAt(field ?? null, "rule", { message: issue.message }));
    }
  }
  return errors.length || !parsed.success || !nsb ? { errors } : { data: parsed.data, nsb };
}

/** Reads and checks a sheet of national adoptions: the valid rows to match, and every problem. */
export const checkAdoptionRows = (sheet: Sheet, staff: boolean, ref: EvidenceReference) => checkRows(ADOPTION_RULES, "adoptions", sheet, staff, ref);
/** Reads and checks a sheet of committee roles: the valid rows to match, and every problem. */
export const checkCommitteeRoleRows = (sheet: Sheet, staff: boolean, ref: EvidenceReference) => checkRows(COMMITTEE_ROLE_RULES, "committees", sheet, staff, ref);
