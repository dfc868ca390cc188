import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { formatDate } from "@/lib/format";

/**
 * What a printed report's figures are limited to, under its title: the dashboard's filters
 * travel to the report in its address, and on paper there is no filter form to show them.
 * Without it, a report of the trainings of 2023 read as the whole programme's. Nothing when
 * no filter narrows the report. `nsbs` and `programmes` name the chosen ids (the caller's
 * own filter options); `programme` is left out of a programme's own report.
 */
export async function ReportScope({
  filters,
  nsbs,
  programmes = [],
  dates = true,
}: {
  filters: DashboardFilters;
  nsbs: { id: string; acronym: string }[];
  programmes?: { id: string; code: string }[];
  /** False when the report's dates are its own (a year), said elsewhere. */
  dates?: boolean;
}) {
  const t = await getTranslations("dashboards.report");
  const tt = await getTranslations("enums.activityType");
  const parts: string[] = [];
  const programme = programmes.find((p) => p.id === filters.programmeId);
  if (programme) parts.push(t("scopeProgramme", { code: programme.code }));
  const nsb = nsbs.find((n) => n.id === filters.nsbId);
  if (nsb) parts.push(t("scopeNsb", { nsb: nsb.acronym }));
  if (filters.activityType) parts.push(t("scopeType", { type: tt(filters.activityType) }));
  if (dates && filters.from && filters.to) parts.push(t("scopeDates", { from: formatDate(filters.from), to: formatDate(filters.to) }));
  else if (dates && filters.from) parts.push(t("scopeFrom", { from: formatDate(filters.from) }));
  else if (dates && filters.to) parts.push(t("scopeTo", { to: formatDate(filters.to) }));
  if (parts.length === 0) return null;
  return (
    <p className="mt-2 text-sm font-medium text-slate-800" data-testid="report-scope">
      {t("scope", { parts: parts.join(" · ") })}
    </p>
  );
}

/**
 * What the filters do to indicator progress, beside it: indicators are not narrowed by the
 * activity type (they count every activity of their programme), and with dates the actual
 * and progress count what falls within them while each period row is the whole period that
 * overlaps them, so a row can exceed the actual above it. `dates` false where the indicator
 * table has no period rows (the Action Plan's years).
 */
export async function IndicatorFilterNote({ filters, dates = true }: { filters: DashboardFilters; dates?: boolean }) {
  const t = await getTranslations("dashboards");
  const notes = [dates && (filters.from || filters.to) ? t("indicatorDatesNote") : null, filters.activityType ? t("indicatorTypeNote") : null].filter((n): n is string => n !== null);
  if (notes.length === 0) return null;
  return (
    <p className="mb-3 text-sm text-slate-700" data-testid="indicator-filter-note">
      {notes.join(" ")}
    </p>
  );
}
