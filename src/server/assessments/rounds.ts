import "server-only";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { boundNsbId } from "@/server/auth/roles";
import { nsbScope, programmeScope } from "@/server/auth/scopes";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError } from "@/domain/errors";
import { questionsOf } from "@/domain/assessments/template";
import { unansweredQuestions } from "@/domain/assessments/scoring";
import { nextRoundStatus, roundRefusal, type RoundAction } from "@/domain/assessments/status";
import { MAX_COMMENT, SCORE_PREFIX, type AnswersInput, type OpenRoundInput } from "@/domain/assessments/schema";
import { ROUND_ENTITY, latestVersion, loadRound, roundSnapshot, scored, type LoadedRound } from "./round-data";

/*
 * Writing self-assessment rounds. A focal point opens and answers their own NSB's rounds
 * (whatever NSB a form sends); staff open rounds for any beneficiary NSB, answer for an NSB
 * that sends its answers by mail, and validate or return submitted rounds (never one they
 * submitted themselves). Every change checks the version read and is audited in its
 * transaction.
 */

const CHECK_FIELDS = "Some fields need attention.";

function assertTransition(round: LoadedRound, action: RoundAction) {
  const refusal = roundRefusal(round.status, action);
  if (refusal) throw new DomainValidationError(refusal);
}

/** The NSB must be a beneficiary of the programme, both in the caller's scope. */
async function assertProgrammeNsb(tx: Tx, actor: Actor, programmeId: string, organizationId: string) {
  const programme = await tx.programme.findFirst({ where: { AND: [{ id: programmeId }, programmeScope(actor)] }, select: { id: true } });
  if (!programme) throw new DomainValidationError(CHECK_FIELDS, { programmeId: ["Choose the programme this self-assessment is for."] });
  const nsb = await tx.organization.findFirst({ where: { AND: [{ id: organizationId }, nsbScope(actor), { beneficiaryOf: { some: { programmeId } } }] }, select: { id: true } });
  if (!nsb) throw new DomainValidationError(CHECK_FIELDS, { organizationId: ["Choose one of the programme's beneficiary NSBs."] });
}

/** Opens a DRAFT round with the newest version of the questionnaire (the only or the chosen one). */
export async function openRound(actor: Actor, input: OpenRoundInput) {
  assertCan(actor, "assessments.write");
  const organizationId = boundNsbId(actor) ?? input.organizationId;
  if (!organizationId) throw new DomainValidationError(CHECK_FIELDS, { organizationId: ["Choose the NSB."] });
  return db().$transaction(async (tx) => {
    await assertProgrammeNsb(tx, actor, input.programmeId, organizationId);
    const template = input.templateId
      ? await tx.assessmentTemplate.findUnique({ where: { id: input.templateId }, select: { id: true } })
      : await tx.assessmentTemplate.findFirst({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { id: true } });
    if (!template) throw new DomainValidationError(CHECK_FIELDS, { templateId: ["Choose a questionnaire (ISO staff maintain them)."] });
    const version = await latestVersion(tx, template.id);
    if (input.kind === "BASELINE") {
      // One baseline per NSB and programme: two first saves queue here.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assessment-baseline:${input.programmeId}:${organizationId}`}))`;
      const existing = await tx.assessmentRound.count({ where: { programmeId: input.programmeId, organizationId, kind: "BASELINE" } });
      if (existing) throw new DomainValidationError(CHECK_FIELDS, { kind: ["This NSB already has a baseline for this programme: open a follow-up instead."] });
    }
    const round = await tx.assessmentRound.create({
      data: { organizationId, programmeId: input.programmeId, kind: input.kind, assessedOn: input.assessedOn, templateVersionId: version.id },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: ROUND_ENTITY, entityId: round.id, after: { ...round, answers: [] } });
    return round;
  });
}

/** Answers must name questions of the round's own version. */
function assertQuestions(round: LoadedRound, input: AnswersInput) {
  const known = new Set(questionsOf(scored(round).content).map((q) => q.question.key));
  const unknown = input.answers.filter((a) => !known.has(a.questionKey));
  if (unknown.length) throw new DomainValidationError("Reload the page: some answers are for questions this questionnaire does not have.");
}

/**
 * Saves a DRAFT or RETURNED round's answers (a RETURNED round stays RETURNED until it is
 * resubmitted), and with `submit` submits it in the same transaction: every question
 * needs a level by then (notes stay optional).
 */
export async function saveRoundAnswers(actor: Actor, input: AnswersInput) {
  assertCan(actor, "assessments.write");
  return db().$transaction(async (tx) => {
    const round = await loadRound(tx, actor, input.id);
    await assertVersion(tx, ROUND_ENTITY, round, input.version);
    assertTransition(round, input.submit ? "submit" : "save");
    assertQuestions(round, input);
    const given = new Map(input.answers.map((a) => [a.questionKey, a]));
    const answers = [...round.answers.filter((a) => !given.has(a.questionKey)), ...given.values()].filter((a) => a.score !== null || a.notes !== "");
    if (input.submit) {
      const missing = unansweredQuestions(scored(round).content, answers);
      if (missing.length) {
        throw new DomainValidationError("Choose a level for every question before submitting.", Object.fromEntries(missing.map((key) => [`${SCORE_PREFIX}${key}`, ["Choose a level from 0 to 4."]])));
      }
    }
    await tx.assessmentAnswer.deleteMany({ where: { roundId: round.id } });
    await tx.assessmentAnswer.createMany({ data: answers.map((a) => ({ roundId: round.id, questionKey: a.questionKey, score: a.score, notes: a.notes })) });
    const status = input.submit ? nextRoundStatus(round.status, "submit")! : round.status;
    const after = await updateVersioned(tx, "AssessmentRound", round.id, input.version, {
      status,
      ...(input.submit ? { submittedById: actor.id, submittedAt: new Date() } : {}),
    });
    const sorted = [...answers].sort((a, b) => a.questionKey.localeCompare(b.questionKey));
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ROUND_ENTITY, entityId: round.id, before: roundSnapshot(round), after: { ...after, answers: sorted } });
    return after;
  });
}

/** Staff review: SUBMITTED → VALIDATED, or → RETURNED with the comment the NSB sees. */
export async function reviewRound(actor: Actor, input: { id: string; version: number; decision: "validate" | "return"; comment: string }) {
  assertCan(actor, "assessments.validate");
  const comment = input.comment.trim();
  if (input.decision === "return" && !comment) {
    throw new DomainValidationError(CHECK_FIELDS, { comment: ["Say what the NSB should change: the comment is required to return a self-assessment."] });
  }
  if (comment.length > MAX_COMMENT) throw new DomainValidationError(CHECK_FIELDS, { comment: [`Keep the comment to ${MAX_COMMENT.toLocaleString("en-GB")} characters or fewer.`] });
  return db().$transaction(async (tx) => {
    const round = await loadRound(tx, actor, input.id);
    await assertVersion(tx, ROUND_ENTITY, round, input.version);
    assertTransition(round, input.decision);
    if (round.submittedById === actor.id) {
      throw new DomainValidationError("You submitted this self-assessment yourself: another ISO staff member must validate it.");
    }
    const after = await updateVersioned(tx, "AssessmentRound", round.id, input.version, {
      status: nextRoundStatus(round.status, input.decision)!,
      reviewedById: actor.id,
      reviewedAt: new Date(),
      reviewComment: comment,
    });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: ROUND_ENTITY, entityId: round.id, before: roundSnapshot(round), after: { ...after, answers: round.answers } });
    return after;
  });
}
