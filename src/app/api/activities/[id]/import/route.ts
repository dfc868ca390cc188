import { z } from "zod";
import { actorOrThrow } from "@/server/auth";
import { assertImportable, commitAttendanceImport, previewAttendanceImport, type ImportProgress } from "@/server/imports";
import { sheetKind } from "@/lib/import/sheet";
import { badRequest, errorBody, errorResponse, refuseCrossOrigin } from "@/lib/route-response";
import { cleanText } from "@/lib/clean-input";
import { inRequestLocale } from "@/i18n/with-locale";

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const form = z.object({
  mode: z.enum(["preview", "commit"], "Say mode=preview or mode=commit."),
  mapping: z
    .string()
    .max(20_000)
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        return z.array(z.string().max(40).nullable()).max(500).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: "custom", message: "The column mapping is not valid." });
        return z.NEVER;
      }
    }),
  nsbId: z.string().max(40).optional().transform((v) => v || null),
});

const value = (data: FormData, key: string) => {
  const v = data.get(key);
  return typeof v === "string" ? cleanText(v) : undefined;
};

/**
 * Uploads a sheet of participants and attendance. mode=preview answers the checks as
 * JSON; mode=commit imports, streaming NDJSON progress lines ({"phase","done","total"})
 * and a last {"result": …} (or {"error": …}) line.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  // Errors name the allowed values in the user's language.
  return inRequestLocale(() => importSheet(request, context));
}

async function importSheet(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const crossOrigin = refuseCrossOrigin(request);
    if (crossOrigin) return crossOrigin;
    const actor = await actorOrThrow();
    const id = cleanText((await params).id);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 100_000) {
      return badRequest("The file is larger than 20 MB; split it into smaller sheets.", 413);
    }
    let data: FormData;
    try {
      data = await request.formData();
    } catch {
      return badRequest("Send the file as multipart/form-data.");
    }
    const parsed = form.safeParse({ mode: value(data, "mode"), mapping: value(data, "mapping"), nsbId: value(data, "nsbId") });
    if (!parsed.success) return badRequest(parsed.error.issues[0]?.message ?? "Invalid request.");
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return badRequest("Choose a .csv or .xlsx file to upload.", 422);
    if (file.size > MAX_UPLOAD_BYTES) return badRequest("The file is larger than 20 MB; split it into smaller sheets.", 413);
    if (!sheetKind(file.name)) return badRequest("Upload a .csv or .xlsx file (other file types cannot be read).", 415);

    const args = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mapping: parsed.data.mapping, nsbId: parsed.data.nsbId };
    if (parsed.data.mode === "preview") {
      return Response.json(await previewAttendanceImport(actor, id, args), { headers: { "Cache-Control": "no-store" } });
    }

    // Refuse before streaming, so that "not found" or "forbidden" keep their status codes.
    await assertImportable(actor, id);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        let last = "";
        const onProgress = (p: ImportProgress) => {
          // One line per percent of each phase is plenty for a progress bar.
          const key = `${p.phase}:${p.total ? Math.floor((p.done / p.total) * 100) : 0}`;
          if (key === last) return;
          last = key;
          send(p);
        };
        try {
          send({ result: await commitAttendanceImport(actor, id, args, onProgress) });
        } catch (error) {
          send({ error: errorBody(error).body });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
