import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "@/domain/errors";
import { filterParams, type DashboardFilters } from "@/lib/dashboards/filters";
import type { Translate } from "@/lib/dashboards/tables";

/** The root translator, as the table builders take it. */
export async function translator(): Promise<Translate> {
  return (await getTranslations()) as unknown as Translate;
}

/** Runs a data function; an id out of the caller's scope becomes the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The export URL of one table (or of every table of the dashboard, as one workbook). */
export function exportHref(dashboard: "programme" | "indicators" | "gedsi" | "action-plan", filters: DashboardFilters, extra: Record<string, string | undefined> = {}) {
  return (table: string | null) => (format: "csv" | "xlsx") => {
    const params = new URLSearchParams({
      dashboard,
      ...(table ? { table } : {}),
      format,
      ...filterParams(filters),
      ...Object.fromEntries(Object.entries(extra).filter((e): e is [string, string] => Boolean(e[1]))),
    });
    return `/api/dashboards/export?${params.toString()}`;
  };
}
