import { z } from "zod";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { actorOrThrow, assertCan, isStaff } from "@/server/auth";
import { templateHelpTable, templateTable, toCsv, toXlsx } from "@/lib/import/write";
import { badRequest, CSV_TYPE, download, errorResponse, XLSX_TYPE } from "@/lib/route-response";
import { queryOf } from "@/lib/clean-input";

const query = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });

/** The import template: its header row and one example row (staff also get the NSB column). */
export async function GET(request: Request) {
  try {
    const actor = await actorOrThrow();
    assertCan(actor, "participants.write");
    const parsed = query.safeParse(queryOf(request));
    if (!parsed.success) return badRequest("Ask for format=csv or format=xlsx.");
    // Headers and example row in the user's language (the import reads them back in any language).
    const locale = await getLocale();
    const options = { staff: isStaff(actor), locale: isLocale(locale) ? locale : undefined };
    const table = templateTable(options);
    if (parsed.data.format === "csv") return download(toCsv(table), "participants-import-template.csv", CSV_TYPE);
    const workbook = await toXlsx(table, "Participants", [{ name: "Help", table: templateHelpTable(options) }]);
    return download(workbook, "participants-import-template.xlsx", XLSX_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
