/**
 * The Content-Security-Policy of a page: scripts only from this origin or carrying the
 * request's nonce (src/proxy.ts makes one per request; Next.js puts it on its own inline
 * hydration scripts), so an injected inline script does not run. Styles keep
 * 'unsafe-inline': React and the charts set style attributes, and a style cannot run code.
 */
export function contentSecurityPolicy({ production, nonce }: { production: boolean; nonce: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * For responses that are not pages (API routes, files): nothing may load or run from them,
 * and `sandbox` so that a file opened anyway runs in an opaque origin. next.config.ts sets
 * it on every API response, replacing a route's own policy, so it must hold what the
 * strictest route (the evidence download) needs.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Headers sent with every response (pages get their Content-Security-Policy from src/proxy.ts). */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
