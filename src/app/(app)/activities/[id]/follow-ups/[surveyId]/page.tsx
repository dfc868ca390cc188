import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { boundNsbId, can, isBoundToNsb, requireActor } from "@/server/auth";
import { surveyDetail } from "@/server/surveys";
import { mailEnabled } from "@/server/mail";
import { NotFoundError } from "@/domain/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { Kpis } from "@/components/dashboards/data-table";
import { SurveyActions } from "../survey-actions";
import { rateText, TrackingTables } from "../tracking-tables";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string; surveyId: string }> };

async function load(id: string, surveyId: string) {
  const actor = await requireActor();
  try {
    const detail = await surveyDetail(actor, surveyId);
    if (detail.survey.activityId !== id) notFound();
    return { actor, detail };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, surveyId } = await params;
  const { detail } = await load(id, surveyId);
  return { title: `${(await getTranslations("surveys"))("detail.title", { months: detail.survey.monthsAfter })} · ${detail.survey.activity.title}` };
}

async function SurveyDetailPage({ params }: Props) {
  const { id, surveyId } = await params;
  const { actor, detail } = await load(id, surveyId);
  const t = await getTranslations();
  const { survey, tracking, nonRespondents } = detail;
  const manages = !isBoundToNsb(actor) || survey.organizationId === boundNsbId(actor);
  return (
    <>
      <nav aria-label={t("surveys.breadcrumb")} className="mb-2 text-sm">
        <Link href={`/activities/${id}`} className="text-brand-700 hover:underline">{survey.activity.title}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <Link href={`/activities/${id}/follow-ups`} className="text-brand-700 hover:underline">{t("surveys.title")}</Link>
      </nav>
      <PageHeader
        title={t("surveys.detail.title", { months: survey.monthsAfter })}
        description={`${survey.organization ? t("surveys.list.onlyNsb", { nsb: survey.organization.acronym }) : t("surveys.list.everyNsb")} · ${formatDate(survey.opensAt)} – ${formatDate(survey.closesAt)} · ${survey.closed ? t("surveys.list.closed") : t("surveys.list.open")}`}
        actions={<ButtonLink href={`/activities/${id}/follow-ups`} variant="secondary">{t("surveys.backToSurveys")}</ButtonLink>}
      />
      <div className="space-y-6">
        <Kpis
          items={[
            { label: t("surveys.list.invited"), value: String(tracking.invited) },
            { label: t("surveys.list.opened"), value: String(tracking.opened) },
            { label: t("surveys.list.answered"), value: String(tracking.answered), testId: "survey-answered" },
            { label: t("surveys.list.rate"), value: rateText(tracking.rate) },
          ]}
        />
        {!survey.closed && can(actor, "participants.write") ? (
          <Card title={t("surveys.detail.tracking")}>
            <SurveyActions activityId={id} surveyId={survey.id} version={survey.version} mailEnabled={mailEnabled()} unsent={nonRespondents.filter((r) => !r.sentAt).length} remindersStopped={survey.remindersStopped} manages={manages} />
            {survey.lastReminderAt ? <p className="mt-3 text-sm text-slate-600">{t("surveys.actions.lastReminder", { date: formatDateTime(survey.lastReminderAt) })}</p> : null}
          </Card>
        ) : null}
        <TrackingTables tracking={tracking} />
        <Card title={t("surveys.detail.waiting")}>
          {nonRespondents.length === 0 ? (
            <EmptyState title={t("surveys.detail.waitingNone")} />
          ) : (
            <Table caption={t("surveys.detail.waitingCaption")}>
              <thead>
                <tr>
                  <Th>{t("surveys.detail.person")}</Th>
                  <Th>{t("surveys.detail.nsb")}</Th>
                  <Th>{t("surveys.detail.email")}</Th>
                  <Th>{t("surveys.detail.progress")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="survey-waiting">
                {nonRespondents.map((r) => (
                  <tr key={r.id}>
                    <Td><Link href={`/participants/${r.participant.id}`} className="text-brand-700 hover:underline">{r.participant.fullName}</Link></Td>
                    <Td>{r.participant.organization.acronym}</Td>
                    <Td className="break-all">{r.participant.email ?? "—"}</Td>
                    <Td className="text-sm">
                      {[
                        r.sentAt ? t("surveys.detail.sentOn", { date: formatDate(r.sentAt) }) : t("surveys.detail.notSent"),
                        r.openedAt ? t("surveys.detail.openedOn", { date: formatDate(r.openedAt) }) : null,
                        r.draftSavedAt ? t("surveys.detail.draftOn", { date: formatDate(r.draftSavedAt) }) : null,
                        t("surveys.detail.reminders", { count: r.reminders }),
                      ].filter(Boolean).join(" · ")}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title={t("surveys.detail.questions")}>
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {survey.questions.map((q) => <li key={q.id}>{q.prompt || t(`surveys.question.${q.kind}`)}</li>)}
          </ol>
        </Card>
      </div>
    </>
  );
}

export default withClientMessages(["common", "forms", "surveys"], SurveyDetailPage);
