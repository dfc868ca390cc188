import type { Metadata } from "next";
import { cache } from "react";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getProgramme } from "@/server/programmes";
import { NotFoundError } from "@/domain/errors";

import { countryName, formatDate, formatNumber } from "@/lib/format";
import { regionName } from "@/lib/regions";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { ActivityStatusBadge, ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { ActivityTimeline } from "@/components/activities/activity-timeline";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ApprovedValues } from "@/components/reports/approved-values";
import { TargetCell } from "@/components/indicators/target-cell";
import { SectionTable } from "@/components/lists/section-table";
import { ProgrammeActions } from "./programme-actions";
import { ProgrammeOverview } from "./overview";
import { localized } from "@/lib/translations";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["created", "saved", "closed", "reopened", "archived", "restored"] as const;

// Metadata and page share one read per request (the programme with everything its page shows is a dozen queries).
const load = cache(async (id: string) => {
  const actor = await requireActor();
  try {
    return { actor, programme: await getProgramme(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { programme } = await load((await params).id);
  return { title: programme.code };
}

type Programme = Awaited<ReturnType<typeof getProgramme>>;

async function ProgrammePage({ params, searchParams }: Params) {
  const { actor, programme } = await load((await params).id);
  const notice = (await searchParams).notice;
  const t = await getTranslations();
  const staff = can(actor, "programmes.write");
  const canAddActivity = can(actor, "activities.write") && !programme.archived;
  const canAddIndicator = can(actor, "indicators.write") && !programme.archived;
  return (
    <>
      <PageHeader
        title={localized(programme, "title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{programme.code}</span>
            <ProgrammeStatusBadge status={programme.status} />
            {programme.archived ? <Badge tone="warning">{t("programmeManage.archivedBadge")}</Badge> : null}
            <span>{formatDate(programme.startDate)} – {formatDate(programme.endDate)}</span>
            {programme.region ? <span>· {regionName(programme.region)}</span> : null}
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/api/iati?programmeId=${encodeURIComponent(programme.id)}`} variant="secondary" prefetch={false} download title={t("iati.exportProgrammeLabel")}>
              {t("iati.exportProgramme")}
            </ButtonLink>
            {staff ? (
              <ProgrammeActions id={programme.id} version={programme.version} status={programme.status} archived={programme.archived} code={programme.code} />
            ) : null}
          </>
        }
      />
      {typeof notice === "string" && (NOTICES as readonly string[]).includes(notice) ? (
        <div className="mb-6">
          <Alert tone="success" testId="notice">{t(`programmeManage.notices.${notice}`)}</Alert>
        </div>
      ) : null}
      {programme.archived ? (
        <div className="mb-6">
          <Alert tone="warning">{t("programmeManage.archivedNotice")}</Alert>
        </div>
      ) : null}
      <ProgrammeOverview programme={programme} />
      <ActivitiesSection programme={programme} canAdd={canAddActivity} />
      {programme.activities.length > 0 ? (
        <section aria-labelledby="timeline-heading" className="mt-8">
          <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">{t("programmeManage.timeline")}</h2>
          <ActivityTimeline activities={programme.activities} />
        </section>
      ) : null}
      <IndicatorsSection programme={programme} canAdd={canAddIndicator} />
      <ApprovedValues actor={actor} programmeId={programme.id} />

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Programme" entityId={programme.id} />
      </div>
    </>
  );
}

async function ActivitiesSection({ programme, canAdd }: { programme: Programme; canAdd: boolean }) {
  const t = await getTranslations();
  return (
    <SectionTable
      title={t("programme.activities")}
      rows={programme.activities}
      rowKey={(a) => a.id}
      empty={t("programme.noActivities")}
      bodyTestId="activities"
      action={canAdd ? <ButtonLink href={`/activities/new?programmeId=${programme.id}`}>{t("programmeManage.newActivity")}</ButtonLink> : null}
      columns={[
        { label: t("activities.title"), cell: (a) => <Link href={`/activities/${a.id}`} className="link">{localized(a, "title")}</Link> },
        { label: t("activities.type"), cell: (a) => `${t(`enums.activityType.${a.type}`)} · ${t(`enums.modality.${a.modality}`)}` },
        { label: t("activities.dates"), cellClassName: "whitespace-nowrap", cell: (a) => `${formatDate(a.startDate)} – ${formatDate(a.endDate)}` },
        { label: t("activities.venue"), cell: (a) => [a.venueCity, a.venueCountry ? countryName(a.venueCountry) : null].filter(Boolean).join(", ") || "—" },
        { label: t("activities.status"), cell: (a) => <ActivityStatusBadge status={a.status} /> },
        // People registered, and those who attended fully or partly (the dashboards' "reached").
        { label: t("activities.registered"), className: "num", cell: (a) => formatNumber(a._count.participations) },
        { label: t("activities.attended"), className: "num", cell: (a) => formatNumber(a.attended) },
      ]}
    />
  );
}

async function IndicatorsSection({ programme, canAdd }: { programme: Programme; canAdd: boolean }) {
  const t = await getTranslations();
  return (
    <SectionTable
      title={t("programme.indicators")}
      rows={programme.indicators}
      rowKey={(i) => i.id}
      empty={t("programme.noIndicators")}
      action={canAdd ? <ButtonLink href={`/indicators/new?programmeId=${programme.id}`} data-testid="new-indicator">{t("programmeManage.newIndicator")}</ButtonLink> : null}
      columns={[
        { label: t("indicators.code"), cellClassName: "whitespace-nowrap font-mono text-xs", cell: (i) => i.code },
        { label: t("indicators.title"), cell: (i) => <Link href={`/indicators/${i.id}`} className="link">{localized(i, "title")}</Link> },
        { label: t("indicators.unit"), cell: (i) => t(`enums.indicatorUnit.${i.unit}`) },
        { label: t("indicators.source"), cell: (i) => t(`enums.indicatorSource.${i.source}`) },
        { label: t("indicators.baseline"), className: "num", cell: (i) => formatNumber(i.baselineValue) },
        { label: t("indicators.target"), className: "num", cell: (i) => <TargetCell indicator={i} /> },
      ]}
    />
  );
}

export default withClientMessages(["common", "forms", "programmeManage"], ProgrammePage);
