import { z } from "zod";
import { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { actorOrThrow } from "@/server/auth";
import { PARTICIPANT_SORTS } from "@/server/participants";
import { exportParticipants } from "@/server/imports";
import { parseListParams } from "@/lib/list-params";
import { toCsv, toXlsx } from "@/lib/import/write";
import { badRequest, CSV_TYPE, download, errorResponse, XLSX_TYPE } from "@/lib/route-response";
import { queryOf } from "@/lib/clean-input";

const format = z.enum(["csv", "xlsx"]).default("csv");

/** The participants list with the same filters as /participants, every matching row, as CSV or XLSX. */
export async function GET(request: Request) {
  try {
    const actor = await actorOrThrow();
    const search = queryOf(request);
    const kind = format.safeParse(search.format || undefined);
    if (!kind.success) return badRequest("Ask for format=csv or format=xlsx.");
    // Bad filter values are dropped, as on the list page.
    const { page: _page, ...filters } = parseListParams(search, {
      sex: z.enum(Sex).optional().catch(undefined),
      ageBand: z.enum(AgeBand).optional().catch(undefined),
      stakeholderGroup: z.enum(StakeholderGroup).optional().catch(undefined),
      organizationName: z.string().trim().max(200).optional().catch(undefined),
      nsbId: z.string().max(40).optional().catch(undefined),
      sort: z.enum(PARTICIPANT_SORTS).optional().catch(undefined),
    });
    void _page;
    const list = await exportParticipants(actor, filters);
    if (kind.data === "csv") return download(toCsv(list.table), `${list.fileBase}.csv`, CSV_TYPE);
    return download(await toXlsx(list.table, list.sheetName), `${list.fileBase}.xlsx`, XLSX_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
