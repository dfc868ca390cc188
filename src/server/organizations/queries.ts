import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";

/** The acronym of the caller's own organisation (their NSB or donor), for the header. */
export async function organizationLabel(actor: Actor): Promise<string | null> {
  if (!actor.organizationId) return null;
  const org = await db().organization.findUnique({ where: { id: actor.organizationId }, select: { acronym: true } });
  return org?.acronym ?? null;
}
