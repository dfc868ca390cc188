import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { getOwnAccount } from "@/server/users";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ChangePasswordForm } from "./change-password-form";
import { LanguageOptions } from "@/components/forms/language-options";
import { setLanguageAction } from "@/components/shell/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [account, t, params] = await Promise.all([getOwnAccount(actor), getTranslations(), searchParams]);
  const details: [string, string][] = [
    [t("account.name"), account.name],
    [t("account.email"), account.email],
    [t("account.role"), t(`roles.${account.role}`)],
    [t("account.organization"), account.organization ? `${account.organization.acronym} – ${account.organization.name}` : "—"],
    [t("account.lastSignIn"), account.lastLoginAt ? formatDateTime(account.lastLoginAt) : "—"],
    [t("account.passwordChanged"), account.passwordChangedAt ? formatDateTime(account.passwordChangedAt) : "—"],
  ];
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      {params.password === "changed" ? (
        <div className="mb-6">
          <Alert tone="success" testId="password-changed">{t("account.passwordChangedNotice")}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("account.details")}>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-600">{label}</dt>
                <dd className="break-all text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 text-xs text-slate-600">{t("account.askAdmin")}</p>
        </Card>
        <Card title={t("language.title")}>
          <form action={setLanguageAction} className="space-y-3" data-testid="language-form">
            <label htmlFor="account-locale" className="block text-sm font-medium text-slate-800">
              {t("language.choose")}
            </label>
            <select id="account-locale" name="locale" defaultValue={account.locale} aria-describedby="account-locale-help" className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm">
              <LanguageOptions />
            </select>
            <p id="account-locale-help" className="text-xs text-slate-600">{t("language.help")}</p>
            <SubmitButton>{t("language.save")}</SubmitButton>
          </form>
        </Card>
        <Card title={t("account.changePassword")}>
          <ChangePasswordForm email={account.email} />
        </Card>
      </div>
    </>
  );
}

export default withClientMessages(["account", "common", "forms"], AccountPage);
