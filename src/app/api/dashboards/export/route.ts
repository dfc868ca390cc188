import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { actorOrThrow ,type  Actor } from "@/server/auth";
import { programmeDashboard, indicatorProgress, gedsiDashboard, actionPlanDashboard } from "@/server/dashboards";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/dashboards/filters";
import { actionPlanTables, gedsiTables, indicatorTables, programmeTables, type DashboardTable, type Translate } from "@/lib/dashboards/tables";
import { toCsv, toXlsx } from "@/lib/import/write";
import { badRequest, CSV_TYPE, download, errorResponse, XLSX_TYPE } from "@/lib/route-response";
import { searchParamsOf } from "@/lib/clean-input";
import { inRequestLocale } from "@/i18n/with-locale";

const query = z.object({
  dashboard: z.enum(["programme", "indicators", "gedsi", "action-plan"]),
  table: z.string().max(60).optional(),
  format: z.enum(["csv", "xlsx"]).default("csv"),
  planId: z.string().max(40).optional(),
});

async function tablesOf(actor: Actor, q: z.infer<typeof query>, filters: DashboardFilters, t: Translate): Promise<DashboardTable[]> {
  switch (q.dashboard) {
    case "programme": {
      const [data, indicators] = await Promise.all([programmeDashboard(actor, filters), q.table ? Promise.resolve(null) : indicatorProgress(actor, filters)]);
      return [...programmeTables(data, t), ...(indicators ? indicatorTables(indicators, t) : [])];
    }
    case "indicators":
      return indicatorTables(await indicatorProgress(actor, filters), t);
    case "gedsi":
      return gedsiTables(await gedsiDashboard(actor, filters), t);
    case "action-plan":
      if (!q.planId) return [];
      return actionPlanTables(await actionPlanDashboard(actor, q.planId, filters), t);
  }
}

/**
 * A dashboard table as CSV or XLSX, with the dashboard's filters: the same data function
 * and the same rows as the page (src/lib/dashboards/tables.ts). Without `table`, every
 * table of the dashboard, one worksheet each (XLSX) or one after another (CSV is refused:
 * ask for one table). Headers, labels and country names in the reader's language.
 */
export function GET(request: Request) {
  // Country names and the other formats follow the reader's language, as on the page.
  return inRequestLocale(() => exportTables(request));
}

async function exportTables(request: Request) {
  try {
    const actor = await actorOrThrow();
    const search = searchParamsOf(request);
    const q = query.safeParse(Object.fromEntries([...search.entries()].filter(([, v]) => v !== "")));
    if (!q.success) return badRequest("Ask for dashboard=programme|indicators|gedsi|action-plan, an optional table, and format=csv or format=xlsx.");
    if (q.data.dashboard === "action-plan" && !q.data.planId) return badRequest("Ask for an Action Plan: planId=…");
    const filters = parseDashboardFilters(search);
    // Headers and labels in the user's language; the cells stay machine-readable (ISO days, plain numbers).
    const t = (await getTranslations()) as unknown as Translate;
    const tables = await tablesOf(actor, q.data, filters, t);
    const day = new Date().toISOString().slice(0, 10);
    if (q.data.table) {
      const table = tables.find((x) => x.key === q.data.table);
      if (!table) return badRequest(`Unknown table. Tables: ${tables.map((x) => x.key).join(", ")}.`);
      const base = `${q.data.dashboard}-${table.key}-${day}`;
      const sheet = { headers: table.headers, rows: table.rows };
      if (q.data.format === "csv") return download(toCsv(sheet), `${base}.csv`, CSV_TYPE);
      return download(await toXlsx(sheet, table.title), `${base}.xlsx`, XLSX_TYPE);
    }
    if (q.data.format === "csv") return badRequest("CSV holds one table: add table=… (or ask for format=xlsx for every table).");
    const [first, ...rest] = tables.map((x, i) => ({ name: `${i + 1} ${x.title}`.replace(/[\\/?*[\]:]/g, " "), table: { headers: x.headers, rows: x.rows } }));
    if (!first) return badRequest("Nothing to export.");
    return download(await toXlsx(first.table, first.name, rest), `${q.data.dashboard}-dashboard-${day}.xlsx`, XLSX_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
