import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetPasswordPage } from "../../_set-password/set-password-page";

// The token is in the path: send no referrer anywhere from this page.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("invitation.title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  return <SetPasswordPage token={(await params).token} purpose="INVITE" />;
}
