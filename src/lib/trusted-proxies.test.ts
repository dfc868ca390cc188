import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "./trusted-proxies";

const trust = (value: string) => parseTrustedProxies(value)!;

describe("resolveClientAddress", () => {
  it("takes the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4, 5.6.7.8", trust(""))).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", null, trust(""))).toBe("203.0.113.9");
  });

  it("walks as many hops as the count trusts, never past the client's own entries", () => {
    // client forged "6.6.6.6"; the one proxy appended the real client 198.51.100.4
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", trust("1"))).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.1", trust("2"))).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.2", null, trust("3"))).toBe("10.0.0.2");
  });

  it("trusts listed addresses and ranges only", () => {
    const proxies = trust("10.0.0.0/8, 192.168.1.7, loopback");
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.4, 192.168.1.7", proxies)).toBe("198.51.100.4");
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6", proxies)).toBe("6.6.6.6");
    // a client connecting directly is not a proxy: its header is ignored
    expect(resolveClientAddress("198.51.100.4", "1.2.3.4", proxies)).toBe("198.51.100.4");
    expect(resolveClientAddress("fc00::1", "2001:db8::5", trust("uniquelocal"))).toBe("2001:db8::5");
  });

  it("refuses malformed settings", () => {
    for (const bad of ["abc", "10.0.0.0/33", "10.0.0.0/x", "1.2.3", "-1"]) expect(parseTrustedProxies(bad)).toBeNull();
    expect(parseTrustedProxies("2001:db8::/32")).not.toBeNull();
  });
});
