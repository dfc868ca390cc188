/** One evidence file as the upload route answers it. */
export interface UploadedEvidence {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * Sends one file to POST /api/reports/[id]/evidence (a route handler: server actions cap
 * request bodies at 1 MB). Answers the stored file, or the message to show.
 */
export async function uploadEvidence(reportId: string, file: File, failed: string): Promise<{ file: UploadedEvidence } | { error: string }> {
  try {
    const body = new FormData();
    body.append("file", file);
    const response = await fetch(`/api/reports/${encodeURIComponent(reportId)}/evidence`, { method: "POST", body });
    const json = (await response.json().catch(() => ({}))) as { error?: string; file?: UploadedEvidence };
    if (!response.ok || !json.file) return { error: json.error ?? failed };
    return { file: json.file };
  } catch {
    return { error: failed };
  }
}
