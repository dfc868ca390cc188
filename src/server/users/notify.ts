import "server-only";
import { createTranslator } from "next-intl";
import type { TokenPurpose } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { sendMail, type MailOutcome } from "@/server/mail";
import messages from "../../../messages/en/admin.json";

/**
 * Mails a one-time link to its user. Outside a request (no next-intl request context),
 * so the English catalog is read directly; the mail texts live in messages/en/admin.json.
 */
export async function mailLink(
  user: { email: string; name: string },
  purpose: TokenPurpose,
  link: string,
  expiresAt: Date,
): Promise<MailOutcome> {
  const t = createTranslator({ locale: "en", messages, namespace: "users.mail" });
  const key = purpose === "INVITE" ? "invite" : "reset";
  const values = { name: user.name, link, expires: formatDateTime(expiresAt), app: t("app") };
  return sendMail({ to: user.email, subject: t(`${key}.subject`, values), text: t(`${key}.body`, values) });
}
