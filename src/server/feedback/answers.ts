import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { ConflictError, DomainValidationError } from "@/domain/errors";
import { hitRateLimit } from "@/server/rate-limit";
import { findPersonalLink, isOpen } from "@/server/personal-links";

export const FEEDBACK_LIMIT_PER_ADDRESS = 20;
export const FEEDBACK_LIMIT_WINDOW_MINUTES = 10;

/** What the public feedback page shows for a personal link: whose it is and the activity, or that it is unknown, closed or answered. */
export async function describeFeedbackLink(token: string) {
  const link = await findPersonalLink("FEEDBACK", token);
  if (!link) return { state: "unknown" as const };
  const participation = await db().participation.findUnique({
    where: { id: link.participationId },
    select: {
      feedbackAt: true,
      participant: { select: { fullName: true, erasedAt: true } },
      activity: { select: { title: true, startDate: true, endDate: true, venueCity: true, language: true } },
    },
  });
  // An erased person's links say nothing about them or the activity.
  if (!participation || participation.participant.erasedAt) return { state: "unknown" as const };
  const { activity } = participation;
  if (participation.feedbackAt) return { state: "answered" as const, activity };
  if (!isOpen(link)) return { state: "closed" as const, activity };
  return { state: "open" as const, activity, name: participation.participant.fullName, closesAt: link.expiresAt };
}

export interface FeedbackAnswer {
  satisfaction: number;
  feedback: string;
  testimonial: string;
  consentToQuote: boolean;
}

/**
 * Records the answer of the person the personal link belongs to, once. Requests are limited
 * per client address (counted atomically); every refusal of a link reads the same, so the
 * form tells nothing about other people.
 */
export async function submitFeedback(token: string, clientAddress: string, answer: FeedbackAnswer) {
  if (!(await hitRateLimit(`feedback:${clientAddress}`, FEEDBACK_LIMIT_PER_ADDRESS, FEEDBACK_LIMIT_WINDOW_MINUTES))) {
    throw new DomainValidationError("Too many answers from this network. Please try again in a few minutes.");
  }
  const link = await findPersonalLink("FEEDBACK", token);
  if (!link || !isOpen(link)) throw new DomainValidationError("This feedback form is closed.");
  return db().$transaction(async (tx) => {
    const before = await tx.participation.findUnique({ where: { id: link.participationId }, include: { participant: { select: { erasedAt: true } } } });
    if (!before) throw new DomainValidationError("This feedback form is closed.");
    const { participant, ...row } = before;
    if (participant.erasedAt) throw new DomainValidationError("This feedback form is closed.");
    const answered = () => new DomainValidationError("You have already answered this feedback form. Thank you!");
    if (row.feedbackAt) throw answered();
    // At the version read: of two answers sent at once, the second finds it answered.
    const after = await updateVersioned(tx, "Participation", row.id, row.version, {
      satisfaction: answer.satisfaction,
      feedback: answer.feedback,
      testimonial: answer.testimonial,
      consentToQuote: answer.consentToQuote && answer.testimonial.length > 0,
      feedbackAt: new Date(),
    }).catch((error: unknown) => {
      throw error instanceof ConflictError ? answered() : error;
    });
    await tx.personalLink.update({ where: { id: link.id }, data: { usedAt: new Date() } });
    await recordAudit(tx, null, { action: "UPDATE", entityType: "Participation", entityId: row.id, before: row, after });
  });
}
