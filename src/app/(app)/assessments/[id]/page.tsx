import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, requireActor } from "@/server/auth";
import { getRound } from "@/server/assessments";
import { NotFoundError } from "@/domain/errors";
import { inLanguage } from "@/domain/assessments/template";
import { NOTES_PREFIX, SCORE_PREFIX } from "@/domain/assessments/schema";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { currentLocale } from "@/i18n/current-locale";
import { formatDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { HistoryPanel } from "@/components/audit/history-panel";
import { RoundStatusBadge } from "@/components/assessments/round-status-badge";
import { ScoreBars } from "@/components/assessments/score-bars";
import { formatScore } from "@/components/assessments/score";
import { AnswersForm, type FormArea } from "./answers-form";
import { ReviewRoundForm } from "./review-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Each notice and the statuses it may be shown with: a banner never contradicts the badge. */
const NOTICES: Record<string, readonly AssessmentStatus[]> = {
  opened: ["DRAFT"],
  saved: ["DRAFT", "RETURNED"],
  submitted: ["SUBMITTED"],
  validated: ["VALIDATED"],
  returned: ["RETURNED"],
  // A review refused because someone else reviewed the round first (reviewRoundAction).
  reviewedMeanwhile: ["VALIDATED", "RETURNED"],
};

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "assessments.write")) notFound();
  try {
    return { actor, ...(await getRound(actor, id)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { round } = await load((await params).id);
  const [t, e] = await Promise.all([getTranslations("assessments"), getTranslations("enums")]);
  return { title: t("roundTitle", { nsb: round.organization.acronym, kind: e(`assessmentKind.${round.kind}`), date: formatDate(round.assessedOn) }) };
}

async function RoundPage({ params, searchParams }: Params) {
  const { actor, round, content, scores, submittedBy, reviewedBy, allowed } = await load((await params).id);
  const notice = (await searchParams).saved;
  const [t, e] = await Promise.all([getTranslations("assessments"), getTranslations("enums")]);
  const lang = currentLocale();
  const areas: FormArea[] = content.areas.map((a) => ({
    key: a.key,
    title: inLanguage(a.title, lang),
    questions: a.questions.map((q) => ({ key: q.key, text: inLanguage(q.text, lang), levels: q.levels.map((l) => inLanguage(l, lang)) })),
  }));
  const answerOf = new Map(round.answers.map((a) => [a.questionKey, a]));
  const initial = Object.fromEntries(round.answers.flatMap((a) => [[`${SCORE_PREFIX}${a.questionKey}`, a.score === null ? "" : String(a.score)], [`${NOTES_PREFIX}${a.questionKey}`, a.notes]]));
  const areaScore = new Map(scores.areas.map((a) => [a.key, a.score]));
  const showNotice = typeof notice === "string" && NOTICES[notice]?.includes(round.status);

  return (
    <>
      <PageHeader
        title={t("roundTitle", { nsb: round.organization.acronym, kind: e(`assessmentKind.${round.kind}`), date: formatDate(round.assessedOn) })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RoundStatusBadge status={round.status} />
            <Link href={`/organizations/${round.organization.id}`} className="text-brand-700 hover:underline">{round.organization.name}</Link>
            <Link href={`/programmes/${round.programme.id}`} className="text-brand-700 hover:underline">{round.programme.code}</Link>
            <span>{t("templateVersion", { title: round.templateVersion.template.title, number: round.templateVersion.number })}</span>
          </span>
        }
      />
      <div className="mb-6 space-y-3">
        {showNotice ? <Alert tone={notice === "reviewedMeanwhile" ? "warning" : "success"} testId="notice">{t(`notices.${notice}`)}</Alert> : null}
        {round.status === "RETURNED" && round.reviewComment ? (
          <Alert tone="warning" testId="review-comment">
            <p className="font-medium">{t("returnedBy", { name: reviewedBy ?? "—", when: round.reviewedAt ? formatDateTime(round.reviewedAt) : "—" })}</p>
            <p className="mt-1 whitespace-pre-line">{round.reviewComment}</p>
          </Alert>
        ) : null}
        {allowed.ownSubmission ? <Alert tone="info">{t("ownSubmission")}</Alert> : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <ScoresCard areas={areas} overall={scores.overall} areaScore={areaScore} />
        <StatusCard round={round} submittedBy={submittedBy} reviewedBy={reviewedBy} review={allowed.review} />
      </div>

      <section className="mt-8" aria-labelledby="answers-heading">
        <h2 id="answers-heading" className="mb-3 text-lg font-semibold">{t("answersTitle")}</h2>
        {allowed.edit ? (
          <AnswersForm id={round.id} version={round.version} areas={areas} initial={initial} userId={actor.id} canSubmit={allowed.submit} />
        ) : (
          <ReadOnlyAnswers areas={areas} answerOf={answerOf} />
        )}
      </section>

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="AssessmentRound" entityId={round.id} />
      </div>
    </>
  );
}

type Round = Awaited<ReturnType<typeof getRound>>["round"];

/** The overall score, a bar per area and the same as a table. */
async function ScoresCard({ areas, overall, areaScore }: { areas: FormArea[]; overall: number | null; areaScore: Map<string, number | null> }) {
  const t = await getTranslations("assessments");
  return (
    <Card title={t("scoresTitle")} className="lg:col-span-2">
      <p className="mb-3 text-sm text-slate-700">
        {t("overallLabel")} <span className="text-lg font-semibold tabular-nums" data-testid="overall-score">{formatScore(overall)}</span> <span className="text-slate-500">/ 4</span>
      </p>
      <ScoreBars rows={areas.map((a) => ({ label: a.title, values: [areaScore.get(a.key) ?? null] }))} series={[t("scoreSeries")]} />
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">{t("scoresTitle")}</caption>
        <thead><tr><th scope="col" className="py-1 text-left">{t("area")}</th><th scope="col" className="py-1 text-right">{t("score")}</th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {areas.map((a) => (
            <tr key={a.key}><th scope="row" className="py-1 text-left font-normal">{a.title}</th><td className="py-1 text-right tabular-nums">{formatScore(areaScore.get(a.key) ?? null)}</td></tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Who submitted and reviewed the round, and the review form when the caller may review. */
async function StatusCard({ round, submittedBy, reviewedBy, review }: { round: Round; submittedBy: string | null; reviewedBy: string | null; review: boolean }) {
  const t = await getTranslations("assessments");
  return (
    <Card title={t("statusCard")}>
      <dl className="space-y-2 text-sm">
        <div><dt className="text-slate-600">{t("submitted")}</dt><dd>{round.submittedAt ? t("byOn", { name: submittedBy ?? "—", when: formatDateTime(round.submittedAt) }) : "—"}</dd></div>
        <div><dt className="text-slate-600">{t("reviewed")}</dt><dd>{round.reviewedAt ? t("byOn", { name: reviewedBy ?? "—", when: formatDateTime(round.reviewedAt) }) : "—"}</dd></div>
      </dl>
      {review ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-semibold">{t("reviewTitle")}</h3>
          <ReviewRoundForm id={round.id} version={round.version} />
        </div>
      ) : null}
    </Card>
  );
}

/** The answers, read only (the round is not the caller's to edit). */
async function ReadOnlyAnswers({ areas, answerOf }: { areas: FormArea[]; answerOf: Map<string, Round["answers"][number]> }) {
  const t = await getTranslations("assessments");
  return (
    <div className="space-y-4" data-testid="answers">
      {areas.map((area, i) => (
        <Card key={area.key} title={t("areaHeading", { number: i + 1, title: area.title })}>
          {area.questions.map((q) => {
            const answer = answerOf.get(q.key);
            const score = answer?.score ?? null;
            return (
              <div key={q.key} className="mt-2 text-sm">
                <p className="font-medium">{q.text}</p>
                <p className="mt-1">{score === null ? t("notAnswered") : <><span className="font-semibold">{t("level", { level: score })}</span> {q.levels[score]}</>}</p>
                {answer?.notes ? <p className="mt-1 whitespace-pre-line text-slate-600">{t("notesLabel")} {answer.notes}</p> : null}
              </div>
            );
          })}
        </Card>
      ))}
    </div>
  );
}

export default withClientMessages(["assessments", "forms"], RoundPage);
