/**
 * Which evidence files are accepted: PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) and CSV,
 * at most 10 MB. The type is decided by the file name's extension AND the first bytes of
 * the file (a renamed executable is refused); the browser's content type is ignored, and
 * the stored content type is the one of the recognised type.
 */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;
export const MAX_FILE_NAME = 200;

type Kind = "pdf" | "png" | "jpg" | "docx" | "xlsx" | "csv";

const TYPES: Record<Kind, { contentType: string; extensions: readonly string[] }> = {
  pdf: { contentType: "application/pdf", extensions: ["pdf"] },
  png: { contentType: "image/png", extensions: ["png"] },
  jpg: { contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  csv: { contentType: "text/csv", extensions: ["csv"] },
};

/** For the file input's accept attribute. */
export const EVIDENCE_ACCEPT = Object.values(TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(",");

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

function contentMatches(kind: Kind, bytes: Uint8Array): boolean {
  switch (kind) {
    case "pdf":
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case "png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "docx":
    case "xlsx":
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]); // a ZIP container (Office Open XML)
    case "csv":
      // Text: no NUL byte in the first 8 KB.
      return !bytes.subarray(0, 8192).includes(0);
  }
}

/** A file name safe to show and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return cleaned.slice(-MAX_FILE_NAME) || "evidence";
}

/** The accepted type of an uploaded file, or what is wrong with it. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): { ok: true; contentType: string; fileName: string } | { ok: false; problem: string } {
  const name = cleanFileName(fileName);
  if (bytes.byteLength === 0) return { ok: false, problem: "The file is empty." };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, problem: "The file is larger than 10 MB." };
  const extension = name.includes(".") ? name.split(".").pop()!.toLowerCase() : "";
  const kind = (Object.keys(TYPES) as Kind[]).find((k) => TYPES[k].extensions.includes(extension));
  if (!kind) return { ok: false, problem: "Upload a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or CSV file." };
  if (!contentMatches(kind, bytes)) return { ok: false, problem: `The file's content is not a ${extension.toUpperCase()} file.` };
  return { ok: true, contentType: TYPES[kind].contentType, fileName: name };
}
