import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { programmeScope } from "@/server/auth/scopes";
import { recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError } from "@/domain/errors";
import { toDay } from "@/lib/form-fields";
import { looseKey, parseDegree, parseLeadership, parseMembership } from "@/domain/evidence/rules";
import { parseCsv, parseSheet, SheetError, type Sheet } from "@/lib/import/sheet";
import { toCsv } from "@/lib/import/write";
import {
  adoptionSchema,
  committeeRoleSchema,
  MAX_IMPORT_ROWS,
  type AdoptionData,
  type CommitteeRoleData,
  type EvidenceRegister,
} from "@/domain/evidence/schema";
import { ADOPTION_ENTITY } from "./adoptions";
import { COMMITTEE_ROLE_ENTITY, lockCommitteeRoles } from "./committee-roles";
import { isBoundToNsb, choosesNsb } from "@/server/auth/roles";

/*
 * CSV import of the evidence registers. A preview reads and checks every row (against the
 * database too) and writes nothing; a commit checks again inside one transaction and
 * writes every row or none, each with its audit event. Rows are matched to what is already
 * there, so importing the same file twice adds nothing: national adoptions by (NSB,
 * standard), committee roles by (NSB, committee, start date). A focal point's rows must
 * all be their own NSB's (a blank NSB cell means theirs).
 */

export interface EvidenceImportFile {
  fileName: string;
  /** The CSV's text (as the import page sends it), or the bytes of a .csv / .xlsx file. */
  content: string | Uint8Array;
}

/** One problem of the file, with the row as a spreadsheet numbers it (the header is row 1). */
export interface EvidenceRowError {
  row: number;
  column: string;
  reason: string;
}

export type ImportAction = "create" | "update" | "unchanged";

export interface EvidenceImportPreview {
  register: EvidenceRegister;
  fileName: string;
  totalRows: number;
  validRows: number;
  errors: EvidenceRowError[];
  counts: Record<ImportAction, number>;
  /** The first 20 valid rows: what each would do. */
  sample: { row: number; nsb: string; label: string; action: ImportAction }[];
}

export type EvidenceImportResult =
  | { status: "imported"; created: number; updated: number; unchanged: number }
  | { status: "invalid"; totalRows: number; validRows: number; errors: EvidenceRowError[] };

type Field = "nsb" | "standard" | "national_reference" | "adoption_date" | "degree" | "programme" | "committee" | "membership" | "leadership" | "from" | "to";

interface Column {
  field: Field;
  header: string;
  example: string;
  /** Needed in every file ("staff": only when the importer is staff; a focal point's rows are theirs). */
  required: boolean | "staff";
  synonyms: readonly string[];
}

const NSB_COLUMN: Column = {
  field: "nsb", header: "NSB", example: "BSN", required: "staff",
  synonyms: ["nsb acronym", "national standards body", "member", "member body", "iso member", "organization", "organisation"],
};

/** The columns of each register's CSV (the header texts are part of the file format, not UI strings). */
export const EVIDENCE_COLUMNS: Readonly<Record<EvidenceRegister, readonly Column[]>> = {
  adoptions: [
    NSB_COLUMN,
    { field: "standard", header: "Standard", example: "ISO/IEC 27001:2022", required: true, synonyms: ["iso standard", "standard reference", "iso reference", "international standard", "reference"] },
    { field: "national_reference", header: "National reference", example: "SNI ISO/IEC 27001:2022", required: true, synonyms: ["national standard", "national ref", "national number", "adopted as"] },
    { field: "adoption_date", header: "Adoption date", example: "2023-06-20", required: true, synonyms: ["date", "adopted", "adopted on", "date of adoption", "publication date"] },
    { field: "degree", header: "Degree", example: "Identical", required: true, synonyms: ["degree of correspondence", "correspondence", "equivalence", "identical or modified"] },
    { field: "programme", header: "Programme", example: "CET-SEA", required: false, synonyms: ["program", "programme code", "program code", "linked programme"] },
  ],
  committees: [
    NSB_COLUMN,
    { field: "committee", header: "Committee", example: "ISO/IEC JTC 1/SC 42", required: true, synonyms: ["iso committee", "technical committee", "tc", "committee reference"] },
    { field: "membership", header: "Membership", example: "P-member", required: true, synonyms: ["member status", "membership status", "status", "p or o"] },
    { field: "leadership", header: "Leadership", example: "Convener", required: false, synonyms: ["leadership role", "role", "position", "office"] },
    { field: "from", header: "From", example: "2024-01-01", required: true, synonyms: ["from date", "start", "start date", "since", "begin"] },
    { field: "to", header: "To", example: "", required: false, synonyms: ["to date", "end", "end date", "until"] },
  ],
};

