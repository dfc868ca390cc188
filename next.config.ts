import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { NON_PAGE_CSP, securityHeaders } from "./src/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds; checking
  // again inside next build would only double the time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      // Files that keep their name when they change (public/, none today; the icon, which
      // Next.js would have checked on every use): a day in caches, then checked again.
      // /_next/static (hashed names) is immutable already (Next.js).
      { source: "/:file((?!_next/|api/)[^?]*\\.(?:svg|png|jpe?g|gif|webp|avif|ico|woff2?|txt|pdf))", headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
