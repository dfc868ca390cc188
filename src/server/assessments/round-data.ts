import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assessmentRoundScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import { parseTemplateContent } from "@/domain/assessments/template";
import { roundScores } from "@/domain/assessments/scoring";

/** Shared by the questionnaires, the rounds' queries and writes (not exported beyond src/server/assessments). */

export const ROUND_ENTITY = "AssessmentRound";

export const ROUND_INCLUDE = {
  organization: { select: { id: true, acronym: true, name: true } },
  programme: { select: { id: true, code: true, title: true } },
  templateVersion: { select: { id: true, number: true, content: true, template: { select: { id: true, title: true } } } },
  answers: { select: { questionKey: true, score: true, notes: true }, orderBy: { questionKey: "asc" } },
} as const satisfies Prisma.AssessmentRoundInclude;

export type LoadedRound = Prisma.AssessmentRoundGetPayload<{ include: typeof ROUND_INCLUDE }>;

/** A questionnaire's newest version (what a new round is answered with). */
export async function latestVersion(tx: Pick<Tx, "assessmentTemplateVersion">, templateId: string) {
  const version = await tx.assessmentTemplateVersion.findFirst({ where: { templateId }, orderBy: { number: "desc" } });
  if (!version) throw new NotFoundError("Questionnaire");
  return version;
}

/** A round in the caller's scope, with its answers and template version; "not found" otherwise. */
export async function loadRound(tx: Pick<Tx, "assessmentRound">, actor: Actor, id: string): Promise<LoadedRound> {
  const round = await tx.assessmentRound.findFirst({ where: { AND: [{ id }, assessmentRoundScope(actor)] }, include: ROUND_INCLUDE });
  if (!round) throw new NotFoundError("Self-assessment");
  return round;
}

/** The round as the audit trail keeps it: its own fields and its answers, no joined rows. */
export function roundSnapshot(round: LoadedRound) {
  const row: Partial<LoadedRound> = { ...round };
  delete row.organization;
  delete row.programme;
  delete row.templateVersion;
  return row as Omit<LoadedRound, "organization" | "programme" | "templateVersion">;
}

/** A round's version content and scores. */
export function scored(round: { templateVersion: { content: unknown }; answers: readonly { questionKey: string; score: number | null }[] }) {
  const content = parseTemplateContent(round.templateVersion.content);
  return { content, scores: roundScores(content, round.answers) };
}
