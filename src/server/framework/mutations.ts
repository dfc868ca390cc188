import "server-only";
import type { ResultLevel } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { isUniqueViolation, refuseFields, refuseIfAny } from "@/server/mutations";

/*
 * Writes to the results framework (staff only, "framework.write"). Every write runs in one
 * transaction with its AuditEvent; content updates carry the version the caller read.
 *
 * Tree rules: a GOAL has no parent; an OUTCOME's parent is a GOAL or none; an OUTPUT's
 * parent is an OUTCOME or a GOAL; the parent is in the same plan and not archived; codes are
 * unique within a plan (case-insensitively). Level and parent are fixed once created.
 *
 * Archiving a result area that still has non-archived children is REFUSED (archive the
 * children first): nothing disappears from the tree by surprise. Restoring a child of an
 * archived parent is refused likewise (restore the parent first).
 *
 * Moving (up / down) swaps sortOrder with the neighbouring non-archived sibling. It changes
 * no content, so it does not bump `version` (an edit form open elsewhere stays valid), but
 * each moved row gets its own audit event.
 */

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface ActionPlanInput {
  title: string;
  startYear: number;
  endYear: number;
  description?: string;
}

export interface ResultAreaInput {
  actionPlanId: string;
  parentId: string | null;
  level: ResultLevel;
  code: string;
  title: string;
  description?: string;
}

export interface ResultAreaUpdate {
  code: string;
  title: string;
  description?: string;
  version: number;
}

/** Which parent levels each level accepts ("none" = may sit at the top of the tree). */
const ALLOWED_PARENTS: Record<ResultLevel, { levels: readonly ResultLevel[]; none: boolean }> = {
  GOAL: { levels: [], none: true },
  OUTCOME: { levels: ["GOAL"], none: true },
  OUTPUT: { levels: ["OUTCOME", "GOAL"], none: false },
};

// ───────────────────────────── validation ─────────────────────────────

function cleanText(value: string | undefined, field: string, max: number, required: boolean, errors: Record<string, string[]>): string {
  const text = (value ?? "").trim();
  if (required && !text) (errors[field] ??= []).push("This field is required.");
  if (text.length > max) (errors[field] ??= []).push(`At most ${max} characters.`);
  return text;
}

function validPlan(input: ActionPlanInput) {
  const errors: Record<string, string[]> = {};
  const title = cleanText(input.title, "title", 200, true, errors);
  const description = cleanText(input.description, "description", 5000, false, errors);
  for (const field of ["startYear", "endYear"] as const) {
    const year = input[field];
    if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) (errors[field] ??= []).push(`Enter a year between ${YEAR_MIN} and ${YEAR_MAX}.`);
  }
  if (!errors.startYear && !errors.endYear && input.endYear < input.startYear) errors.endYear = ["The end year cannot be before the start year."];
  refuseIfAny(errors);
  return { title, description, startYear: input.startYear, endYear: input.endYear };
}

function validArea(input: { code: string; title: string; description?: string }) {
  const errors: Record<string, string[]> = {};
  const code = cleanText(input.code, "code", 30, true, errors);
  if (code && !CODE_PATTERN.test(code)) (errors.code ??= []).push("Use letters, digits, dots, hyphens or underscores (e.g. O1.2).");
  const title = cleanText(input.title, "title", 200, true, errors);
  const description = cleanText(input.description, "description", 5000, false, errors);
  refuseIfAny(errors);
  return { code, title, description };
}

/** Serialises tree writes within one plan (sort order, code uniqueness). */
async function lockPlan(tx: Tx, actionPlanId: string) {
  await tx.$queryRaw`SELECT 1 FROM "ActionPlan" WHERE "id" = ${actionPlanId} FOR UPDATE`;
}

