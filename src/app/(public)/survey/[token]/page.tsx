import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openIn } from "@/i18n/open-in";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { describeSurveyLink } from "@/server/surveys";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { SurveyForm } from "./survey-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("form.title"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string; saved?: string }> };

async function SurveyPage({ params, searchParams }: Props) {
  const [{ token }, { lang, saved }] = await Promise.all([params, searchParams]);
  const link = await describeSurveyLink(token);
  // A participant who has chosen no language gets the survey in the activity's language.
  await openIn(link.state === "unknown" ? null : link.activity.language, `/survey/${encodeURIComponent(token)}`, lang);
  const t = await getTranslations("surveys");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8 sm:py-12">
      <div className="mb-6 flex justify-end">
        <LanguageSwitcher />
      </div>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("form.title")}</p>
      {link.state === "unknown" ? (
        <h1 className="mt-2 text-2xl font-semibold">{t("form.unknown")}</h1>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold">{link.activity.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {formatDate(link.activity.startDate)} – {formatDate(link.activity.endDate)}
            {link.activity.venueCity ? ` · ${link.activity.venueCity}` : ""}
          </p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            {link.state === "closed" ? <Alert tone="info">{t("form.closed")}</Alert> : null}
            {link.state === "answered" ? <Alert tone={saved === "sent" ? "success" : "info"} testId="survey-done">{saved === "sent" ? t("form.thanks") : t("form.answered")}</Alert> : null}
            {link.state === "open" ? (
              <>
                {saved === "draft" ? <div className="mb-4"><Alert tone="success" testId="survey-draft-saved">{t("form.draftSaved")}</Alert></div> : null}
                <p className="mb-2 text-sm">{t("form.intro", { months: link.monthsAfter })}</p>
                <p className="mb-2 text-sm"><span className="font-medium">{t("form.forName", { name: link.name })}</span> {t("form.notYou", { name: link.name })}</p>
                <p className="mb-6 text-sm text-slate-600">{t("form.closesOn", { date: formatDate(link.closesAt) })}</p>
                <SurveyForm token={token} version={link.version} questions={link.questions} answers={link.answers} />
              </>
            ) : null}
          </div>
        </>
      )}
    </main>
  );
}

export default withClientMessages(["forms", "surveys"], SurveyPage);
