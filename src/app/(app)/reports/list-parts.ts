import { formatDate } from "@/lib/format";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A reporting period as the report lists show it. */
export const periodText = (p: { periodStart: Date; periodEnd: Date }) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;
