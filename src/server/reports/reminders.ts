import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { mailEnabled, sendMail } from "@/server/mail";
import { formatDate } from "@/lib/format";
import { samePeriod, type Period } from "@/domain/reports/rules";
import { nsbIndicators } from "./internal";
import { isLocale } from "@/i18n/locales";
import { translatorFor } from "@/i18n/messages";

/** Link of a focal point's reporting page for a programme. */
export const reportingLink = (programmeId: string) => `/reports?programmeId=${encodeURIComponent(programmeId)}`;

/**
 * Reminds the focal points of every beneficiary NSB that has MISSING or RETURNED reports
 * for a programme's period: one in-app notification per focal point (active accounts),
 * listing what is missing, with a link to their reporting page; also an email when
 * SMTP is configured (sent after the commit; a mail failure does not undo anything).
 * Staff only. Each focal point reads it in their own language (messages/<locale>/reports.json).
 */
export async function sendReminders(actor: Actor, input: { programmeId: string } & Period) {
  assertCan(actor, "reports.review");
  const programme = await db().programme.findUnique({
    where: { id: input.programmeId },
    select: { id: true, code: true, title: true, beneficiaries: { select: { organization: { select: { id: true, acronym: true } } }, orderBy: { organization: { acronym: "asc" } } } },
  });
  if (!programme) throw new NotFoundError("Programme");
  const indicators = (await nsbIndicators({ programmeId: programme.id }))
    .filter(({ periods }) => periods.some((p) => samePeriod(p, input)))
    .map(({ indicator }) => indicator);
  if (!indicators.length) {
    throw new DomainValidationError("No indicator of this programme is reported for this period.", { period: ["Choose one of the programme's reporting periods."] });
  }
  const nsbs = programme.beneficiaries.map((b) => b.organization);
  const reports = await db().indicatorReport.findMany({
    where: { indicatorId: { in: indicators.map((i) => i.id) }, periodStart: input.periodStart, periodEnd: input.periodEnd, organizationId: { in: nsbs.map((n) => n.id) } },
    select: { indicatorId: true, organizationId: true, status: true },
  });
  const gaps = nsbs
    .map((nsb) => {
      const items = indicators.flatMap((indicator): { key: "missingItem" | "returnedItem"; code: string }[] => {
        const report = reports.find((r) => r.indicatorId === indicator.id && r.organizationId === nsb.id);
        if (!report) return [{ key: "missingItem", code: indicator.code }];
        if (report.status === "RETURNED") return [{ key: "returnedItem", code: indicator.code }];
        return [];
      });
      return { nsb, items };
    })
    .filter((g) => g.items.length > 0);
  const focalPoints = gaps.length
    ? await db().user.findMany({
        where: { role: "FOCAL_POINT", active: true, organizationId: { in: gaps.map((g) => g.nsb.id) } },
        select: { id: true, name: true, email: true, organizationId: true, locale: true },
        orderBy: { email: "asc" },
      })
    : [];
  const link = reportingLink(programme.id);
  const messagesFor = await Promise.all(focalPoints.map(async (user) => {
    const gap = gaps.find((g) => g.nsb.id === user.organizationId)!;
    const locale = isLocale(user.locale) ? user.locale : "en";
    const t = await translatorFor(locale, "reportReminders");
    const period = `${formatDate(input.periodStart, locale)} – ${formatDate(input.periodEnd, locale)}`;
    const items = gap.items.map((item) => t(item.key, { code: item.code })).join("; ");
    const values = { programme: programme.code, period, items, nsb: gap.nsb.acronym, sender: actor.name };
    return { user, nsb: gap.nsb.acronym, message: t("message", values), mail: { subject: t("mailSubject", values), text: t("mailBody", { ...values, name: user.name, link: new URL(link, env().APP_URL).toString() }) } };
  }));
  const created = await db().$transaction(async (tx) => {
    const out = [];
    for (const m of messagesFor) {
      const notification = await tx.notification.create({ data: { userId: m.user.id, message: m.message, link } });
      await recordAudit(tx, actor, { action: "CREATE", entityType: "Notification", entityId: notification.id, after: notification });
      out.push(notification);
    }
    return out;
  });
  let emailed = 0;
  if (mailEnabled()) {
    for (const m of messagesFor) if ((await sendMail({ to: m.user.email, ...m.mail })) === "sent") emailed += 1;
  }
  const withFocal = new Set(focalPoints.map((u) => u.organizationId));
  return {
    notified: messagesFor.map((m) => ({ userId: m.user.id, name: m.user.name, nsb: m.nsb })),
    notifications: created.length,
    emailed,
    mailEnabled: mailEnabled(),
    /** NSBs with gaps but no active focal-point account: nobody to remind in the app. */
    nsbsWithoutFocalPoint: gaps.filter((g) => !withFocal.has(g.nsb.id)).map((g) => g.nsb.acronym),
    nsbsWithGaps: gaps.map((g) => g.nsb.acronym),
  };
}
