import "server-only";
import { db } from "@/server/db";
import { env } from "@/env";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError, NotFoundError } from "@/server/errors";
import { activityInScope } from "@/server/participations/queries";
import { newLinkToken } from "@/server/tokens";

/**
 * Opens a feedback form for an activity that participants answer without an account.
 * The link is shown once: only a hash of its token is stored.
 */
export async function createFeedbackLink(actor: Actor, activityId: string, closesAt: Date) {
  assertCan(actor, "participants.write");
  await activityInScope(actor, activityId);
  if (closesAt.getTime() <= Date.now()) throw new DomainValidationError("The closing date must be in the future.", { closesAt: ["Choose a date in the future."] });
  const { token, tokenHash } = newLinkToken();
  const link = await db().$transaction(async (tx) => {
    const row = await tx.feedbackLink.create({ data: { activityId, tokenHash, closesAt, createdById: actor.id } });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "FeedbackLink", entityId: row.id, after: row });
    return row;
  });
  return { id: link.id, closesAt: link.closesAt, url: `${env().APP_URL}/feedback/${token}` };
}

/** The activity's feedback links (open or closed), and a closing date to suggest for a new one. */
export async function listFeedbackLinks(actor: Actor, activityId: string) {
  assertCan(actor, "participants.read");
  await activityInScope(actor, activityId);
  const rows = await db().feedbackLink.findMany({ where: { activityId }, orderBy: { createdAt: "desc" }, select: { id: true, closesAt: true, createdAt: true } });
  const now = Date.now();
  return {
    links: rows.map((row) => ({ ...row, open: row.closesAt.getTime() > now })),
    suggestedClose: new Date(now + 30 * 86_400_000).toISOString().slice(0, 10),
  };
}

/** Closes a link now. */
export async function closeFeedbackLink(actor: Actor, linkId: string) {
  assertCan(actor, "participants.write");
  const link = await db().feedbackLink.findUnique({ where: { id: linkId } });
  if (!link) throw new NotFoundError("Feedback link");
  await activityInScope(actor, link.activityId);
  await db().$transaction(async (tx) => {
    const after = await tx.feedbackLink.update({ where: { id: linkId }, data: { closesAt: new Date() } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "FeedbackLink", entityId: linkId, before: link, after });
  });
}
