import { z } from "zod";
import { actorOrThrow } from "@/server/auth";
import { exportAttendance } from "@/server/imports";
import { toCsv, toXlsx } from "@/lib/import/write";
import { badRequest, CSV_TYPE, download, errorResponse, XLSX_TYPE } from "@/lib/route-response";
import { cleanText, queryOf } from "@/lib/clean-input";

const query = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });

/** An activity's attendance list, as the caller may see it, as CSV or XLSX. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await actorOrThrow();
    const id = cleanText((await params).id);
    const parsed = query.safeParse(queryOf(request));
    if (!parsed.success) return badRequest("Ask for format=csv or format=xlsx.");
    const list = await exportAttendance(actor, id);
    if (parsed.data.format === "csv") return download(toCsv(list.table), `${list.fileBase}.csv`, CSV_TYPE);
    return download(await toXlsx(list.table, list.sheetName), `${list.fileBase}.xlsx`, XLSX_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
