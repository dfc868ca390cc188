import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getActivity } from "@/server/activities";
import { attendanceCounts } from "@/server/participations";
import { NotFoundError } from "@/domain/errors";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ActivityStatusBadge } from "@/components/programmes/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ActivityActions } from "./activity-actions";
import { ActivityCards } from "./activity-cards";
import { localized } from "@/lib/translations";
import { withClientMessages } from "@/i18n/client-messages";

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

async function ActivityPage({ params, searchParams }: Params) {
  const { actor, activity } = await load((await params).id);
  const [notice, counts] = await Promise.all([searchParams.then((p) => p.notice), attendanceCounts(actor, activity.id)]);
  const t = await getTranslations();
  const staff = can(actor, "activities.write");
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

      <ActivityCards activity={activity} />

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Activity" entityId={activity.id} />
      </div>
    </>
  );
}

export default withClientMessages(["activityDetail", "common", "forms"], ActivityPage);
