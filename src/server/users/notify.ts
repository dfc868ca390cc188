import "server-only";
import type { TokenPurpose } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { isLocale } from "@/i18n/locales";
import { translatorFor } from "@/i18n/messages";
import { sendMail, type MailOutcome } from "@/server/mail";

/**
 * Mails a one-time link to its user, in the user's language (their saved preference; the
 * administrator chooses it when inviting). The texts live in messages/<locale>/admin.json.
 */
export async function mailLink(
  user: { email: string; name: string; locale?: string },
  purpose: TokenPurpose,
  link: string,
  expiresAt: Date,
): Promise<MailOutcome> {
  const locale = isLocale(user.locale) ? user.locale : "en";
  const t = await translatorFor(locale, "users.mail");
  const key = purpose === "INVITE" ? "invite" : "reset";
  const values = { name: user.name, link, expires: formatDateTime(expiresAt, locale), app: t("app") };
  return sendMail({ to: user.email, subject: t(`${key}.subject`, values), text: t(`${key}.body`, values) });
}
