import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { getActivity } from "@/server/activities";
import { attendanceCounts } from "@/server/participations";
import { NotFoundError } from "@/domain/errors";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ActivityStatusBadge } from "@/components/programmes/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ActivityActions } from "./activity-actions";
import { localized } from "@/lib/translations";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["created", "saved", "cancelled", "duplicated"] as const;

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, activity: await getActivity(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { activity } = await load((await params).id);
  return { title: localized(activity, "title") };
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:justify-between sm:gap-4">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900 sm:text-right">{children}</dd>
    </div>
  );
}

export default async function ActivityPage({ params, searchParams }: Params) {
  const { actor, activity } = await load((await params).id);
  const [notice, counts] = await Promise.all([searchParams.then((p) => p.notice), attendanceCounts(actor, activity.id)]);
  const t = await getTranslations();
  const staff = can(actor, "activities.write");
  const money = (amount: { toString(): string } | null) => formatMoney(amount, activity.currency);
  const spent = activity.budgetAmount && activity.actualCost && Number(activity.budgetAmount) > 0
    ? Math.round((Number(activity.actualCost) / Number(activity.budgetAmount)) * 100)
    : null;
  return (
    <>
      <nav aria-label={t("activityDetail.breadcrumb")} className="mb-2 text-sm">
        <Link href="/activities" className="text-brand-700 hover:underline">{t("activitiesPage.title")}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <Link href={`/programmes/${activity.programme.id}`} className="text-brand-700 hover:underline">{activity.programme.code}</Link>
      </nav>
      <PageHeader
        title={localized(activity, "title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ActivityStatusBadge status={activity.status} />
            <span>{formatDate(activity.startDate)} – {formatDate(activity.endDate)}</span>
            <span>· {t(`enums.activityType.${activity.type}`)}</span>
          </span>
        }
        actions={
          <div className="flex flex-col items-stretch gap-2 sm:flex-row sm:items-start">
            {/* The way to the attendance list, for everyone who records it (and those who read its totals). */}
            <ButtonLink href={`/activities/${activity.id}/participants`} variant={can(actor, "participants.write") ? "primary" : "secondary"} className="flex-col !items-start sm:!items-center" data-testid="attendance-button">
              <span>{t("activityDetail.attendanceButton")}</span>
              <span className="text-xs font-normal">{t("activityDetail.attendanceCounts", { registered: counts.registered, attended: counts.attended })}</span>
            </ButtonLink>
            <ButtonLink href={`/activities/${activity.id}/follow-ups`} variant="secondary" data-testid="follow-ups-button">{t("surveys.activityButton")}</ButtonLink>
            {staff ? (
              <ActivityActions id={activity.id} version={activity.version} status={activity.status} title={activity.title} editable={!activity.programme.archived} />
            ) : null}
          </div>
        }
      />
      {typeof notice === "string" && (NOTICES as readonly string[]).includes(notice) ? (
        <div className="mb-6">
          <Alert tone="success" testId="notice">{t(`activityDetail.notices.${notice}`)}</Alert>
        </div>
      ) : null}
      {activity.programme.archived ? (
        <div className="mb-6">
          <Alert tone="warning">{t("activityDetail.programmeArchived")}</Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("activityDetail.about")} className="lg:col-span-2">
          <p className="whitespace-pre-line text-sm text-slate-700" data-testid="activity-description">{localized(activity, "description") || t("activityDetail.noDescription")}</p>
          {activity.topics.length ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{t("activityDetail.topics")}</h3>
              <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("activityDetail.topics")}>
                {activity.topics.map((topic) => (
                  <li key={topic}><Badge tone="info">{topic}</Badge></li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
        <Card title={t("activityDetail.details")}>
          <dl className="space-y-2 text-sm">
            <Item label={t("activityDetail.programme")}>
              <Link href={`/programmes/${activity.programme.id}`} className="text-brand-700 hover:underline" title={activity.programme.title}>{activity.programme.code}</Link>
            </Item>
            <Item label={t("activityDetail.resultArea")}>
              {activity.resultArea ? (
                <span title={activity.resultArea.title}>{activity.resultArea.code} · {t(`enums.resultLevel.${activity.resultArea.level}`)}</span>
              ) : "—"}
            </Item>
            <Item label={t("activityDetail.level")}>{t(`enums.activityLevel.${activity.level}`)}</Item>
            <Item label={t("activityDetail.modality")}>{t(`enums.modality.${activity.modality}`)}</Item>
            <Item label={t("activityDetail.venue")}>{[activity.venueCity, activity.venueCountry?.name].filter(Boolean).join(", ") || "—"}</Item>
            <Item label={t("activityDetail.participants")}>
              <Link href={`/activities/${activity.id}/participants`} className="text-brand-700 hover:underline">
                {t("activityDetail.participantsLink", { count: formatNumber(activity._count.participations) })}
              </Link>
            </Item>
          </dl>
        </Card>
        <Card title={t("activityDetail.money")}>
          <dl className="space-y-2 text-sm">
            <Item label={t("activityDetail.budget")}>{money(activity.budgetAmount)}</Item>
            <Item label={t("activityDetail.actualCost")}>{money(activity.actualCost)}</Item>
            {spent !== null ? <Item label={t("activityDetail.spent")}>{t("activityDetail.spentValue", { percent: spent })}</Item> : null}
          </dl>
        </Card>
        <Card title={t("activityDetail.targetNsbs", { count: activity.targetNsbs.length })} className="lg:col-span-2">
          {activity.targetNsbs.length === 0 ? (
            <p className="text-sm text-slate-600">{t("activityDetail.noTargets")}</p>
          ) : (
            <ul className="grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2" data-testid="target-nsbs">
              {activity.targetNsbs.map(({ organization: o }) => (
                <li key={o.id} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                  <abbr title={o.name} className="font-medium no-underline">{o.acronym}</abbr>
                  <span className="text-slate-600">{o.country?.name}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Activity" entityId={activity.id} />
      </div>
    </>
  );
}
