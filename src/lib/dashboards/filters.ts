import { z } from "zod";
import { ActivityType } from "@/generated/prisma/enums";

/**
 * The filters every dashboard shares. They live in the URL (a GET form), so a view can be
 * shared as a link; bad values are dropped rather than refused, as on the list pages.
 * Dates are whole days (UTC); the range selects activities by their start date.
 */
export interface DashboardFilters {
  programmeId?: string;
  nsbId?: string;
  from?: Date;
  to?: Date;
  activityType?: ActivityType;
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1990 && d.getUTCFullYear() <= 2100);

const id = z.string().trim().min(1).max(40);

const schema = z.object({
  programmeId: id.optional().catch(undefined),
  nsbId: id.optional().catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  activityType: z.enum(ActivityType).optional().catch(undefined),
});

type Search = Record<string, string | string[] | undefined> | URLSearchParams;

function flat(search: Search): Record<string, string> {
  const entries = search instanceof URLSearchParams ? [...search.entries()] : Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

/** The filters a URL's search params name; a range given backwards is swapped. */
export function parseDashboardFilters(search: Search): DashboardFilters {
  const parsed = schema.parse(flat(search));
  const out: DashboardFilters = {};
  if (parsed.programmeId) out.programmeId = parsed.programmeId;
  if (parsed.nsbId) out.nsbId = parsed.nsbId;
  if (parsed.activityType) out.activityType = parsed.activityType;
  let { from, to } = parsed;
  if (from && to && to < from) [from, to] = [to, from];
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The filters as search params (for links: exports, reports, other dashboards). */
export function filterParams(filters: DashboardFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.programmeId) out.programmeId = filters.programmeId;
  if (filters.nsbId) out.nsbId = filters.nsbId;
  if (filters.from) out.from = day(filters.from);
  if (filters.to) out.to = day(filters.to);
  if (filters.activityType) out.activityType = filters.activityType;
  return out;
}

/** `?a=1&b=2` for the filters and any extra params, or "" when there are none. */
export function filterQuery(filters: DashboardFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ ...filterParams(filters), ...Object.fromEntries(Object.entries(extra).filter((e): e is [string, string] => Boolean(e[1]))) });
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const hasFilters = (filters: DashboardFilters) => Object.keys(filterParams(filters)).length > 0;

/** The calendar years of an Action Plan, first to last. */
export function planYears(plan: { startYear: number; endYear: number }): number[] {
  const years: number[] = [];
  for (let y = plan.startYear; y <= plan.endYear; y++) years.push(y);
  return years;
}

/**
 * The year a yearly plan report asks for (`year=` in its URL): "missing" when there is none
 * (or it is not a whole number), "outside" when it is not one of the plan's years, since a
 * report of a year the plan does not cover would be a page of dashes under a wrong title.
 */
export function planReportYear(raw: string | string[] | undefined, plan: { startYear: number; endYear: number }): { year: number } | { problem: "missing" } | { problem: "outside"; asked: number } {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (!text || !/^\d{1,4}$/.test(text.trim())) return { problem: "missing" };
  const year = Number(text.trim());
  return year >= plan.startYear && year <= plan.endYear ? { year } : { problem: "outside", asked: year };
}
