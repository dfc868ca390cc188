import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError } from "@/server/errors";
import { hitRateLimit } from "@/server/rate-limit";
import { hashLinkToken } from "@/server/tokens";
import { normalizeEmail } from "@/lib/normalize";

export const FEEDBACK_LIMIT_PER_ADDRESS = 20;
export const FEEDBACK_LIMIT_WINDOW_MINUTES = 10;

/** What the public feedback page shows for a token: the activity, or that the link is unknown or closed. */
export async function describeFeedbackLink(token: string) {
  const link = await db().feedbackLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { closesAt: true, activity: { select: { title: true, startDate: true, endDate: true, venueCity: true, language: true } } },
  });
  if (!link) return { state: "unknown" as const };
  if (link.closesAt.getTime() <= Date.now()) return { state: "closed" as const, activity: link.activity };
  return { state: "open" as const, activity: link.activity, closesAt: link.closesAt };
}

export interface FeedbackAnswer {
  email: string;
  satisfaction: number;
  feedback: string;
  testimonial: string;
  consentToQuote: boolean;
}

/**
 * Records a participant's answer on their participation row. They identify by the email
 * they registered with; each participant answers once; requests are limited per address.
 */
export async function submitFeedback(token: string, clientAddress: string, answer: FeedbackAnswer) {
  if (!(await hitRateLimit(`feedback:${clientAddress}`, FEEDBACK_LIMIT_PER_ADDRESS, FEEDBACK_LIMIT_WINDOW_MINUTES))) {
    throw new DomainValidationError("Too many answers from this network. Please try again in a few minutes.");
  }
  const link = await db().feedbackLink.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link || link.closesAt.getTime() <= Date.now()) throw new DomainValidationError("This feedback form is closed.");
  const notFound = "We could not find a registration with this email for this activity. Use the email you registered with.";
  return db().$transaction(async (tx) => {
    const row = await tx.participation.findFirst({
      where: { activityId: link.activityId, participant: { email: normalizeEmail(answer.email) } },
    });
    if (!row) throw new DomainValidationError(notFound, { email: [notFound] });
    if (row.feedbackAt) throw new DomainValidationError("You have already answered this feedback form. Thank you!", { email: ["Already answered."] });
    const after = await tx.participation.update({
      where: { id: row.id },
      data: {
        satisfaction: answer.satisfaction,
        feedback: answer.feedback,
        testimonial: answer.testimonial,
        consentToQuote: answer.consentToQuote && answer.testimonial.length > 0,
        feedbackAt: new Date(),
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, null, { action: "UPDATE", entityType: "Participation", entityId: row.id, before: row, after });
  });
}
