import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { participantScope } from "@/server/auth/scopes";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError } from "@/domain/errors";
import { mailEnabled, sendMail } from "@/server/mail";
import { issuePersonalLinks } from "@/server/personal-links";
import { activityInScope } from "@/server/participations/queries";

/*
 * Feedback is asked through personal links only: each registered participant of the activity
 * (trainers excepted) gets their own, so nobody can answer for someone else and the form asks
 * no email. A focal point issues links for their own NSB's participants only. The former
 * activity-wide link is retired: a shared link cannot tell who answers.
 */

export interface IssuedFeedbackLink {
  fullName: string;
  email: string | null;
  url: string;
}

/** Issues a personal link for every participant still to answer; only hashes are stored, the URLs are shown once. */
export async function issueFeedbackLinks(actor: Actor, activityId: string, closesAt: Date): Promise<IssuedFeedbackLink[]> {
  return (await issue(actor, activityId, closesAt)).links;
}

async function issue(actor: Actor, activityId: string, closesAt: Date) {
  assertCan(actor, "participants.write");
  const activity = await activityInScope(actor, activityId);
  if (closesAt.getTime() <= Date.now()) throw new DomainValidationError("The closing date must be in the future.", { closesAt: ["Choose a date in the future."] });
  const rows = await db().participation.findMany({
    where: { activityId, role: { not: "TRAINER" }, feedbackAt: null, participant: { AND: [participantScope(actor), { erasedAt: null }] } },
    select: { id: true, participant: { select: { fullName: true, email: true } } },
    orderBy: [{ participant: { fullName: "asc" } }, { id: "asc" }],
  });
  if (!rows.length) throw new DomainValidationError("Every registered participant has already answered, or none is registered.");
  const urls = await db().$transaction(async (tx) => {
    const issued = await issuePersonalLinks(tx, "FEEDBACK", rows.map((r) => r.id), closesAt, actor.id);
    // One event for the batch: the links are secrets, so only their number and closing time are kept.
    await recordAudit(tx, actor, { action: "CREATE", entityType: "PersonalLink", entityId: activity.id, after: { purpose: "FEEDBACK", activityId, links: rows.length, expiresAt: closesAt } });
    return issued;
  });
  return { activity, links: rows.map((r) => ({ fullName: r.participant.fullName, email: r.participant.email, url: urls.get(r.id)! })) };
}

/** Issues the links and mails each to its participant (after the commit); answers how many went out. */
export async function emailFeedbackLinks(actor: Actor, activityId: string, closesAt: Date, compose: (link: IssuedFeedbackLink, activityTitle: string) => { subject: string; text: string }) {
  assertCan(actor, "participants.write");
  await activityInScope(actor, activityId);
  if (!mailEnabled()) throw new DomainValidationError("Email is not configured on this server: download the links and send them yourself.");
  const { activity, links } = await issue(actor, activityId, closesAt);
  let sent = 0;
  let failed = 0;
  for (const link of links) {
    if (!link.email) continue;
    const outcome = await sendMail({ to: link.email, ...compose(link, activity.title) });
    if (outcome === "sent") sent += 1;
    else failed += 1;
  }
  return { sent, failed, withoutEmail: links.filter((l) => !l.email).length };
}

/** How many personal feedback links of the activity (in the caller's scope) are open, and until when. */
export async function feedbackLinkSummary(actor: Actor, activityId: string) {
  assertCan(actor, "participants.read");
  await activityInScope(actor, activityId);
  const where = { purpose: "FEEDBACK" as const, expiresAt: { gt: new Date() }, usedAt: null, participation: { activityId, participant: participantScope(actor) } };
  const [open, latest] = await Promise.all([db().personalLink.count({ where }), db().personalLink.aggregate({ where, _max: { expiresAt: true } })]);
  return { open, openUntil: latest._max.expiresAt, suggestedClose: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) };
}

/** Closes every open personal feedback link of the activity (in the caller's scope) now. */
export async function closeFeedbackLinks(actor: Actor, activityId: string) {
  assertCan(actor, "participants.write");
  await activityInScope(actor, activityId);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.personalLink.updateMany({
      where: { purpose: "FEEDBACK", expiresAt: { gt: now }, participation: { activityId, participant: participantScope(actor) } },
      data: { expiresAt: now },
    });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "PersonalLink", entityId: activityId, after: { purpose: "FEEDBACK", activityId, closed: count } });
    return count;
  });
}
