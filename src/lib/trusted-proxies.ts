import { BlockList, isIP } from "node:net";

/**
 * Which hops in front of the app are trusted to report the client's address, as Express's
 * "trust proxy" setting: a hop count, or the addresses (and CIDR ranges) of the proxies.
 */
export type TrustedProxies = { hops: number } | { list: BlockList };

// Express's names for the private ranges a proxy usually sits in.
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.1/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** An IPv4 address seen through an IPv6 socket (::ffff:1.2.3.4) is that IPv4 address. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** Parses TRUSTED_PROXIES ("2", or "10.0.0.0/8, 192.168.1.7, loopback"); null when malformed. */
export function parseTrustedProxies(value: string): TrustedProxies | null {
  const text = value.trim();
  if (text === "") return { hops: 0 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const list = new BlockList();
  const entries = text.split(",").flatMap((entry) => NAMED_RANGES[entry.trim().toLowerCase()] ?? [entry.trim()]);
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0) return null;
    const type = family === 4 ? "ipv4" : "ipv6";
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      return null;
    }
    list.addSubnet(address, bits, type);
  }
  return { list };
}

function trusts(trust: TrustedProxies, address: string, hop: number): boolean {
  if ("hops" in trust) return hop < trust.hops;
  const family = isIP(address);
  return family !== 0 && trust.list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer, or, walking X-Forwarded-For from the right
 * (nearest hop first), the first address not sent by a trusted proxy. Entries a client
 * wrote itself sit left of the first untrusted hop, so they are never reached.
 */
export function resolveClientAddress(socketAddress: string, forwardedFor: string | null, trust: TrustedProxies): string {
  const chain = [socketAddress, ...(forwardedFor ?? "").split(",").reverse()].map(normalizeAddress).filter(Boolean);
  let index = 0;
  while (index < chain.length - 1 && trusts(trust, chain[index]!, index)) index += 1;
  return chain[index] ?? "unknown";
}
