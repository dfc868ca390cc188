import "server-only";
import { env } from "@/env";
import { parseTrustedProxies, resolveClientAddress, type TrustedProxies } from "@/lib/trusted-proxies";

// Set by scripts/serve.mjs (how `npm start` and the end-to-end tests serve the app), which
// overwrites this header on every request with the socket's peer address.
const SERVER_MARK = Symbol.for("iso-capacity-building.socket-address-header");

let trust: { value: string | undefined; parsed: TrustedProxies } | undefined;
function trustedProxies(): TrustedProxies {
  const value = env().TRUSTED_PROXIES;
  if (!trust || trust.value !== value) trust = { value, parsed: parseTrustedProxies(value ?? "") ?? { hops: 0 } };
  return trust.parsed;
}

/**
 * The client's address for per-address limits (sign-in, the feedback form): the socket's
 * peer by default; X-Forwarded-For only as far as TRUSTED_PROXIES trusts its hops.
 *
 * Without scripts/serve.mjs (`next dev`, a bare `next start`) Next.js puts the socket
 * address in X-Forwarded-For only when the client sent none, so its last entry stands in
 * for the socket: a client can then forge its address. Serve the app with `npm start`.
 */
export function clientAddress(headers: Headers): string {
  const stampedBy = (globalThis as Record<symbol, unknown>)[SERVER_MARK];
  const forwarded = headers.get("x-forwarded-for");
  if (typeof stampedBy === "string") {
    return resolveClientAddress(headers.get(stampedBy) ?? "unknown", forwarded, trustedProxies());
  }
  const entries = (forwarded ?? "").split(",");
  const socket = entries.pop()?.trim() || "unknown";
  return resolveClientAddress(socket, entries.join(","), trustedProxies());
}
