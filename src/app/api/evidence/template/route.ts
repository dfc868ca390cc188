import { z } from "zod";
import { actorOrThrow } from "@/server/auth";
import { evidenceImportTemplate } from "@/server/evidence";
import { badRequest, CSV_TYPE, download, errorResponse } from "@/lib/route-response";
import { EVIDENCE_REGISTERS } from "@/domain/evidence/schema";
import { queryOf } from "@/lib/clean-input";

const query = z.object({ register: z.enum(EVIDENCE_REGISTERS) });

/** The CSV import template of an evidence register: its header row and one example row. */
export async function GET(request: Request) {
  try {
    const actor = await actorOrThrow();
    const parsed = query.safeParse(queryOf(request));
    if (!parsed.success) return badRequest("Ask for register=adoptions or register=committees.");
    const csv = await evidenceImportTemplate(actor, parsed.data.register);
    const name = parsed.data.register === "adoptions" ? "national-adoptions-template.csv" : "committee-roles-template.csv";
    return download(csv, name, CSV_TYPE);
  } catch (error) {
    return errorResponse(error);
  }
}