async function assertCodeFree(tx: Tx, actionPlanId: string, code: string, exceptId?: string) {
  const taken = await tx.resultArea.findFirst({
    where: { actionPlanId, code: { equals: code, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) refuseFields({ code: [`The code ${code} is already used in this plan.`] });
}

/** A unique-constraint race on (actionPlanId, code) becomes the same field error. */
function duplicateCode(error: unknown, code: string): never {
  if (isUniqueViolation(error)) refuseFields({ code: [`The code ${code} is already used in this plan.`] });
  throw error;
}

function assertPlanOpen(plan: { archived: boolean }) {
  if (plan.archived) throw new DomainValidationError("This Action Plan is archived. Restore it before changing its results.");
}

// ───────────────────────────── Action Plans ─────────────────────────────

export async function createActionPlan(actor: Actor, input: ActionPlanInput) {
  assertCan(actor, "framework.write");
  const data = validPlan(input);
  return db().$transaction(async (tx) => {
    const plan = await tx.actionPlan.create({ data });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "ActionPlan", entityId: plan.id, after: plan });
    return plan;
  });
}

export async function updateActionPlan(actor: Actor, id: string, input: ActionPlanInput & { version: number }) {
  assertCan(actor, "framework.write");
  const data = validPlan(input);
  return db().$transaction(async (tx) => {
    const before = await tx.actionPlan.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Action Plan");
    await assertVersion(tx, "ActionPlan", before, input.version);
    const after = await updateVersioned(tx, "ActionPlan", id, input.version, data);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "ActionPlan", entityId: id, before, after });
    return after;
  });
}

async function setPlanArchived(actor: Actor, id: string, archived: boolean, version?: number) {
  assertCan(actor, "framework.write");
  return db().$transaction(async (tx) => {
    const before = await tx.actionPlan.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Action Plan");
    if (version !== undefined) await assertVersion(tx, "ActionPlan", before, version);
    if (before.archived === archived) return before;
    const after = await updateVersioned(tx, "ActionPlan", id, version ?? before.version, { archived });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "ActionPlan", entityId: id, before, after });
    return after;
  });
}

/** Hides a plan from lists and pickers; its tree and links are kept. */
export const archiveActionPlan = (actor: Actor, id: string, version?: number) => setPlanArchived(actor, id, true, version);
export const restoreActionPlan = (actor: Actor, id: string, version?: number) => setPlanArchived(actor, id, false, version);

// ───────────────────────────── Result areas ─────────────────────────────

