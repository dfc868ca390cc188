/**
 * Text as the app keeps it: without NUL characters (PostgreSQL cannot store them, and no
 * form or filter needs one) and with any unpaired UTF-16 surrogate (what invalid UTF-8
 * can decode to) replaced by U+FFFD. Every input is cleaned where it is parsed: form values
 * (`formValues`, src/lib/form-values.ts), route handlers' parameters (below), imported files
 * (src/lib/import/sheet.ts); a NUL in a page's address is dropped by src/proxy.ts.
 */
export function cleanText(value: string): string {
  return value.replace(/\0/g, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** A route handler's query string, cleaned. */
export function searchParamsOf(request: Request): URLSearchParams {
  const clean = new URLSearchParams();
  for (const [key, value] of new URL(request.url).searchParams) clean.append(cleanText(key), cleanText(value));
  return clean;
}

/** A route handler's query string as an object (the first value of each key), cleaned. */
export const queryOf = (request: Request): Record<string, string> => Object.fromEntries(searchParamsOf(request));
