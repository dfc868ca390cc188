import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { ConflictError, NotFoundError } from "@/domain/errors";
import { assertVersion } from "./record";

/**
 * Every model with a `version` column. tests/integration/versioned-updates.test.ts checks
 * this list against the schema and that no code updates these models but through here.
 */
export const VERSIONED_MODELS = [
  "ActionPlan",
  "ResultArea",
  "Organization",
  "User",
  "Participant",
  "Programme",
  "Activity",
  "Participation",
  "Indicator",
  "IndicatorReport",
  "NationalAdoption",
  "CommitteeRole",
  "FollowUpSurvey",
  "SurveyInvitation",
  "AssessmentTemplate",
  "AssessmentRound",
] as const satisfies readonly Prisma.ModelName[];

export type VersionedModel = (typeof VERSIONED_MODELS)[number];
type Ops<M extends VersionedModel> = Prisma.TypeMap["model"][M]["operations"];
export type VersionedData<M extends VersionedModel> = Omit<Ops<M>["updateMany"]["args"]["data"], "version">;
export type VersionedRow<M extends VersionedModel> = Prisma.TypeMap["model"][M]["payload"]["scalars"];

interface LooseDelegate {
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string }; omit?: object }): Promise<{ id: string; version: number; updatedAt: Date } | null>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<unknown>;
}
const delegate = (tx: Tx, model: VersionedModel) =>
  (tx as unknown as Record<string, LooseDelegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;

/**
 * Writes `data` to the row only if it is still at `version`, and bumps the version, in
 * ONE statement: the condition is part of the UPDATE, so of two saves read at the same
 * version exactly one wins (the other, queued on the row lock, finds the version moved
 * and gets a ConflictError). Returns the row as written.
 */
export async function updateVersioned<M extends VersionedModel>(
  tx: Tx,
  model: M,
  id: string,
  version: number,
  data: VersionedData<M>,
): Promise<VersionedRow<M>> {
  const rows = delegate(tx, model);
  const { count } = await rows.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const now = await rows.findUnique({ where: { id }, ...(model === "User" ? { omit: { passwordHash: true } } : {}) });
    if (!now) throw new NotFoundError();
    await assertVersion(tx, model, now, version);
    throw new ConflictError(null, now.updatedAt, now); // versions only grow: not reached
  }
  return (await rows.findUniqueOrThrow({ where: { id } })) as VersionedRow<M>;
}

/**
 * A change made by the system, not from an edit form (an answer from the feedback form, a
 * merge moving rows, a password change): no version was read, but the row still moves to
 * the next version so an editor holding the old one is told of it.
 */
export async function updateAtCurrentVersion<M extends VersionedModel>(
  tx: Tx,
  model: M,
  id: string,
  data: VersionedData<M>,
): Promise<VersionedRow<M>> {
  const rows = delegate(tx, model);
  const { count } = await rows.updateMany({ where: { id }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new NotFoundError();
  return (await rows.findUniqueOrThrow({ where: { id } })) as VersionedRow<M>;
}

/**
 * Deletes the row only if it is still at `version`, in one statement. A row saved meanwhile
 * answers ConflictError (who changed it, when); one deleted meanwhile, NotFoundError(`what`).
 */
export async function deleteVersioned(tx: Tx, model: VersionedModel, id: string, version: number, what = "Record"): Promise<void> {
  const rows = delegate(tx, model) as LooseDelegate & { deleteMany(args: { where: object }): Promise<{ count: number }> };
  const { count } = await rows.deleteMany({ where: { id, version } });
  if (count > 0) return;
  const now = await rows.findUnique({ where: { id }, ...(model === "User" ? { omit: { passwordHash: true } } : {}) });
  if (now) await assertVersion(tx, model, now, version);
  throw new NotFoundError(what);
}
