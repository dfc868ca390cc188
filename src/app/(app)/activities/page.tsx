import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { ACTIVITY_SORTS, activityFilterOptions, listActivities } from "@/server/activities";
import { dayParam, parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { ActivityStatusBadge } from "@/components/programmes/status-badge";
import { ActivityTimeline } from "@/components/activities/activity-timeline";
import { ActivityLevel, ActivityStatus, ActivityType, Modality } from "@/generated/prisma/enums";
import { localized } from "@/lib/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activitiesPage"))("title") };
}

const day = dayParam;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    programmeId: z.string().max(40).optional().catch(undefined),
    status: z.enum(ActivityStatus).optional().catch(undefined),
    type: z.enum(ActivityType).optional().catch(undefined),
    level: z.enum(ActivityLevel).optional().catch(undefined),
    modality: z.enum(Modality).optional().catch(undefined),
    nsbId: z.string().max(40).optional().catch(undefined),
    from: day,
    to: day,
    sort: z.enum(ACTIVITY_SORTS).optional().catch(undefined),
    view: z.enum(["list", "timeline"]).optional().catch(undefined),
  });
  const timeline = params.view === "timeline";
  const [list, options] = await Promise.all([
    // The timeline reads in date order, whatever the table was sorted by.
    listActivities(actor, { ...params, sort: timeline ? "startDate" : params.sort }),
    activityFilterOptions(actor),
  ]);
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.programmeId || params.status || params.type || params.level || params.modality || params.nsbId || params.from || params.to);
  const viewHref = (view: "list" | "timeline") => {
    const search = new URLSearchParams(Object.entries({ ...linkParams, view: view === "timeline" ? "timeline" : undefined, page: undefined }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/activities${search.size ? `?${search.toString()}` : ""}`;
  };
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-700 text-white" : "bg-white text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"}`;

  return (
    <>
      <PageHeader
        title={t("activitiesPage.title")}
        description={t("activitiesPage.description")}
        actions={can(actor, "activities.write") ? <ButtonLink href="/activities/new">{t("activitiesPage.newActivity")}</ButtonLink> : undefined}
      />
      <form role="search" aria-label={t("activitiesPage.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("activitiesPage.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="programmeId" label={t("activitiesPage.programme")} value={params.programmeId} all={t("common.all")} className="lg:col-span-2"
          options={options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))} />
        <FilterSelect name="status" label={t("activitiesPage.status")} value={params.status} all={t("common.all")}
          options={Object.values(ActivityStatus).map((s) => ({ value: s, label: t(`enums.activityStatus.${s}`) }))} />
        <FilterSelect name="type" label={t("activitiesPage.type")} value={params.type} all={t("common.all")}
          options={Object.values(ActivityType).map((s) => ({ value: s, label: t(`enums.activityType.${s}`) }))} />
        <FilterSelect name="level" label={t("activitiesPage.level")} value={params.level} all={t("common.all")}
          options={Object.values(ActivityLevel).map((s) => ({ value: s, label: t(`enums.activityLevel.${s}`) }))} />
        <FilterSelect name="modality" label={t("activitiesPage.modality")} value={params.modality} all={t("common.all")}
          options={Object.values(Modality).map((s) => ({ value: s, label: t(`enums.modality.${s}`) }))} />
        <FilterSelect name="nsbId" label={t("activitiesPage.nsb")} value={params.nsbId} all={t("common.all")}
          options={options.nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("activitiesPage.from")}</span>
          <input name="from" type="date" defaultValue={params.from ?? ""} className={selectClass} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("activitiesPage.to")}</span>
          <input name="to" type="date" defaultValue={params.to ?? ""} className={selectClass} />
        </label>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        {timeline ? <input type="hidden" name="view" value="timeline" /> : null}
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-1">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href={timeline ? "/activities?view=timeline" : "/activities"} variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      <nav aria-label={t("activitiesPage.views")} className="mb-4 flex gap-2">
        <Link href={viewHref("list")} className={tab(!timeline)} aria-current={!timeline ? "page" : undefined}>{t("activitiesPage.listView")}</Link>
        <Link href={viewHref("timeline")} className={tab(timeline)} aria-current={timeline ? "page" : undefined}>{t("activitiesPage.timelineView")}</Link>
      </nav>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("activitiesPage.noMatch") : t("activitiesPage.empty")} />
      ) : timeline ? (
        <>
          <ActivityTimeline activities={list.rows} headingLevel={2} />
          <Pagination page={list.page} requested={params.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      ) : (
        <>
          <Table caption={t("activitiesPage.title")}>
            <thead>
              <tr>
                <SortTh label={t("activitiesPage.activity")} field="title" current={params.sort} params={linkParams} />
                <Th>{t("activitiesPage.programme")}</Th>
                <Th>{t("activitiesPage.type")}</Th>
                <SortTh label={t("activitiesPage.dates")} field="startDate" current={params.sort} params={linkParams} />
                <Th>{t("activitiesPage.venue")}</Th>
                <SortTh label={t("activitiesPage.status")} field="status" current={params.sort} params={linkParams} />
                <Th className="text-right">{t("activitiesPage.participants")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="activity-rows">
              {list.rows.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/activities/${a.id}`} className="font-medium text-brand-700 hover:underline">{localized(a, "title")}</Link>
                    {a.topics.length ? <p className="mt-0.5 text-xs text-slate-500">{a.topics.join(" · ")}</p> : null}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Link href={`/programmes/${a.programme.id}`} className="font-mono text-xs text-brand-700 hover:underline" title={a.programme.title}>{a.programme.code}</Link>
                  </Td>
                  <Td>{t(`enums.activityType.${a.type}`)} · {t(`enums.modality.${a.modality}`)}</Td>
                  <Td className="whitespace-nowrap">{formatDate(a.startDate)} – {formatDate(a.endDate)}</Td>
                  <Td>{[a.venueCity, a.venueCountry?.name].filter(Boolean).join(", ") || "—"}</Td>
                  <Td><ActivityStatusBadge status={a.status} /></Td>
                  <Td className="text-right tabular-nums">{a._count.participations}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={list.page} requested={params.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      )}
    </>
  );
}
