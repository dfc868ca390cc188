import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
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
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* No messages here: each page sends those its client components read (<ClientMessages>, src/i18n/client-messages.tsx). */}
        <NextIntlClientProvider messages={{}}>
          <LocaleSource locale={isLocale(locale) ? locale : "en"} />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
