import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";

/**
 * Outgoing email. Sends only when SMTP_HOST is set; without it nothing is sent and the
 * caller shows the link on screen instead. Call it after the transaction has committed:
 * a mail failure must never undo the change it reports.
 */
export type MailOutcome = "sent" | "failed" | "disabled";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

// One connection per message (no pool): mails are rare, and nothing stays open between them.
function transport(): Transporter {
  const config = env();
  return nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_PORT === 465,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? "" } : undefined,
    // A hung mail server must not keep the admin's request waiting for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

export const mailEnabled = () => Boolean(env().SMTP_HOST);

/** Sends one plain-text mail; failures are logged and answered as "failed", never thrown. */
export async function sendMail(mail: Mail): Promise<MailOutcome> {
  if (!mailEnabled()) return "disabled";
  try {
    await transport().sendMail({ from: env().SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return "sent";
  } catch (error) {
    console.error(`[mail] sending "${mail.subject}" failed:`, error instanceof Error ? error.message : error);
    return "failed";
  }
}
