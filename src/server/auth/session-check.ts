import "server-only";
import { db } from "@/server/db";
import type { Actor } from "./actor";

// Apart from session.ts so that it can be used without a Next.js request (tests).

/** What a session cookie says: who, when they signed in, and the session version then. */
export interface SessionClaims {
  userId: string;
  /** Seconds since the epoch. */
  issuedAt?: number;
  sessionVersion: number;
}

/**
 * The user a session stands for, re-read from the database: null for a deactivated user,
 * or a session whose version is no longer the user's (signed out, password changed,
 * deactivated or reactivated, "sign out everywhere"), or issued before the last
 * password change.
 */
export async function actorForSession(claims: SessionClaims): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: { id: true, name: true, email: true, role: true, organizationId: true, active: true, passwordChangedAt: true, sessionVersion: true, locale: true },
  });
  if (!user || !user.active || claims.sessionVersion !== user.sessionVersion) return null;
  const { issuedAt } = claims;
  if (user.passwordChangedAt && issuedAt && issuedAt * 1000 < user.passwordChangedAt.getTime() - 1000) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, organizationId: user.organizationId, locale: user.locale };
}
