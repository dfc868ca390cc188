import { actorOrThrow } from "@/server/auth";
import { openEvidenceFile } from "@/server/reports";
import { errorResponse } from "@/lib/route-response";
import { cleanText } from "@/lib/clean-input";

/**
 * Streams an evidence file to a caller who may see its report (staff, the report's NSB's
 * focal points); "not found" otherwise. Always a download (attachment, nosniff), so a
 * file never renders inside the app's origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  try {
    const actor = await actorOrThrow();
    const fileId = cleanText((await params).fileId);
    const file = await openEvidenceFile(actor, fileId.slice(0, 40));
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
