import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openIn } from "@/i18n/open-in";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { describeFeedbackLink } from "@/server/feedback";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { FeedbackForm } from "./feedback-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("title"), robots: { index: false } };
}

async function FeedbackPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> }) {
  const [{ token }, { lang }] = await Promise.all([params, searchParams]);
  const [t, link] = await Promise.all([getTranslations("feedback"), describeFeedbackLink(token)]);
  // A participant who has chosen no language gets the form in the activity's language.
  await openIn(link.state === "unknown" ? null : link.activity.language, `/feedback/${encodeURIComponent(token)}`, lang);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <div className="mb-6 flex justify-end">
        <LanguageSwitcher />
      </div>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("title")}</p>
      {link.state === "unknown" ? (
        <h1 className="mt-2 text-2xl font-semibold">{t("unknown")}</h1>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold">{link.activity.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {formatDate(link.activity.startDate)} – {formatDate(link.activity.endDate)}
            {link.activity.venueCity ? ` · ${link.activity.venueCity}` : ""}
          </p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            {link.state === "closed" ? <Alert tone="info">{t("closed")}</Alert> : null}
            {link.state === "answered" ? <Alert tone="info">{t("answered")}</Alert> : null}
            {link.state === "open" ? (
              <>
                <p className="mb-4 text-sm">
                  <span className="font-medium">{t("forName", { name: link.name })}</span> · {t("notYou", { name: link.name })}
                </p>
                <FeedbackForm token={token} />
              </>
            ) : null}
          </div>
        </>
      )}
    </main>
  );
}

export default withClientMessages(["common", "feedback", "forms"], FeedbackPage);
