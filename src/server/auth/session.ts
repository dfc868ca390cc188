import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/env";
import type { Actor } from "./actor";
import { actorForSession } from "./session-check";
import { readSessionToken, sessionCookieName, sessionTokenOf } from "./session-token";
import { UnauthenticatedError } from "@/domain/errors";

/** Whether Auth.js's cookies are `Secure` (and `__Secure-` prefixed): when the public address is https. */
export function usesSecureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

/**
 * The signed-in user, checked on every request (actorForSession), once per request (React
 * `cache`): the session cookie decrypted directly (session-token.ts, the key derived once per
 * process), not through Auth.js's `auth()`, which runs its whole request pipeline per call.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  // The request's cookies first: while a page is prerendered at build time, that is where
  // Next.js stops it (no configuration needed to find that nobody is signed in).
  const all = (await cookies()).getAll();
  const name = sessionCookieName(usesSecureCookies());
  const token = sessionTokenOf(all, name);
  const secret = env().AUTH_SECRET;
  if (!token || !secret) return null; // without a secret, Auth.js cannot have signed anyone in either
  const claims = await readSessionToken(token, secret, name);
  return claims ? actorForSession(claims) : null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For actions and route handlers: the signed-in user, or an UnauthenticatedError. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
