import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, choosesNsb, requireActor } from "@/server/auth";
import { activitySurveys } from "@/server/surveys";
import { participantNsbOptions } from "@/server/participants";
import { NotFoundError } from "@/domain/errors";
import { formatDate, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { ScheduleForm } from "./schedule-form";
import { rateText } from "./tracking-tables";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, data: await activitySurveys(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await load((await params).id);
  return { title: `${(await getTranslations("surveys"))("title")} · ${data.activity.title}` };
}

async function FollowUpsPage({ params }: Props) {
  const { id } = await params;
  const { actor, data } = await load(id);
  const t = await getTranslations("surveys");
  const tc = await getTranslations("common");
  const { activity, surveys, total } = data;
  const canSchedule = can(actor, "participants.write") && activity.status !== "CANCELLED";
  const nsbs = canSchedule && choosesNsb(actor) ? (await participantNsbOptions(actor)).map((n) => ({ id: n.id, acronym: n.acronym })) : null;
  const seesPeople = can(actor, "participants.read");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href={`/activities/${activity.id}`} className="text-brand-700 hover:underline">{activity.title}</Link>
      </nav>
      <PageHeader title={t("title")} description={t("intro")} actions={<ButtonLink href={`/activities/${activity.id}`} variant="secondary" className="whitespace-nowrap" data-testid="back-to-activity">{t("backToActivity")}</ButtonLink>} />
      <div className="space-y-6">
        <Card title={t("list.caption")}>
          {surveys.length === 0 ? (
            <EmptyState title={t("none")} />
          ) : (
            <Table caption={t("list.caption")}>
              <thead>
                <tr>
                  <Th>{t("list.survey")}</Th>
                  <Th>{t("list.people")}</Th>
                  <Th>{t("list.opens")}</Th>
                  <Th>{t("list.closes")}</Th>
                  <Th className="text-right">{t("list.invited")}</Th>
                  <Th className="text-right">{t("list.opened")}</Th>
                  <Th className="text-right">{t("list.answered")}</Th>
                  <Th className="text-right">{t("list.rate")}</Th>
                  <Th>{t("list.status")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="survey-list">
                {surveys.map((s) => (
                  <tr key={s.id}>
                    <Td className="whitespace-nowrap font-medium">
                      {seesPeople ? <Link href={`/activities/${activity.id}/follow-ups/${s.id}`} className="text-brand-700 hover:underline">{t("list.monthsAfter", { months: s.monthsAfter })}</Link> : t("list.monthsAfter", { months: s.monthsAfter })}
                    </Td>
                    <Td>{s.organization ? t("list.onlyNsb", { nsb: s.organization.acronym }) : t("list.everyNsb")}</Td>
                    <Td className="whitespace-nowrap">{formatDate(s.opensAt)}</Td>
                    <Td className="whitespace-nowrap">{formatDate(s.closesAt)}</Td>
                    <Td className="text-right tabular-nums">{formatNumber(s.tracking.invited)}</Td>
                    <Td className="text-right tabular-nums">{formatNumber(s.tracking.opened)}</Td>
                    <Td className="text-right tabular-nums">{formatNumber(s.tracking.answered)}</Td>
                    <Td className="text-right tabular-nums">{rateText(s.tracking.rate)}</Td>
                    <Td>{s.closed ? t("list.closed") : t("list.open")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {surveys.length > 1 ? <p className="mt-3 text-sm text-slate-600">{tc("labelled", { label: t("dashboard.responseRate"), value: rateText(total.rate) })} ({t("dashboard.ofInvited", { answered: total.answered, invited: total.invited })})</p> : null}
        </Card>
        {canSchedule ? (
          <Card title={t("schedule.title")}>
            <ScheduleForm activityId={activity.id} nsbs={nsbs} />
          </Card>
        ) : null}
      </div>
    </>
  );
}

export default withClientMessages(["common", "forms", "surveys"], FollowUpsPage);
