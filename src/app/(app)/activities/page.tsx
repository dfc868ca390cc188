import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { ACTIVITY_SORTS, activityFilterOptions, listActivities, type ActivityListRow } from "@/server/activities";
import { dayParam, hasFilters, linkParamsOf, listHref, parseListParams } from "@/lib/list-params";
import { countryName, formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar, InputFilter, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { ActivityStatusBadge } from "@/components/programmes/status-badge";
import { ActivityTimeline } from "@/components/activities/activity-timeline";
import { ActivityLevel, ActivityStatus, ActivityType, Modality } from "@/generated/prisma/enums";
import { localized } from "@/lib/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activitiesPage"))("title") };
}

const activityParams = {
  programmeId: z.string().max(40).optional().catch(undefined),
  status: z.enum(ActivityStatus).optional().catch(undefined),
  type: z.enum(ActivityType).optional().catch(undefined),
  level: z.enum(ActivityLevel).optional().catch(undefined),
  modality: z.enum(Modality).optional().catch(undefined),
  nsbId: z.string().max(40).optional().catch(undefined),
  from: dayParam,
  to: dayParam,
  sort: z.enum(ACTIVITY_SORTS).optional().catch(undefined),
  view: z.enum(["list", "timeline"]).optional().catch(undefined),
};

type ActivityParams = ReturnType<typeof parseListParams<typeof activityParams>>;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, activityParams);
  const timeline = params.view === "timeline";
  const [list, options] = await Promise.all([
    // The timeline reads in date order, whatever the table was sorted by.
    listActivities(actor, { ...params, sort: timeline ? "startDate" : params.sort }),
    activityFilterOptions(actor),
  ]);
  const linkParams = linkParamsOf(params);
  const filtered = hasFilters(params, ["q", "programmeId", "status", "type", "level", "modality", "nsbId", "from", "to"]);

  return (
    <>
      <PageHeader
        title={t("activitiesPage.title")}
        description={t("activitiesPage.description")}
        actions={can(actor, "activities.write") ? <ButtonLink href="/activities/new">{t("activitiesPage.newActivity")}</ButtonLink> : undefined}
      />
      <ActivityFilters params={params} options={options} filtered={filtered} timeline={timeline} />
      <ViewTabs params={params} timeline={timeline} />
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t("activitiesPage.noMatch") : t("activitiesPage.empty")}>
        {timeline ? (
          <ActivityTimeline activities={list.rows} headingLevel={2} />
        ) : (
          <ListTable caption={t("activitiesPage.title")} columns={await activityColumns()} rows={list.rows} rowKey={(a) => a.id} sort={params.sort} params={linkParams} bodyTestId="activity-rows" />
        )}
      </ListResults>
    </>
  );
}

async function ActivityFilters({ params, options, filtered, timeline }: { params: ActivityParams; options: Awaited<ReturnType<typeof activityFilterOptions>>; filtered: boolean; timeline: boolean }) {
  const t = await getTranslations();
  const enumOptions = (values: Record<string, string>, key: string) => Object.values(values).map((s) => ({ value: s, label: t(`enums.${key}.${s}`) }));
  return (
    <FilterBar label={t("activitiesPage.filters")} clearHref={timeline ? "/activities?view=timeline" : "/activities"} filtered={filtered}
      sort={params.sort} keep={{ view: timeline ? "timeline" : undefined }} actionsClassName="sm:col-span-2 lg:col-span-1">
      <SearchFilter value={params.q} placeholder={t("activitiesPage.searchPlaceholder")} />
      <FilterSelect name="programmeId" label={t("activitiesPage.programme")} value={params.programmeId} all={t("common.all")} className="lg:col-span-2"
        options={options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))} />
      <FilterSelect name="status" label={t("activitiesPage.status")} value={params.status} all={t("common.all")} options={enumOptions(ActivityStatus, "activityStatus")} />
      <FilterSelect name="type" label={t("activitiesPage.type")} value={params.type} all={t("common.all")} options={enumOptions(ActivityType, "activityType")} />
      <FilterSelect name="level" label={t("activitiesPage.level")} value={params.level} all={t("common.all")} options={enumOptions(ActivityLevel, "activityLevel")} />
      <FilterSelect name="modality" label={t("activitiesPage.modality")} value={params.modality} all={t("common.all")} options={enumOptions(Modality, "modality")} />
      <FilterSelect name="nsbId" label={t("activitiesPage.nsb")} value={params.nsbId} all={t("common.all")}
        options={options.nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
      <InputFilter name="from" type="date" label={t("activitiesPage.from")} value={params.from} />
      <InputFilter name="to" type="date" label={t("activitiesPage.to")} value={params.to} />
    </FilterBar>
  );
}

/** List or timeline, keeping the filters and sort (and going back to the first page). */
async function ViewTabs({ params, timeline }: { params: ActivityParams; timeline: boolean }) {
  const t = await getTranslations();
  const viewHref = (view: "list" | "timeline") => {
    const href = listHref(linkParamsOf(params), { view: view === "timeline" ? "timeline" : undefined, page: undefined });
    return `/activities${href === "?" ? "" : href}`;
  };
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-700 text-white" : "bg-white text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"}`;
  return (
    <nav aria-label={t("activitiesPage.views")} className="mb-4 flex gap-2">
      <Link href={viewHref("list")} className={tab(!timeline)} aria-current={!timeline ? "page" : undefined}>{t("activitiesPage.listView")}</Link>
      <Link href={viewHref("timeline")} className={tab(timeline)} aria-current={timeline ? "page" : undefined}>{t("activitiesPage.timelineView")}</Link>
    </nav>
  );
}

async function activityColumns(): Promise<Column<ActivityListRow>[]> {
  const t = await getTranslations();
  return [
    {
      label: t("activitiesPage.activity"),
      sort: "title",
      cell: (a) => (
        <>
          <Link href={`/activities/${a.id}`} className="font-medium text-brand-700 hover:underline">{localized(a, "title")}</Link>
          {a.topics.length ? <p className="mt-0.5 text-xs text-slate-500">{a.topics.join(" · ")}</p> : null}
        </>
      ),
    },
    {
      label: t("activitiesPage.programme"),
      cellClassName: "whitespace-nowrap",
      cell: (a) => <Link href={`/programmes/${a.programme.id}`} className="font-mono text-xs text-brand-700 hover:underline" title={a.programme.title}>{a.programme.code}</Link>,
    },
    { label: t("activitiesPage.type"), cell: (a) => `${t(`enums.activityType.${a.type}`)} · ${t(`enums.modality.${a.modality}`)}` },
    { label: t("activitiesPage.dates"), sort: "startDate", cellClassName: "whitespace-nowrap", cell: (a) => `${formatDate(a.startDate)} – ${formatDate(a.endDate)}` },
    { label: t("activitiesPage.venue"), cell: (a) => [a.venueCity, a.venueCountry ? countryName(a.venueCountry) : null].filter(Boolean).join(", ") || "—" },
    { label: t("activitiesPage.status"), sort: "status", cell: (a) => <ActivityStatusBadge status={a.status} /> },
    { label: t("activitiesPage.participants"), className: "text-right", cellClassName: "tabular-nums", cell: (a) => a._count.participations },
  ];
}
