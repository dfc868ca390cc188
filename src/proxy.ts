import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security-headers";

// Next.js's own limit on a server action's body (next.config.ts keeps the default).
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

const text = (message: string, status: number) =>
  new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * Runs before every request for a page or a server action. It refuses what would otherwise end as a
 * server error: a NUL character in the address (PostgreSQL cannot store one; a GET is sent
 * on to the address without it) and a server action's body over Next.js's 1 MB limit.
 * Then, for pages (prefetches included: they return HTML too), a fresh nonce for the
 * page's Content-Security-Policy: Next.js reads the policy from the request headers and
 * puts the nonce on the scripts it renders; the same policy goes out on the response. No
 * authorization here: every page, action and route handler checks its own caller
 * (ARCHITECTURE.md).
 */
export function proxy(request: NextRequest) {
  if (/%00/i.test(request.url)) {
    if (request.method !== "GET" && request.method !== "HEAD") return text("The address contains a NUL character.", 400);
    return NextResponse.redirect(request.url.replace(/%00/gi, ""), 308);
  }
  if (request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) {
    return text("What was sent is larger than 1 MB. Shorten the text or send fewer rows at once.", 413);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ production: process.env.NODE_ENV === "production", nonce });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not API routes: a proxy buffers request bodies only up to 10 MB, and the import and
  // evidence uploads take more. Route handlers clean their own parameters (src/lib/clean-input.ts).
  matcher: ["/((?!api/|_next/static|_next/image|icon).*)"],
};
