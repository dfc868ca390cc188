import { getTranslations } from "next-intl/server";
import { ActivityType } from "@/generated/prisma/enums";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { hasFilters, type DashboardFilters } from "@/lib/dashboards/filters";

const day = (d?: Date) => (d ? d.toISOString().slice(0, 10) : "");

/**
 * The dashboards' GET filter form: every filter lands in the URL, so the view can be
 * shared or bookmarked. A focal point has no NSB choice (always their own NSB). Six
 * columns from 1280 px wide only: on a 1024 px laptop, beside the menu, six columns cut the
 * chosen dates to "01/01/2" (two columns there).
 */
export async function DashboardFilterForm({
  path,
  filters,
  options,
  showNsb,
  hidden = {},
  extra,
}: {
  path: string;
  filters: DashboardFilters;
  options: { programmes: { id: string; code: string; title: string }[]; nsbs: { id: string; acronym: string }[] };
  showNsb: boolean;
  hidden?: Record<string, string | undefined>;
  extra?: React.ReactNode;
}) {
  const t = await getTranslations();
  const clearParams = new URLSearchParams(Object.entries(hidden).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <form role="search" aria-label={t("dashboards.filters.label")} action={path} method="get" className="no-print mb-2 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 xl:grid-cols-6">
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {extra}
      <FilterSelect name="programmeId" label={t("dashboards.filters.programme")} value={filters.programmeId} all={t("dashboards.allProgrammes")} className="sm:col-span-2"
        options={options.programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))} />
      {showNsb ? (
        <FilterSelect name="nsbId" label={t("dashboards.filters.nsb")} value={filters.nsbId} all={t("common.all")}
          options={options.nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
      ) : null}
      <FilterSelect name="activityType" label={t("dashboards.filters.activityType")} value={filters.activityType} all={t("common.all")}
        options={Object.values(ActivityType).map((type) => ({ value: type, label: t(`enums.activityType.${type}`) }))} />
      <label>
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("dashboards.filters.from")}</span>
        <input type="date" name="from" defaultValue={day(filters.from)} className={selectClass} />
      </label>
      <label>
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("dashboards.filters.to")}</span>
        <input type="date" name="to" defaultValue={day(filters.to)} className={selectClass} />
      </label>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 sm:justify-end xl:col-span-6">
        <p className="mr-auto self-center text-xs text-slate-600">{t("dashboards.filters.shareHint")}</p>
        <Button type="submit">{t("common.apply")}</Button>
        {hasFilters(filters) ? (
          <ButtonLink href={`${path}${clearParams.size ? `?${clearParams.toString()}` : ""}`} variant="secondary">
            {t("common.clear")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
