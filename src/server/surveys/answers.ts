import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { hitRateLimit } from "@/server/rate-limit";
import { findPersonalLink, isOpen } from "@/server/personal-links";
import { ConflictError, DomainValidationError } from "@/domain/errors";
import { readAnswers, type SurveyAnswers } from "@/domain/surveys/rules";
import { questionsOf } from "./access";

/*
 * The public answer form. The personal link is the credential: it names one invitation (one
 * person, one survey), so nobody answers for someone else and the form asks no email. Answers
 * are kept as a draft and finished later from any of the person's links until the survey
 * closes; once submitted they are final. Every refused link reads the same polite sentence.
 */

export const SURVEY_LIMIT_PER_ADDRESS = 30;
export const SURVEY_LIMIT_WINDOW_MINUTES = 10;
const CLOSED = "This survey is closed or this link is not valid.";

async function invitationOfLink(token: string) {
  const link = await findPersonalLink("FOLLOW_UP", token);
  if (!link?.invitationId) return null;
  const invitation = await db().surveyInvitation.findUnique({
    where: { id: link.invitationId },
    select: {
      id: true,
      version: true,
      openedAt: true,
      submittedAt: true,
      answers: true,
      participation: { select: { participant: { select: { fullName: true, erasedAt: true } } } },
      survey: { select: { id: true, monthsAfter: true, opensAt: true, closesAt: true, questions: true, activity: { select: { title: true, startDate: true, endDate: true, venueCity: true, language: true } } } },
    },
  });
  // An erased person's links say nothing about them or the activity.
  if (!invitation || invitation.participation.participant.erasedAt) return null;
  return { link, invitation };
}

/**
 * What the public survey page shows for a link: the questions and the draft, or that it is
 * unknown, closed or already answered. Opening an open link records when it was first opened.
 */
export async function describeSurveyLink(token: string) {
  const found = await invitationOfLink(token);
  if (!found) return { state: "unknown" as const };
  const { link, invitation } = found;
  const { survey } = invitation;
  const activity = survey.activity;
  if (invitation.submittedAt) return { state: "answered" as const, activity };
  if (!isOpen(link) || survey.closesAt.getTime() <= Date.now()) return { state: "closed" as const, activity };
  if (!invitation.openedAt) {
    // Bookkeeping for the response tracking, not an edit: the form's version stays valid.
    await db().surveyInvitation.updateMany({ where: { id: invitation.id, openedAt: null }, data: { openedAt: new Date() } });
  }
  return {
    state: "open" as const,
    activity,
    name: invitation.participation.participant.fullName,
    monthsAfter: survey.monthsAfter,
    closesAt: survey.closesAt,
    questions: questionsOf(survey.questions),
    answers: (invitation.answers ?? {}) as SurveyAnswers,
    version: invitation.version,
  };
}

/**
 * Saves the link's own person's answers: a draft (partial answers kept) or final (every
 * counted question answered, once). Limited per client address, counted atomically.
 */
export async function saveSurveyAnswers(token: string, clientAddress: string, form: Record<string, string | string[]>, options: { submit: boolean; version: number }) {
  if (!(await hitRateLimit(`survey:${clientAddress}`, SURVEY_LIMIT_PER_ADDRESS, SURVEY_LIMIT_WINDOW_MINUTES))) {
    throw new DomainValidationError("Too many answers from this network. Please try again in a few minutes.");
  }
  const found = await invitationOfLink(token);
  if (!found || !isOpen(found.link) || found.invitation.survey.closesAt.getTime() <= Date.now()) throw new DomainValidationError(CLOSED);
  const { invitation } = found;
  const answered = () => new DomainValidationError("You have already answered this survey. Thank you!");
  if (invitation.submittedAt) throw answered();
  const { answers, errors } = readAnswers(questionsOf(invitation.survey.questions), form, options.submit);
  if (Object.keys(errors).length) throw new DomainValidationError("Check the answers marked below.", errors);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const after = await updateVersioned(tx, "SurveyInvitation", invitation.id, options.version, {
      answers,
      draftSavedAt: now,
      ...(options.submit ? { submittedAt: now } : {}),
    }).catch(async (error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
      const current = await tx.surveyInvitation.findUnique({ where: { id: invitation.id }, select: { submittedAt: true } });
      throw current?.submittedAt ? answered() : new DomainValidationError("These answers were changed from another window. Reload the page to see them before saving.");
    });
    if (options.submit) await tx.personalLink.updateMany({ where: { invitationId: invitation.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, null, { action: "UPDATE", entityType: "SurveyInvitation", entityId: invitation.id, after: { submitted: options.submit, questions: Object.keys(answers).length } });
    return { submitted: options.submit, version: after.version };
  });
}