const TRANSACTION = { timeout: 60_000, maxWait: 15_000 } as const;
const SAMPLE_SIZE = 20;

// ───────────────────────── Reading the file ─────────────────────────

async function readSheet(file: EvidenceImportFile): Promise<Sheet> {
  try {
    if (typeof file.content === "string") return parseCsv(file.content);
    return await parseSheet(file.fileName || "import.csv", file.content);
  } catch (error) {
    if (error instanceof SheetError) throw new DomainValidationError(error.message, { content: [error.message] });
    throw error;
  }
}

/** Which sheet column feeds each field; problems with the header row as errors of row 1. */
function mapHeaders(register: EvidenceRegister, sheet: Sheet, staff: boolean) {
  const columns = EVIDENCE_COLUMNS[register];
  const index = new Map<Field, number>();
  const errors: EvidenceRowError[] = [];
  sheet.headers.forEach((header, i) => {
    const key = looseKey(header);
    if (!key) return;
    const column = columns.find((c) => looseKey(c.header) === key || c.synonyms.some((s) => looseKey(s) === key));
    if (!column) return;
    if (index.has(column.field)) {
      errors.push({ row: 1, column: header, reason: `Two columns mean “${column.header}”; keep one.` });
      return;
    }
    index.set(column.field, i);
  });
  for (const column of columns) {
    const needed = column.required === true || (column.required === "staff" && staff);
    if (needed && !index.has(column.field)) errors.push({ row: 1, column: column.header, reason: `The file has no “${column.header}” column; add it (download the template to see every column).` });
  }
  const headerOf = (field: Field) => {
    const i = index.get(field);
    return i === undefined ? (columns.find((c) => c.field === field)?.header ?? field) : sheet.headers[i] || field;
  };
  const cell = (cells: string[], field: Field) => {
    const i = index.get(field);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  return { errors, headerOf, cell };
}

interface Reference {
  nsbs: Map<string, { id: string; acronym: string }>;
  ownNsb: { id: string; acronym: string } | null;
  programmes: Map<string, { id: string; code: string; nsbIds: Set<string> }>;
}

async function referenceData(client: Tx, actor: Actor): Promise<Reference> {
  const [nsbs, programmes] = await Promise.all([
    client.organization.findMany({ where: { kind: "NSB", archived: false }, select: { id: true, acronym: true } }),
    client.programme.findMany({ where: programmeScope(actor), select: { id: true, code: true, beneficiaries: { select: { organizationId: true } } } }),
  ]);
  let ownNsb: Reference["ownNsb"] = null;
  if (isBoundToNsb(actor)) {
    ownNsb = actor.organizationId ? await client.organization.findFirst({ where: { id: actor.organizationId, kind: "NSB" }, select: { id: true, acronym: true } }) : null;
    if (!ownNsb) throw new DomainValidationError("Your account is not linked to an NSB.");
  }
  return {
    nsbs: new Map(nsbs.map((n) => [n.acronym.toUpperCase(), n])),
    ownNsb,
    programmes: new Map(programmes.map((p) => [p.code.toUpperCase(), { id: p.id, code: p.code, nsbIds: new Set(p.beneficiaries.map((b) => b.organizationId)) }])),
  };
}

/** The NSB a row names (a focal point: theirs when blank, and only theirs), or the reason it cannot be used. */
function rowNsb(ref: Reference, value: string): { id: string; acronym: string } | string {
  if (!value) return ref.ownNsb ?? "Enter the NSB's acronym, for example BSN.";
  const nsb = ref.nsbs.get(value.toUpperCase());
  if (!nsb) return `“${value}” is not an NSB: use its acronym, for example BSN.`;
  if (ref.ownNsb && nsb.id !== ref.ownNsb.id) return `You can import only ${ref.ownNsb.acronym}'s evidence; this row names ${nsb.acronym}.`;
  return nsb;
}

interface Planned<D> {
  row: number;
  nsb: string;
  data: D;
  label: string;
  key: string;
}

interface Analysis<D, E> {
  totalRows: number;
  errors: EvidenceRowError[];
  rows: (Planned<D> & { action: ImportAction; existing: E | null })[];
}

const isBlank = (cells: string[]) => cells.every((c) => !c || !c.trim());

/** Checks each row with the register's schema (the form's rules) and the reference data. */
function checkRows<D>(
  register: EvidenceRegister,
  sheet: Sheet,
  actor: Actor,
  ref: Reference,
  build: (cell: (field: Field) => string, nsbId: string, fail: (field: Field, reason: string) => void) => Record<string, unknown>,
  schema: { safeParse: (v: unknown) => { success: true; data: D } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  fieldOf: Readonly<Record<string, Field>>,
  keyOf: (data: D) => string,
  labelOf: (data: D) => string,
) {
  const mapped = mapHeaders(register, sheet, choosesNsb(actor));
  const errors = [...mapped.errors];
  const planned: Planned<D>[] = [];
  const dataRows = sheet.rows.map((cells, i) => ({ cells, row: i + 2 })).filter((r) => !isBlank(r.cells));
  if (dataRows.length === 0) errors.push({ row: 1, column: "", reason: "The file has no rows under its header row." });
  if (dataRows.length > MAX_IMPORT_ROWS) {
    errors.push({ row: 1, column: "", reason: `The file has ${dataRows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.` });
    return { totalRows: dataRows.length, errors, planned };
  }
  if (mapped.errors.length) return { totalRows: dataRows.length, errors, planned };
  const firstRowOf = new Map<string, number>();
  for (const { cells, row } of dataRows) {
    const rowErrors: EvidenceRowError[] = [];
    const fail = (field: Field, reason: string) => rowErrors.push({ row, column: mapped.headerOf(field), reason });
    const cell = (field: Field) => mapped.cell(cells, field);
    const nsb = rowNsb(ref, cell("nsb"));
    if (typeof nsb === "string") fail("nsb", nsb);
    const nsbId = typeof nsb === "string" ? "" : nsb.id;
    const raw = build(cell, nsbId, fail);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOf[String(issue.path[0] ?? "")];
        const column = field ? mapped.headerOf(field) : "";
        // A cell whose problem is already said (an unknown NSB, a value not understood) is not reported twice.
        if (field && rowErrors.some((e) => e.column === column)) continue;
        rowErrors.push({ row, column, reason: issue.message });
      }
    }
    if (rowErrors.length || !parsed.success || typeof nsb === "string") {
      errors.push(...rowErrors);
      continue;
    }
    const key = keyOf(parsed.data);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      // Whole sentences, so messages/*/validation.json can translate each.
      const reason = register === "adoptions" ? `This row repeats row ${first} (same NSB and standard).` : `This row repeats row ${first} (same NSB, committee and start date).`;
      errors.push({ row, column: "", reason });
      continue;
    }
    firstRowOf.set(key, row);
    planned.push({ row, nsb: nsb.acronym, data: parsed.data, label: labelOf(parsed.data), key });
  }
  return { totalRows: dataRows.length, errors, planned };
}

