import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/i18n/client-namespaces";
import { LocaleSource } from "@/i18n/locale-source";
import { isLocale } from "@/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so its scripts carry that request's CSP nonce (src/proxy.ts).
  await connection();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <LocaleSource locale={isLocale(locale) ? locale : "en"} />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