export async function createResultArea(actor: Actor, input: ResultAreaInput) {
  assertCan(actor, "framework.write");
  const data = validArea(input);
  const parentId = input.parentId || null;
  return db()
    .$transaction(async (tx) => {
      const plan = await tx.actionPlan.findUnique({ where: { id: input.actionPlanId }, select: { id: true, archived: true } });
      if (!plan) throw new NotFoundError("Action Plan");
      assertPlanOpen(plan);
      await lockPlan(tx, plan.id);

      const rule = ALLOWED_PARENTS[input.level];
      if (!rule) refuseFields({ level: ["Choose a level."] });
      if (parentId === null) {
        if (!rule.none) refuseFields({ parentId: ["An output must sit under an outcome or a goal."] });
      } else {
        if (input.level === "GOAL") refuseFields({ parentId: ["A goal is at the top of the tree and has no parent."] });
        const parent = await tx.resultArea.findUnique({ where: { id: parentId }, select: { actionPlanId: true, level: true, archived: true } });
        if (!parent || parent.actionPlanId !== plan.id) refuseFields({ parentId: ["Choose a parent from this plan."] });
        if (parent.archived) refuseFields({ parentId: ["The parent is archived. Restore it first, or choose another parent."] });
        if (!rule.levels.includes(parent.level)) {
          refuseFields({
            parentId: [input.level === "OUTCOME" ? "An outcome's parent must be a goal." : "An output's parent must be an outcome or a goal."],
          });
        }
      }
      await assertCodeFree(tx, plan.id, data.code);
      const last = await tx.resultArea.aggregate({ where: { actionPlanId: plan.id }, _max: { sortOrder: true } });
      const area = await tx.resultArea.create({
        data: { ...data, actionPlanId: plan.id, parentId, level: input.level, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      });
      await recordAudit(tx, actor, { action: "CREATE", entityType: "ResultArea", entityId: area.id, after: area });
      return area;
    })
    .catch((error) => duplicateCode(error, data.code));
}

/** Renames a result area, or changes its code or description. */
export async function updateResultArea(actor: Actor, id: string, input: ResultAreaUpdate) {
  assertCan(actor, "framework.write");
  const data = validArea(input);
  return db()
    .$transaction(async (tx) => {
      const found = await tx.resultArea.findUnique({ where: { id }, include: { actionPlan: { select: { archived: true } } } });
      if (!found) throw new NotFoundError("Result area");
      const { actionPlan, ...before } = found;
      assertPlanOpen(actionPlan);
      await lockPlan(tx, before.actionPlanId);
      await assertVersion(tx, "ResultArea", before, input.version);
      if (data.code !== before.code) await assertCodeFree(tx, before.actionPlanId, data.code, id);
      const after = await updateVersioned(tx, "ResultArea", id, input.version, data);
      await recordAudit(tx, actor, { action: "UPDATE", entityType: "ResultArea", entityId: id, before, after });
      return after;
    })
    .catch((error) => duplicateCode(error, data.code));
}

/** Swaps the area's place with its previous ("up") or next ("down") non-archived sibling. */
export async function moveResultArea(actor: Actor, id: string, direction: "up" | "down") {
  assertCan(actor, "framework.write");
  if (direction !== "up" && direction !== "down") throw new DomainValidationError("Move up or down.");
  return db().$transaction(async (tx) => {
    const found = await tx.resultArea.findUnique({ where: { id }, include: { actionPlan: { select: { archived: true } } } });
    if (!found) throw new NotFoundError("Result area");
    const { actionPlan, ...area } = found;
    assertPlanOpen(actionPlan);
    if (area.archived) throw new DomainValidationError("An archived result area cannot be moved. Restore it first.");
    await lockPlan(tx, area.actionPlanId);
    const siblings = await tx.resultArea.findMany({
      where: { actionPlanId: area.actionPlanId, parentId: area.parentId, archived: false },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }, { id: "asc" }],
    });
    const index = siblings.findIndex((s) => s.id === id);
    const other = siblings[direction === "up" ? index - 1 : index + 1];
    if (!other) throw new DomainValidationError(direction === "up" ? `${area.code} is already first.` : `${area.code} is already last.`);
    // Distinct values even if two siblings ever shared one, so the swap always shows.
    const [mine, theirs] = area.sortOrder === other.sortOrder
      ? direction === "up" ? [other.sortOrder, other.sortOrder + 1] : [other.sortOrder + 1, other.sortOrder]
      : [other.sortOrder, area.sortOrder];
    // Not through updateVersioned: a move changes no content, so the version an open edit
    // form holds stays valid; two moves are serialised by the plan's lock above.
    const movedArea = await tx.resultArea.update({ where: { id: area.id }, data: { sortOrder: mine } });
    const movedOther = await tx.resultArea.update({ where: { id: other.id }, data: { sortOrder: theirs } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "ResultArea", entityId: area.id, before: area, after: movedArea });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "ResultArea", entityId: other.id, before: other, after: movedOther });
    return movedArea;
  });
}

async function setAreaArchived(actor: Actor, id: string, archived: boolean, version?: number) {
  assertCan(actor, "framework.write");
  return db().$transaction(async (tx) => {
    const found = await tx.resultArea.findUnique({
      where: { id },
      include: { actionPlan: { select: { archived: true } }, parent: { select: { archived: true, code: true } } },
    });
    if (!found) throw new NotFoundError("Result area");
    const { actionPlan, parent, ...before } = found;
    assertPlanOpen(actionPlan);
    if (version !== undefined) await assertVersion(tx, "ResultArea", before, version);
    if (before.archived === archived) return before;
    if (archived) {
      const live = await tx.resultArea.findMany({ where: { parentId: id, archived: false }, select: { code: true }, orderBy: { code: "asc" } });
      if (live.length) {
        throw new DomainValidationError(
          `${before.code} still has ${live.length === 1 ? "a result" : `${live.length} results`} under it (${live.map((c) => c.code).join(", ")}). Archive ${live.length === 1 ? "it" : "them"} first.`,
        );
      }
    } else if (parent?.archived) {
      throw new DomainValidationError(`Its parent ${parent.code} is archived. Restore ${parent.code} first.`);
    }
    const after = await updateVersioned(tx, "ResultArea", id, version ?? before.version, { archived });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "ResultArea", entityId: id, before, after });
    return after;
  });
}

/** Refused while the area has non-archived children (see the rules at the top). */
export const archiveResultArea = (actor: Actor, id: string, version?: number) => setAreaArchived(actor, id, true, version);
/** Refused while its parent is archived. */
export const restoreResultArea = (actor: Actor, id: string, version?: number) => setAreaArchived(actor, id, false, version);
