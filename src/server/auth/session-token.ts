import "server-only";
import { hkdf } from "node:crypto";
import { promisify } from "node:util";
import { jwtDecrypt } from "jose";
import type { SessionClaims } from "./session-check";

// Reading the session cookie without Auth.js's request pipeline (ARCHITECTURE.md, "Pages").
// Auth.js (next-auth.ts) still signs in and out and writes the cookie; this file only reads
// it, the way Auth.js's own `decode` (@auth/core/jwt) does: a JWE (`dir`, A256CBC-HS512) whose
// key is HKDF-SHA256(secret, salt = cookie name, info "Auth.js Generated Encryption Key (<salt>)"),
// with `exp`/`nbf` checked at 15 s tolerance. The key is derived once per process.

const derive = promisify(hkdf);

/** Auth.js's cookie name: `__Secure-` prefixed (and Secure) when the public address is https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/**
 * The token a request's cookies carry under `name`: Auth.js splits a long one into
 * `name.0`, `name.1`… (joined in order here, as its SessionStore does).
 */
export function sessionTokenOf(cookies: readonly { name: string; value: string }[], name: string): string | null {
  const parts = cookies.filter((c) => c.value && (c.name === name || c.name.startsWith(`${name}.`)));
  if (parts.length === 0) return null;
  const order = (cookieName: string) => Number(cookieName.split(".").pop()) || 0;
  return parts
    .sort((a, b) => order(a.name) - order(b.name))
    .map((c) => c.value)
    .join("");
}

const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string, salt: string): Promise<Uint8Array> {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = derive("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64).then((bytes) => new Uint8Array(bytes));
    keys.set(id, key);
  }
  return key;
}

/**
 * The claims of a session token, or null when it does not decrypt with this secret, has
 * expired or names no user. The same reading as the session callback of next-auth.ts:
 * `signedInAt` (the sign-in time) before `iat`, `sv` the session version.
 */
export async function readSessionToken(token: string, secret: string, salt: string): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), {
      clockTolerance: 15,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256CBC-HS512"],
    });
    if (typeof payload.uid !== "string" || !payload.uid) return null;
    const signedInAt = typeof payload.signedInAt === "number" ? payload.signedInAt : payload.iat;
    return { userId: payload.uid, issuedAt: signedInAt, sessionVersion: typeof payload.sv === "number" ? payload.sv : 0 };
  } catch {
    return null;
  }
}
