import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { programmeScope } from "@/server/auth/scopes";
import { recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { isBoundToNsb, choosesNsb } from "@/server/auth/roles";
import { commitAllOrNothing, invalidImport, readImportSheet, type InvalidImport } from "@/server/imports/engine";
import { DomainValidationError } from "@/domain/errors";
import { toDay } from "@/lib/form-fields";
import { toCsv } from "@/lib/import/write";
import type { Sheet } from "@/lib/import/sheet";
import type { AdoptionData, CommitteeRoleData, EvidenceRegister } from "@/domain/evidence/schema";
import {
  adoptionKey,
  checkAdoptionRows,
  checkCommitteeRoleRows,
  committeeRoleKey,
  EVIDENCE_COLUMNS,
  type EvidenceReference,
  type EvidenceRowError,
  type PlannedRow,
} from "@/domain/imports/evidence";
import { ADOPTION_ENTITY } from "./adoptions";
import { COMMITTEE_ROLE_ENTITY, lockCommitteeRoles } from "./committee-roles";

/*
 * Sheet import of the evidence registers, on the import engine (src/server/imports/engine.ts;
 * columns and row rules in src/domain/imports/evidence.ts). A preview reads and checks every
 * row (against the database too) and writes nothing; a commit checks again inside one
 * transaction and writes every row or none, each with its audit event. Rows are matched to
 * what is already there, so importing the same file twice adds nothing: national adoptions
 * by (NSB, standard), committee roles by (NSB, committee, start date). A focal point's rows
 * must all be their own NSB's (a blank NSB cell means theirs).
 */

export { EVIDENCE_COLUMNS, type EvidenceRowError };

export interface EvidenceImportFile {
  fileName: string;
  /** The CSV's text (as the import page sends it), or the bytes of a .csv / .xlsx file. */
  content: string | Uint8Array;
}

export type ImportAction = "create" | "update" | "unchanged";

export interface EvidenceImportPreview {
  register: EvidenceRegister;
  fileName: string;
  totalRows: number;
  validRows: number;
  /** Every problem: its row, cell, column, code and params (`reason` in English). */
  errors: EvidenceRowError[];
  counts: Record<ImportAction, number>;
  /** The first 20 valid rows: what each would do. */
  sample: { row: number; nsb: string; label: string; action: ImportAction }[];
}

export type EvidenceImportResult = { status: "imported"; created: number; updated: number; unchanged: number } | InvalidImport<EvidenceRowError>;

const TRANSACTION_TIMEOUT = 60_000;
const SAMPLE_SIZE = 20;
const RACED = "Someone added some of these adoptions while you were importing; check the file again.";

async function referenceData(client: Tx, actor: Actor): Promise<EvidenceReference> {
  const [nsbs, programmes] = await Promise.all([
    client.organization.findMany({ where: { kind: "NSB", archived: false }, select: { id: true, acronym: true } }),
    client.programme.findMany({ where: programmeScope(actor), select: { id: true, code: true, beneficiaries: { select: { organizationId: true } } } }),
  ]);
  let ownNsb: EvidenceReference["ownNsb"] = null;
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

type Matched<D, E> = PlannedRow<D> & { action: ImportAction; existing: E | null };
interface Analysis<D, E> {
  totalRows: number;
  errors: EvidenceRowError[];
  rows: Matched<D, E>[];
}

/** Each planned row with the record it matches and what importing it would do. */
function matched<D, E>(planned: PlannedRow<D>[], byKey: ReadonlyMap<string, E>, same: (current: E, data: D) => boolean): Matched<D, E>[] {
  return planned.map((p) => {
    const current = byKey.get(p.key) ?? null;
    return { ...p, existing: current, action: current === null ? "create" : same(current, p.data) ? "unchanged" : "update" };
  });
}

// ───────────────────────── National adoptions ─────────────────────────

type AdoptionRow = Prisma.NationalAdoptionGetPayload<object>;

async function analyseAdoptions(client: Tx, actor: Actor, sheet: Sheet): Promise<Analysis<AdoptionData, AdoptionRow>> {
  const { totalRows, errors, planned } = checkAdoptionRows(sheet, choosesNsb(actor), await referenceData(client, actor));
  const existing = planned.length
    ? await client.nationalAdoption.findMany({ where: { OR: planned.map((p) => ({ organizationId: p.data.organizationId, standardReference: p.data.standardReference })) } })
    : [];
  const byKey = new Map(existing.map((e) => [adoptionKey(e.organizationId, e.standardReference), e]));
  const rows = matched(planned, byKey, (current, data) =>
    current.nationalReference === data.nationalReference &&
    current.adoptionDate.getTime() === toDay(data.adoptionDate).getTime() &&
    current.degree === data.degree &&
    current.programmeId === data.programmeId);
  return { totalRows, errors, rows };
}

async function writeAdoptions(tx: Tx, actor: Actor, rows: Analysis<AdoptionData, AdoptionRow>["rows"]) {
  for (const r of rows) {
    const { organizationId, standardReference, nationalReference, degree, programmeId } = r.data;
    const data = { organizationId, standardReference, nationalReference, adoptionDate: toDay(r.data.adoptionDate), degree, programmeId };
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
  const { totalRows, errors, planned } = checkCommitteeRoleRows(sheet, choosesNsb(actor), await referenceData(client, actor));
  const existing = planned.length
    ? await client.committeeRole.findMany({
        where: { OR: planned.map((p) => ({ organizationId: p.data.organizationId, committee: p.data.committee, fromDate: toDay(p.data.fromDate) })) },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const byKey = new Map<string, CommitteeRow>();
  for (const e of existing) {
    const key = committeeRoleKey(e.organizationId, e.committee, e.fromDate.toISOString().slice(0, 10));
    if (!byKey.has(key)) byKey.set(key, e);
  }
  const rows = matched(planned, byKey, (current, data) =>
    current.membership === data.membership &&
    current.leadership === data.leadership &&
    (current.toDate?.getTime() ?? null) === (data.toDate === null ? null : toDay(data.toDate).getTime()));
  return { totalRows, errors, rows };
}

async function writeCommitteeRoles(tx: Tx, actor: Actor, rows: Analysis<CommitteeRoleData, CommitteeRow>["rows"]) {
  for (const r of rows) {
    const { organizationId, committee, membership, leadership } = r.data;
    const data = { organizationId, committee, membership, leadership, fromDate: toDay(r.data.fromDate), toDate: r.data.toDate === null ? null : toDay(r.data.toDate) };
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

/** Each register as the engine runs it: check and match, lock what the commit writes, write. */
interface RegisterImport {
  analyse: (client: Tx, actor: Actor, sheet: Sheet) => Promise<Analysis<unknown, unknown>>;
  /** Writers of these records wait for the commit (then the rows are checked again). */
  lock?: (tx: Tx, rows: Analysis<unknown, unknown>["rows"]) => Promise<void>;
  write: (tx: Tx, actor: Actor, rows: Analysis<unknown, unknown>["rows"]) => Promise<void>;
}

const REGISTERS: Record<EvidenceRegister, RegisterImport> = {
  adoptions: { analyse: analyseAdoptions, write: (tx, actor, rows) => writeAdoptions(tx, actor, rows as Analysis<AdoptionData, AdoptionRow>["rows"]) },
  committees: {
    analyse: analyseCommitteeRoles,
    lock: (tx, rows) => lockCommitteeRoles(tx, (rows as Analysis<CommitteeRoleData, CommitteeRow>["rows"]).map((r) => r.data.organizationId)),
    write: (tx, actor, rows) => writeCommitteeRoles(tx, actor, rows as Analysis<CommitteeRoleData, CommitteeRow>["rows"]),
  },
};

/** Reads and checks the file; writes nothing. Lists every bad row with its reason. */
export async function previewEvidenceImport(actor: Actor, register: EvidenceRegister, file: EvidenceImportFile): Promise<EvidenceImportPreview> {
  assertCan(actor, "evidence.write");
  const sheet = await readImportSheet(file.fileName, file.content, "content");
  const result = await REGISTERS[register].analyse(db(), actor, sheet);
  const { errors, validRows } = invalidImport(result.totalRows, result.errors);
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0 };
  for (const r of result.rows) counts[r.action]++;
  return {
    register,
    fileName: file.fileName,
    totalRows: result.totalRows,
    validRows: result.errors.some((e) => e.row === 1) ? 0 : validRows,
    errors,
    counts,
    sample: result.rows.slice(0, SAMPLE_SIZE).map((r) => ({ row: r.row, nsb: r.nsb, label: r.label, action: r.action })),
  };
}

/** Imports every row or none: checks again in the transaction, then creates or updates each row with its audit event. */
export async function commitEvidenceImport(actor: Actor, register: EvidenceRegister, file: EvidenceImportFile): Promise<EvidenceImportResult> {
  assertCan(actor, "evidence.write");
  const sheet = await readImportSheet(file.fileName, file.content, "content");
  const spec = REGISTERS[register];
  return commitAllOrNothing(async (tx) => {
    let result = await spec.analyse(tx, actor, sheet);
    if (spec.lock && !result.errors.length) {
      await spec.lock(tx, result.rows);
      result = await spec.analyse(tx, actor, sheet);
    }
    if (result.errors.length) return invalidImport(result.totalRows, result.errors);
    await spec.write(tx, actor, result.rows);
    const count = (action: ImportAction) => result.rows.filter((r) => r.action === action).length;
    return { status: "imported" as const, created: count("create"), updated: count("update"), unchanged: count("unchanged") };
  }, { timeout: TRANSACTION_TIMEOUT, raced: RACED });
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
