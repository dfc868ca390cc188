import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/server/auth";
import { Alert } from "@/components/ui/alert";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { SignInForm } from "./sign-in-form";
import { safeCallback } from "@/domain/users/sign-in-schema";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  if (await currentActor()) redirect(safeCallback(params.callbackUrl));
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex justify-center">
          <LanguageSwitcher />
        </div>
        <div className="text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
          <h1 className="mt-2 text-2xl font-semibold">{t("signIn.title")}</h1>
        </div>
        {params.reset === "done" ? <Alert tone="success">{t("signIn.passwordSet")}</Alert> : null}
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={params.callbackUrl} />
        </div>
      </div>
    </main>
  );
}

export default withClientMessages(["forms", "signIn"], SignInPage);
