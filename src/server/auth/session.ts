import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { db } from "@/server/db";
import type { Actor } from "./actor";
import { UnauthenticatedError } from "@/server/errors";

/**
 * The signed-in user, re-read from the database on every request: a deactivated user,
 * or a session issued before the last password change, is refused at once.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, organizationId: true, active: true, passwordChangedAt: true, locale: true },
  });
  if (!user || !user.active) return null;
  const issuedAt = (session as { issuedAt?: number }).issuedAt;
  if (user.passwordChangedAt && issuedAt && issuedAt * 1000 < user.passwordChangedAt.getTime() - 1000) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, organizationId: user.organizationId, locale: user.locale };
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
