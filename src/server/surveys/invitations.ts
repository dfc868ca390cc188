import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { mailEnabled, sendMail } from "@/server/mail";
import { issuePersonalLinks } from "@/server/personal-links";
import { translatorFor } from "@/i18n/messages";
import { isLocale } from "@/i18n/locales";
import { DomainValidationError } from "@/domain/errors";
import type { Prisma } from "@/generated/prisma/client";
import { boundNsbId, isBoundToNsb } from "@/server/auth/roles";
import { REMINDER_INTERVAL_DAYS } from "@/domain/surveys/rules";
import { invitationWhere, isClosed, surveyInScope } from "./access";

/*
 * Sending a follow-up's links: the invitations (first time: every invitation not sent yet)
 * or a reminder (every invited person who has not submitted, at most one a week per survey,
 * until reminders are stopped). Tokens are stored hashed, so each round issues new links
 * (earlier ones stay valid until the survey closes); every link of a person opens the same
 * answers. By email in the activity's language when SMTP is set; otherwise the links come
 * back for staff to send (a CSV for mail merge).
 */

export type Delivery = "email" | "csv";

export interface SurveyLink {
  fullName: string;
  email: string | null;
  nsb: string;
  url: string;
}

export interface SentLinks {
  links: SurveyLink[];
  sent: number;
  failed: number;
  withoutEmail: number;
}

type Survey = Awaited<ReturnType<typeof surveyInScope>>;

async function mailLinks(survey: Survey, links: SurveyLink[], reminder: boolean): Promise<Omit<SentLinks, "links">> {
  const language = survey.activity.language;
  const t = await translatorFor(isLocale(language) ? language : "en", "surveys.mail");
  const values = { activity: survey.activity.title, date: survey.closesAt.toISOString().slice(0, 10) };
  let sent = 0;
  let failed = 0;
  for (const link of links) {
    if (!link.email) continue;
    const outcome = await sendMail({
      to: link.email,
      subject: t(reminder ? "reminderSubject" : "subject", values),
      text: t(reminder ? "reminderBody" : "body", { ...values, name: link.fullName, url: link.url }),
    });
    if (outcome === "sent") sent += 1;
    else failed += 1;
  }
  return { sent, failed, withoutEmail: links.filter((l) => !l.email).length };
}

async function issueFor(actor: Actor, survey: Survey, delivery: Delivery, reminder: boolean): Promise<SentLinks> {
  if (delivery === "email" && !mailEnabled()) throw new DomainValidationError("Email is not configured on this server: download the links and send them yourself.");
  const invitations = await db().surveyInvitation.findMany({
    where: { AND: [{ surveyId: survey.id, submittedAt: null }, reminder ? remindable() : { sentAt: null }, invitationWhere(actor)] },
    select: { id: true, participationId: true, participation: { select: { participant: { select: { fullName: true, email: true, organization: { select: { acronym: true } } } } } } },
    orderBy: [{ participation: { participant: { fullName: "asc" } } }, { id: "asc" }],
  });
  if (!invitations.length) throw new DomainValidationError(reminder ? "Nobody to remind: everyone invited has answered or had a reminder less than a week ago." : "Every invitation has been sent already.");
  const urls = await db().$transaction(async (tx) => {
    const now = new Date();
    const issued = await issuePersonalLinks(tx, "FOLLOW_UP", invitations.map((i) => i.participationId), survey.closesAt, actor.id, new Map(invitations.map((i) => [i.participationId, i.id])));
    const ids = invitations.map((i) => i.id);
    // Delivery bookkeeping, not an edit of the answers: an open answer form stays valid.
    await tx.surveyInvitation.updateMany({ where: { id: { in: ids } }, data: reminder ? { lastRemindedAt: now, reminders: { increment: 1 } } : { sentAt: now } });
    if (reminder) await updateVersioned(tx, "FollowUpSurvey", survey.id, survey.version, { lastReminderAt: now });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "FollowUpSurvey", entityId: survey.id, after: { [reminder ? "reminded" : "invited"]: ids.length, delivery } });
    return issued;
  });
  const links = invitations.map((i) => ({ fullName: i.participation.participant.fullName, email: i.participation.participant.email, nsb: i.participation.participant.organization.acronym, url: urls.get(i.participationId)! }));
  if (delivery === "email") return { links: [], ...(await mailLinks(survey, links, reminder)) };
  return { links, sent: 0, failed: 0, withoutEmail: 0 };
}

/** Invitations sent, not answered, and not reminded in the last week (at most one reminder a week each). */
function remindable(): Prisma.SurveyInvitationWhereInput {
  const weekAgo = new Date(Date.now() - REMINDER_INTERVAL_DAYS * 86_400_000);
  return { sentAt: { not: null, lte: weekAgo }, OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: weekAgo } }] };
}

function assertOpen(survey: Survey) {
  if (isClosed(survey)) throw new DomainValidationError("This survey is closed.");
}

/** Closing a survey or stopping its reminders: staff, or the focal point of the NSB it is limited to. */
function assertManages(actor: Actor, survey: Survey) {
  if (isBoundToNsb(actor) && survey.organizationId !== boundNsbId(actor)) throw new DomainValidationError("Only ISO staff can change a survey of every NSB.");
}

/** Issues the links of every invitation not sent yet, mailed or answered for a CSV. */
export async function sendSurveyInvitations(actor: Actor, surveyId: string, delivery: Delivery): Promise<SentLinks> {
  assertCan(actor, "participants.write");
  const survey = await surveyInScope(actor, surveyId);
  assertOpen(survey);
  return issueFor(actor, survey, delivery, false);
}

/** A reminder to everyone invited who has not submitted: at most one a week each (the first a week after the invitation), none once stopped. */
export async function sendSurveyReminders(actor: Actor, surveyId: string, version: number, delivery: Delivery): Promise<SentLinks> {
  assertCan(actor, "participants.write");
  const survey = await surveyInScope(actor, surveyId);
  assertOpen(survey);
  if (survey.remindersStopped) throw new DomainValidationError("Reminders are stopped for this survey.");
  return issueFor(actor, { ...survey, version }, delivery, true);
}

/** No more reminders for this survey. */
export async function stopSurveyReminders(actor: Actor, surveyId: string, version: number) {
  assertCan(actor, "participants.write");
  const survey = await surveyInScope(actor, surveyId);
  assertManages(actor, survey);
  return db().$transaction(async (tx) => {
    const after = await updateVersioned(tx, "FollowUpSurvey", survey.id, version, { remindersStopped: true });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "FollowUpSurvey", entityId: survey.id, before: { remindersStopped: survey.remindersStopped }, after: { remindersStopped: true } });
    return after;
  });
}

/** Closes the survey now: its links stop working; answers already submitted stay. */
export async function closeSurvey(actor: Actor, surveyId: string, version: number) {
  assertCan(actor, "participants.write");
  const survey = await surveyInScope(actor, surveyId);
  assertOpen(survey);
  assertManages(actor, survey);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const after = await updateVersioned(tx, "FollowUpSurvey", survey.id, version, { closesAt: now });
    await tx.personalLink.updateMany({ where: { purpose: "FOLLOW_UP", invitation: { surveyId: survey.id }, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "FollowUpSurvey", entityId: survey.id, before: { closesAt: survey.closesAt }, after: { closesAt: now } });
    return after;
  });
}
