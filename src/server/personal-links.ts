import "server-only";
import type { PersonalLinkPurpose } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import { env } from "@/env";
import { hashLinkToken, newLinkToken } from "@/server/tokens";

/*
 * Personal links: one unguessable token (32 random bytes) per participation and purpose,
 * stored as its sha256, so whoever opens it is that person and no form asks who they are.
 * The feedback form and the follow-up surveys (src/server/surveys) use them; a survey's
 * link also names the invitation it answers.
 */

const PATHS: Record<PersonalLinkPurpose, string> = { FEEDBACK: "/feedback", FOLLOW_UP: "/survey" };

/** Issues a new link for each participation (earlier ones stay valid until they expire); answers the URLs. */
export async function issuePersonalLinks(
  tx: Tx,
  purpose: PersonalLinkPurpose,
  participationIds: string[],
  expiresAt: Date,
  createdById: string | null,
  /** A follow-up survey's links: the invitation of each participation. */
  invitationOf?: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const rows = participationIds.map((participationId) => {
    const { token, tokenHash } = newLinkToken();
    urls.set(participationId, `${env().APP_URL}${PATHS[purpose]}/${token}`);
    return { purpose, tokenHash, participationId, expiresAt, createdById, invitationId: invitationOf?.get(participationId) ?? null };
  });
  await tx.personalLink.createMany({ data: rows });
  return urls;
}

/** The link a token opens, with its participation, or null when there is none for this purpose. */
export async function findPersonalLink(purpose: PersonalLinkPurpose, token: string) {
  if (token.length > 100) return null;
  const link = await db().personalLink.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  return link && link.purpose === purpose ? link : null;
}

export const isOpen = (link: { expiresAt: Date }) => link.expiresAt.getTime() > Date.now();
