import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { env } from "@/env";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { PERMISSIONS } from "@/server/auth/permissions";
import { recordAudit } from "@/server/audit/record";
import { mailEnabled, sendMail, type Mail } from "@/server/mail";
import { formatDate } from "@/lib/format";
import { isLocale, type Locale } from "@/i18n/locales";
import { translatorFor } from "@/i18n/messages";

/**
 * Who hears about a report's review cycle, as in-app notifications linking to the report:
 * - submitted: every active reviewer (roles with reports.review) but the submitter, since
 *   someone else has to review it;
 * - returned or approved: the person who submitted it and the other active focal points of
 *   its NSB (they share the NSB's reporting), never the reviewer.
 * Written in the caller's transaction, with their audit events, so a review and its notices
 * commit or fail together; the mails are only returned, for `sendNoticeMails` to send once
 * the transaction has committed (a mail failure must not undo the review).
 * Each recipient reads it in their own language (their saved preference), not the actor's:
 * the notification's text is written in it (messages/<locale>/reports.json).
 */
export type ReportNotice = "submitted" | "returned" | "approved";

export const reportLink = (reportId: string) => `/reports/${encodeURIComponent(reportId)}`;

const REVIEWER_ROLES: readonly Role[] = PERMISSIONS["reports.review"];

export async function notifyReportStatus(tx: Tx, actor: Actor, reportId: string, notice: ReportNotice): Promise<Mail[]> {
  const report = await tx.indicatorReport.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true,
      organizationId: true,
      submittedById: true,
      reviewComment: true,
      periodStart: true,
      periodEnd: true,
      organization: { select: { acronym: true } },
      indicator: { select: { code: true, programme: { select: { code: true } } } },
    },
  });
  const recipients = await tx.user.findMany({
    where: {
      active: true,
      id: { not: actor.id },
      OR:
        notice === "submitted"
          ? [{ role: { in: [...REVIEWER_ROLES] } }]
          : [
              ...(report.submittedById ? [{ id: report.submittedById }] : []),
              ...(report.organizationId ? [{ role: "FOCAL_POINT" as const, organizationId: report.organizationId }] : []),
            ],
    },
    select: { id: true, name: true, email: true, locale: true },
    orderBy: { email: "asc" },
  });
  if (!recipients.length) return [];

  const comment = report.reviewComment.trim();
  const texts = async (locale: Locale) => {
    const t = await translatorFor(locale, "reportNotices");
    const values = {
      code: report.indicator.code,
      programme: report.indicator.programme?.code ?? t("planWide"),
      nsb: report.organization?.acronym ?? t("wholeProgramme"),
      period: `${formatDate(report.periodStart, locale)} – ${formatDate(report.periodEnd, locale)}`,
      actor: actor.name,
    };
    const message =
      notice === "submitted"
        ? t("submitted", values)
        : notice === "returned"
          ? t("returned", { ...values, comment })
          : comment
            ? t("approvedWithComment", { ...values, comment })
            : t("approved", values);
    return { t, values, message };
  };
  const link = reportLink(report.id);
  const url = new URL(link, env().APP_URL).toString();
  const mails: Mail[] = [];
  for (const user of recipients) {
    const { t, values, message } = await texts(isLocale(user.locale) ? user.locale : "en");
    const notification = await tx.notification.create({ data: { userId: user.id, message, link } });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Notification", entityId: notification.id, after: notification });
    mails.push({ to: user.email, subject: t(`mailSubject.${notice}`, values), text: t("mailBody", { name: user.name, message, link: url }) });
  }
  return mails;
}

/** Sends the mails of committed notices when SMTP is set; failures are logged by sendMail, never thrown. */
export async function sendNoticeMails(mails: readonly Mail[]): Promise<void> {
  if (!mailEnabled() || !mails.length) return;
  await Promise.all(mails.map((mail) => sendMail(mail)));
}
