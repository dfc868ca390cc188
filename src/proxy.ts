import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security-headers";

/**
 * Runs before every page: a fresh nonce for the page's Content-Security-Policy. Next.js
 * reads the policy from the request headers and puts the nonce on the scripts it renders;
 * the same policy goes out on the response. No authorization here: every page, action and
 * route handler checks its own caller (ARCHITECTURE.md).
 */
export function proxy(request: NextRequest) {
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
  // Pages only: API routes and static files get the fixed policy of next.config.ts, and
  // prefetches render no HTML.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
