import { revalidatePath } from "next/cache";
import { actorOrThrow } from "@/server/auth";
import { attachEvidenceFile } from "@/server/reports";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence-files";
import { badRequest, errorResponse, refuseCrossOrigin } from "@/lib/route-response";
import { cleanText } from "@/lib/clean-input";
import { inRequestLocale } from "@/i18n/with-locale";


/**
 * Attaches one evidence file (multipart/form-data, field "file") to a report. A route
 * handler rather than a server action: actions cap request bodies at 1 MB, files may be
 * 10 MB. Answers {file} or {error}; the data layer checks type, size, scope and locks.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  // Refusals in the user's language.
  return inRequestLocale(() => attach(request, context));
}

async function attach(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await actorOrThrow();
    const id = cleanText((await params).id);
    const crossOrigin = refuseCrossOrigin(request);
    if (crossOrigin) return crossOrigin;
    if (Number(request.headers.get("content-length") ?? 0) > MAX_EVIDENCE_BYTES + 100_000) {
      return badRequest("The file is larger than 10 MB.", 413);
    }
    let data: FormData;
    try {
      data = await request.formData();
    } catch {
      return badRequest("Send the file as multipart/form-data.");
    }
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return badRequest("Choose a file to upload.", 422);
    if (file.size > MAX_EVIDENCE_BYTES) return badRequest("The file is larger than 10 MB.", 413);
    const created = await attachEvidenceFile(actor, id.slice(0, 40), { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    revalidatePath(`/reports/${id}`);
    return Response.json(
      { file: { id: created.id, fileName: created.fileName, contentType: created.contentType, sizeBytes: created.sizeBytes } },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
