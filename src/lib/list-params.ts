import { z } from "zod";
import { isAppDay, isRealDay } from "@/lib/form-fields";

/** A day filter in a list's address: a real day between `first` and `last`, or no filter. */
export const dayParamBetween = (first: string, last: string) =>
  z.string().refine((s) => isRealDay(s) && s >= first && s <= last).optional().catch(undefined);

/** A day filter within the app's range (1990-2100). */
export const dayParam = z.string().refine(isAppDay).optional().catch(undefined);

/** Page size of every paginated list. */
export const PAGE_SIZE = 20;

/** Reads a search-params object into typed list options; bad values fall back to defaults. */
export function parseListParams<S extends z.ZodRawShape>(
  params: Record<string, string | string[] | undefined>,
  shape: S,
) {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""),
  );
  const schema = z.object({
    q: z.string().trim().max(200).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
    ...shape,
  });
  return schema.parse(flat);
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function pageOf<T>(rows: T[], total: number, page: number): Page<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * One page of a list: its rows and the total, asked at once. A page past the last one (an
 * old link, a list that shrank, a hand-typed address) answers the last page rather than an
 * empty one, so a list says "nothing here yet" only when it has no rows at all; the rows of
 * the last page cost a second query only then.
 */
export async function paginate<T>(
  requested: number | undefined,
  count: () => Promise<number>,
  rowsAt: (skip: number, take: number) => Promise<T[]>,
): Promise<Page<T>> {
  const page = requested ?? 1;
  const [rows, total] = await Promise.all([rowsAt((page - 1) * PAGE_SIZE, PAGE_SIZE), count()]);
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page <= last) return pageOf(rows, total, page);
  return pageOf(total === 0 ? [] : await rowsAt((last - 1) * PAGE_SIZE, PAGE_SIZE), total, last);
}

/** A sort key as lists write it in their address: `field` ascending, `-field` descending. */
export type SortField<S extends string> = S extends `-${infer F}` ? F : S;

/** Reads a list's sort key ("-startDate") into its field and direction. */
export function parseSort<S extends string>(sort: S): { field: SortField<S>; direction: "asc" | "desc" } {
  const desc = sort.startsWith("-");
  return { field: (desc ? sort.slice(1) : sort) as SortField<S>, direction: desc ? "desc" : "asc" };
}

/** A list's parameters as link parameters (strings; missing ones left out of links). */
export type LinkParams = Record<string, string | undefined>;

/** The parsed list parameters as strings, for the links that keep them (sort, page, filters). */
export function linkParamsOf(params: Record<string, unknown>): LinkParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)]));
}

/** A link to the same list with some parameters changed (undefined or "" drops one). */
export function listHref(params: LinkParams, changes: LinkParams = {}): string {
  const search = new URLSearchParams(Object.entries({ ...params, ...changes }).filter((e): e is [string, string] => Boolean(e[1])));
  return `?${search.toString()}`;
}

/** True when any of the named filters is set (a list then says "no match" rather than "nothing yet"). */
export function hasFilters(params: Record<string, unknown>, names: readonly string[]): boolean {
  return names.some((name) => params[name] !== undefined && params[name] !== "" && params[name] !== false);
}

/** The row type of a list query (a function answering a Page). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RowOf<F extends (...args: any[]) => Promise<Page<unknown>>> = Awaited<ReturnType<F>> extends Page<infer R> ? R : never;
