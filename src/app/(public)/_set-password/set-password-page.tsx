import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { describeToken } from "@/server/users";
import { openIn } from "@/i18n/open-in";
import { Alert } from "@/components/ui/alert";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { SetPasswordForm } from "./set-password-form";
import { withClientMessages } from "@/i18n/client-messages";

/** The page behind an invitation or password reset link: whose link it is, and a password form. */
async function SetPasswordPageContent({ token, purpose, lang }: { token: string; purpose: "INVITE" | "PASSWORD_RESET"; lang?: string }) {
  const holder = await describeToken(token, purpose);
  // The page opens in the language the administrator chose for the person, until they switch.
  await openIn(holder?.locale, `/${purpose === "INVITE" ? "invite" : "reset-password"}/${encodeURIComponent(token)}`, lang);
  const [t, app] = await Promise.all([getTranslations("invite"), getTranslations("app")]);
  const key = purpose === "INVITE" ? "invitation" : "reset";
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex justify-center">
          <LanguageSwitcher />
        </div>
        <div className="text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{app("name")}</p>
          <h1 className="mt-2 text-2xl font-semibold">{holder ? t(`${key}.title`) : t("invalidTitle")}</h1>
        </div>
        {holder ? (
          <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <p className="text-sm text-slate-700">{t(`${key}.intro`, { name: holder.name })}</p>
            <p className="text-sm">
              <span className="text-slate-600">{t("account")} </span>
              <strong className="break-all" data-testid="link-email">{holder.email}</strong>
            </p>
            <SetPasswordForm token={token} purpose={purpose} email={holder.email} />
          </div>
        ) : (
          <div className="space-y-4">
            <Alert tone="error" testId="link-invalid">{t("invalid")}</Alert>
            <p className="text-center text-sm">
              <Link href="/sign-in" className="text-brand-700 hover:underline">{t("toSignIn")}</Link>
            </p>
          </div>
        )}
      </div>
    </main>
  );
}

export const SetPasswordPage = withClientMessages(["forms", "invite"], SetPasswordPageContent);
