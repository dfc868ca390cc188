import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionToken, sessionCookieName, sessionTokenOf } from "./session-token";

const secret = "unit-tests-secret-0123456789abcdef";
const salt = sessionCookieName(false);
const claims = { uid: "user-1", sv: 3, signedInAt: 1_700_000_000 };

describe("the session cookie, read without Auth.js's pipeline", () => {
  it("reads a cookie Auth.js wrote: user, session version, sign-in time", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 3600 });
    expect(await readSessionToken(token, secret, salt)).toEqual({ userId: "user-1", sessionVersion: 3, issuedAt: 1_700_000_000 });
    // Twice with the key derived once: the same answer.
    expect(await readSessionToken(token, secret, salt)).toEqual({ userId: "user-1", sessionVersion: 3, issuedAt: 1_700_000_000 });
  });

  it("falls back to the token's issue time and version 0 when the claims are absent", async () => {
    const token = await encode({ token: { uid: "user-2" }, secret, salt, maxAge: 3600 });
    const read = await readSessionToken(token, secret, salt);
    expect(read).toMatchObject({ userId: "user-2", sessionVersion: 0 });
    expect(read?.issuedAt).toBeGreaterThan(1_700_000_000);
  });

  it("refuses an expired cookie, another secret, another cookie name, a tampered one or one naming no user", async () => {
    const expired = await encode({ token: claims, secret, salt, maxAge: -60 });
    expect(await readSessionToken(expired, secret, salt)).toBeNull();
    const token = await encode({ token: claims, secret, salt, maxAge: 3600 });
    expect(await readSessionToken(token, "another-secret-0123456789abcdef", salt)).toBeNull();
    expect(await readSessionToken(token, secret, sessionCookieName(true))).toBeNull();
    const parts = token.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await readSessionToken(parts.join("."), secret, salt)).toBeNull();
    expect(await readSessionToken("not a token", secret, salt)).toBeNull();
    const anonymous = await encode({ token: { sv: 1 }, secret, salt, maxAge: 3600 });
    expect(await readSessionToken(anonymous, secret, salt)).toBeNull();
  });

  it("joins a cookie Auth.js split into chunks, in their order, and ignores other cookies", () => {
    const name = sessionCookieName(true);
    expect(name).toBe("__Secure-authjs.session-token");
    const cookies = [
      { name: `${name}.1`, value: "b" },
      { name: "NEXT_LOCALE", value: "fr" },
      { name: `${name}.0`, value: "a" },
      { name: `${name}.10`, value: "d" },
      { name: `${name}.2`, value: "c" },
    ];
    expect(sessionTokenOf(cookies, name)).toBe("abcd");
    expect(sessionTokenOf([{ name, value: "whole" }], name)).toBe("whole");
    expect(sessionTokenOf([{ name: "authjs.session-token-other", value: "x" }], "authjs.session-token")).toBeNull();
    expect(sessionTokenOf([], name)).toBeNull();
  });
});