// ───────────────────────── National adoptions ─────────────────────────

type AdoptionRow = Prisma.NationalAdoptionGetPayload<object>;

async function analyseAdoptions(client: Tx, actor: Actor, sheet: Sheet): Promise<Analysis<AdoptionData, AdoptionRow>> {
  const ref = await referenceData(client, actor);
  const { totalRows, errors, planned } = checkRows<AdoptionData>(
    "adoptions",
    sheet,
    actor,
    ref,
    (cell, nsbId, fail) => {
      const degreeText = cell("degree");
      const degree = degreeText ? parseDegree(degreeText) : null;
      if (degreeText && !degree) fail("degree", `“${degreeText}” is not a degree: use Identical or Modified.`);
      const code = cell("programme");
      let programmeId: string | null = null;
      if (code) {
        const programme = ref.programmes.get(code.toUpperCase());
        if (!programme) fail("programme", `“${code}” is not a programme code you can see, for example CET-SEA.`);
        else if (nsbId && !programme.nsbIds.has(nsbId)) fail("programme", `This NSB is not a beneficiary of ${programme.code}.`);
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
    },
    adoptionSchema,
    { organizationId: "nsb", standardReference: "standard", nationalReference: "national_reference", adoptionDate: "adoption_date", degree: "degree", programmeId: "programme" },
    (d) => `${d.organizationId}\u0000${d.standardReference}`,
    (d) => `${d.standardReference} → ${d.nationalReference}`,
  );
  const existing = planned.length
    ? await client.nationalAdoption.findMany({
        where: { OR: planned.map((p) => ({ organizationId: p.data.organizationId, standardReference: p.data.standardReference })) },
      })
    : [];
  const byKey = new Map(existing.map((e) => [`${e.organizationId}\u0000${e.standardReference}`, e]));
  const rows = planned.map((p) => {
    const current = byKey.get(p.key) ?? null;
    const same =
      current !== null &&
      current.nationalReference === p.data.nationalReference &&
      current.adoptionDate.getTime() === toDay(p.data.adoptionDate).getTime() &&
      current.degree === p.data.degree &&
      current.programmeId === p.data.programmeId;
    return { ...p, existing: current, action: (current === null ? "create" : same ? "unchanged" : "update") as ImportAction };
  });
  return { totalRows, errors, rows };
}

async function writeAdoptions(tx: Tx, actor: Actor, rows: Analysis<AdoptionData, AdoptionRow>["rows"]) {
  for (const r of rows) {
    const data = {
      organizationId: r.data.organizationId,
      standardReference: r.data.standardReference,
      nationalReference: r.data.nationalReference,
      adoptionDate: toDay(r.data.adoptionDate),
      degree: r.data.degree,
      programmeId: r.data.programmeId,
    };
    if (r.action === "create") {
      const row = await tx.nationalAdoption.create({ data });
      await recordAudit(tx, actor, { action: "CREATE", entityType: ADOPTION_ENTITY, entityId: row.id, after: row });
    } else if (r.action === "update" && r.existing) {
      const after = await updateVersioned(tx, "NationalAdoption", r.existing.id, r.existing.version, data);
      await recordAudit(tx, actor, { action: "UPDATE", entityType: ADOPTION_ENTITY, entityId: after.id, before: r.existing, after });
    }
  }
}

// ───────────────────────── Committee roles ─────────────────────────

type CommitteeRow = Prisma.CommitteeRoleGetPayload<object>;

async function analyseCommitteeRoles(client: Tx, actor: Actor, sheet: Sheet): Promise<Analysis<CommitteeRoleData, CommitteeRow>> {
  const ref = await referenceData(client, actor);
  const { totalRows, errors, planned } = checkRows<CommitteeRoleData>(
    "committees",
    sheet,
    actor,
    ref,
    (cell, nsbId, fail) => {
      const membershipText = cell("membership");
      const membership = membershipText ? parseMembership(membershipText) : null;
      if (membershipText && !membership) fail("membership", `“${membershipText}” is not a membership: use P-member or O-member.`);
      const leadershipText = cell("leadership");
      const leadership = parseLeadership(leadershipText);
      if (!leadership) fail("leadership", `“${leadershipText}” is not a leadership role: use Chair, Secretary, Convener, Twinned, or leave it blank.`);
      return {
        organizationId: nsbId,
        committee: cell("committee"),
        membership: membership ?? membershipText,
        leadership: leadership ?? "NONE",
        fromDate: cell("from"),
        toDate: cell("to"),
      };
    },
    committeeRoleSchema,
    { organizationId: "nsb", committee: "committee", membership: "membership", leadership: "leadership", fromDate: "from", toDate: "to" },
    (d) => `${d.organizationId}\u0000${d.committee}\u0000${d.fromDate}`,
    (d) => d.committee,
  );
  const existing = planned.length
    ? await client.committeeRole.findMany({
        where: { OR: planned.map((p) => ({ organizationId: p.data.organizationId, committee: p.data.committee, fromDate: toDay(p.data.fromDate) })) },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const byKey = new Map<string, CommitteeRow>();
  for (const e of existing) {
    const key = `${e.organizationId}\u0000${e.committee}\u0000${e.fromDate.toISOString().slice(0, 10)}`;
    if (!byKey.has(key)) byKey.set(key, e);
  }
  const rows = planned.map((p) => {
    const current = byKey.get(p.key) ?? null;
    const same =
      current !== null &&
      current.membership === p.data.membership &&
      current.leadership === p.data.leadership &&
      (current.toDate?.getTime() ?? null) === (p.data.toDate === null ? null : toDay(p.data.toDate).getTime());
    return { ...p, existing: current, action: (current === null ? "create" : same ? "unchanged" : "update") as ImportAction };
  });
  return { totalRows, errors, rows };
}

async function writeCommitteeRoles(tx: Tx, actor: Actor, rows: Analysis<CommitteeRoleData, CommitteeRow>["rows"]) {
  for (const r of rows) {
    const data = {
      organizationId: r.data.organizationId,
      committee: r.data.committee,
      membership: r.data.membership,
      leadership: r.data.leadership,
      fromDate: toDay(r.data.fromDate),
      toDate: r.data.toDate === null ? null : toDay(r.data.toDate),
    };
    if (r.action === "create") {
      const row = await tx.committeeRole.create({ data });
      await recordAudit(tx, actor, { action: "CREATE", entityType: COMMITTEE_ROLE_ENTITY, entityId: row.id, after: row });
    } else if (r.action === "update" && r.existing) {
      const after = await updateVersioned(tx, "CommitteeRole", r.existing.id, r.existing.version, data);
      await recordAudit(tx, actor, { action: "UPDATE", entityType: COMMITTEE_ROLE_ENTITY, entityId: after.id, before: r.existing, after });
    }
  }
}

// ───────────────────────── Preview and commit ─────────────────────────

function analyse(client: Tx, actor: Actor, register: EvidenceRegister, sheet: Sheet) {
  return register === "adoptions" ? analyseAdoptions(client, actor, sheet) : analyseCommitteeRoles(client, actor, sheet);
}

const sortErrors = (errors: EvidenceRowError[]) => errors.toSorted((a, b) => a.row - b.row);

/** Reads and checks the file; writes nothing. Lists every bad row with its reason. */
export async function previewEvidenceImport(actor: Actor, register: EvidenceRegister, file: EvidenceImportFile): Promise<EvidenceImportPreview> {
  assertCan(actor, "evidence.write");
  const sheet = await readSheet(file);
  const result = await analyse(db(), actor, register, sheet);
  const errorRows = new Set(result.errors.filter((e) => e.row > 1).map((e) => e.row));
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0 };
  for (const r of result.rows) counts[r.action]++;
  return {
    register,
    fileName: file.fileName,
    totalRows: result.totalRows,
    validRows: result.errors.some((e) => e.row === 1) ? 0 : result.totalRows - errorRows.size,
    errors: sortErrors(result.errors),
    counts,
    sample: result.rows.slice(0, SAMPLE_SIZE).map((r) => ({ row: r.row, nsb: r.nsb, label: r.label, action: r.action })),
  };
}

/** Imports every row or none: checks again in the transaction, then creates or updates each row with its audit event. */
export async function commitEvidenceImport(actor: Actor, register: EvidenceRegister, file: EvidenceImportFile): Promise<EvidenceImportResult> {
  assertCan(actor, "evidence.write");
  const sheet = await readSheet(file);
  try {
    return await db().$transaction(async (tx) => {
      let result = await analyse(tx, actor, register, sheet);
      if (register === "committees" && !result.errors.length) {
        // Writers of these NSBs' roles wait for this import; then read what they have again.
        await lockCommitteeRoles(tx, result.rows.map((r) => r.data.organizationId));
        result = await analyse(tx, actor, register, sheet);
      }
      if (result.errors.length) {
        const errorRows = new Set(result.errors.filter((e) => e.row > 1).map((e) => e.row));
        return { status: "invalid" as const, totalRows: result.totalRows, validRows: result.totalRows - errorRows.size, errors: sortErrors(result.errors) };
      }
      if (register === "adoptions") await writeAdoptions(tx, actor, result.rows as Analysis<AdoptionData, AdoptionRow>["rows"]);
      else await writeCommitteeRoles(tx, actor, result.rows as Analysis<CommitteeRoleData, CommitteeRow>["rows"]);
      const count = (action: ImportAction) => result.rows.filter((r) => r.action === action).length;
      return { status: "imported" as const, created: count("create"), updated: count("update"), unchanged: count("unchanged") };
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainValidationError("Someone added some of these adoptions while you were importing; check the file again.");
    }
    throw error;
  }
}

/** The import template of a register: its header row and one example row (a focal point's NSB is theirs). */
export async function evidenceImportTemplate(actor: Actor, register: EvidenceRegister): Promise<string> {
  assertCan(actor, "evidence.write");
  const own =
    isBoundToNsb(actor) && actor.organizationId
      ? await db().organization.findFirst({ where: { id: actor.organizationId }, select: { acronym: true } })
      : null;
  const columns = EVIDENCE_COLUMNS[register];
  return toCsv({ headers: columns.map((c) => c.header), rows: [columns.map((c) => (c.field === "nsb" && own ? own.acronym : c.example))] });
}
