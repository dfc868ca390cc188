import { z } from "zod";
import { actorOrThrow } from "@/server/auth";
import { buildIatiDocument } from "@/server/iati";
import { badRequest, download, errorResponse } from "@/lib/route-response";
import { searchParamsOf } from "@/lib/clean-input";

const query = z.object({ programmeId: z.string().trim().min(1).max(40).optional() });

/** IATI 2.03 activity XML: ?programmeId=… for one programme, without it every programme the caller may see. */
export async function GET(request: Request) {
  try {
    const actor = await actorOrThrow();
    const parsed = query.safeParse({ programmeId: searchParamsOf(request).get("programmeId") || undefined });
    if (!parsed.success) return badRequest("Ask for programmeId=<a programme id>, or leave it out to export every programme.");
    const file = await buildIatiDocument(actor, parsed.data);
    return download(file.xml, file.fileName, "application/xml; charset=utf-8");
  } catch (error) {
    return errorResponse(error);
  }
}
