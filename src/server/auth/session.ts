import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth/next-auth";
import type { Actor } from "./actor";
import { actorForSession } from "./session-check";
import { UnauthenticatedError } from "@/domain/errors";

/** The signed-in user, checked on every request (actorForSession). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const { issuedAt, sessionVersion } = session as { issuedAt?: number; sessionVersion?: number };
  return actorForSession({ userId: id, issuedAt, sessionVersion: sessionVersion ?? 0 });
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
