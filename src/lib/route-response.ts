import "server-only";
import { randomUUID } from "node:crypto";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/domain/errors";
import { currentLocale } from "@/i18n/current-locale";
import type { Locale } from "@/i18n/locales";
import { problemTranslator, translateFieldErrors } from "@/i18n/problems";
import en from "../../messages/en/validation.json";
import es from "../../messages/es/validation.json";
import fr from "../../messages/fr/validation.json";

const translators: Record<Locale, (message: string) => string> = {
  en: (message) => message,
  fr: problemTranslator(en.validation, fr.validation),
  es: problemTranslator(en.validation, es.validation),
};
/** A problem in the language the handler runs in (`inRequestLocale`, src/i18n/with-locale.ts; English otherwise). */
const inLanguage = (message: string) => translators[currentLocale()](message);

/** What a route handler answers for an error of the data layer (unknown errors are logged with a reference). */
export function errorBody(error: unknown): { status: number; body: { error: string; fieldErrors?: Record<string, string[]>; reference?: string } } {
  if (error instanceof UnauthenticatedError) return { status: 401, body: { error: inLanguage(error.message) } };
  if (error instanceof ForbiddenError) return { status: 403, body: { error: inLanguage(error.message) } };
  if (error instanceof NotFoundError) return { status: 404, body: { error: inLanguage(error.message) } };
  if (error instanceof DomainValidationError) {
    return { status: 422, body: { error: inLanguage(error.message), fieldErrors: translateFieldErrors(error.fieldErrors, inLanguage) } };
  }
  if (error instanceof ConflictError) return { status: 409, body: { error: inLanguage(error.message) } };
  const reference = randomUUID().slice(0, 8);
  console.error(`[error ${reference}]`, error);
  return { status: 500, body: { error: inLanguage(`Something went wrong on our side. Please try again; if it persists, quote reference ${reference}.`), reference } };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = errorBody(error);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function badRequest(message: string, status = 400): Response {
  return Response.json({ error: inLanguage(message) }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Refuses a state-changing request sent from another origin (a form on another site, or
 * on another host of the same site, which SameSite=Lax cookies do not stop). Browsers send
 * Origin (and Sec-Fetch-Site) on every POST; a client without them is not a browser that
 * could carry someone's cookies unknowingly. Every POST/PUT/PATCH/DELETE route handler
 * starts with it (server actions get the same check from Next.js).
 */
export function refuseCrossOrigin(request: Request): Response | null {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return badRequest("Requests from another site are refused.", 403);
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  return originHost && originHost === host ? null : badRequest("Requests from another site are refused.", 403);
}

/** A file download: `attachment` with an ASCII file name and its UTF-8 form. */
export function download(body: string | Uint8Array, fileName: string, contentType: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
