import type { ColumnMapping } from "@/lib/import/columns";
import type { ImportCommitResult, ImportProgress } from "@/server/imports";

/** The request of a check or an import: the file, the mode, and the choices made on the page. */
export function importBody(mode: "preview" | "commit", file: File, mapping: ColumnMapping | null | undefined, nsbId: string, staff: boolean): FormData {
  const data = new FormData();
  data.set("file", file);
  data.set("mode", mode);
  if (staff && nsbId) data.set("nsbId", nsbId);
  if (mapping) data.set("mapping", JSON.stringify(mapping));
  return data;
}

/** Overall progress: reading 0-5 %, checking 5-25 %, saving 25-100 %. */
export function percent(progress: ImportProgress | null): number {
  if (!progress) return 0;
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const [from, span] = progress.phase === "parsing" ? [0, 5] : progress.phase === "validating" ? [5, 20] : [25, 75];
  return Math.round(from + share * span);
}

type StreamEvent = ImportProgress | { result: ImportCommitResult } | { error: { error: string } };

/** Reads the import's NDJSON answer: progress lines, then {"result": …} or {"error": …}. Returns the result, if any. */
export async function readImportStream(
  body: NonNullable<Response["body"]>,
  on: { progress: (progress: ImportProgress) => void; error: (message: string) => void },
): Promise<ImportCommitResult | null> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let result: ImportCommitResult | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      if (!line) continue;
      const event = JSON.parse(line) as StreamEvent;
      if ("result" in event) result = event.result;
      else if ("error" in event) on.error(event.error.error);
      else on.progress(event);
    }
    if (done) return result;
  }
}
