import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetPasswordPage } from "../../_set-password/set-password-page";

// The token is in the path: send no referrer anywhere from this page.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("invitation.title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function InvitePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> }) {
  const [{ token }, { lang }] = await Promise.all([params, searchParams]);
  return <SetPasswordPage token={token} purpose="INVITE" lang={lang} />;
}
