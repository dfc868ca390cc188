import "server-only";
import type { TokenPurpose } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { recordAudit } from "@/server/audit/record";
import { env } from "@/env";
import { hashLinkToken, newLinkToken } from "@/server/tokens";

/** How long a one-time link stays valid: an invitation a week, a password reset one day. */
export const TOKEN_VALIDITY_MS: Record<TokenPurpose, number> = {
  INVITE: 7 * 24 * 3600_000,
  PASSWORD_RESET: 24 * 3600_000,
};

const PATHS: Record<TokenPurpose, string> = { INVITE: "invite", PASSWORD_RESET: "reset-password" };

/** Only this hash is stored: a database leak does not leak usable links. */
export const hashToken = hashLinkToken;

export const linkFor = (purpose: TokenPurpose, token: string) => `${env().APP_URL.replace(/\/+$/, "")}/${PATHS[purpose]}/${token}`;

/** Tokens are 32 random bytes, base64url: 43 characters. Anything else is not worth a query. */
export const looksLikeToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * Creates a one-time link for `userId` and cuts short the user's earlier unused links of
 * the same purpose, all audited in the caller's transaction. Returns the link to show or mail.
 */
export async function issueToken(tx: Tx, actor: Pick<Actor, "id">, userId: string, purpose: TokenPurpose, now = new Date()) {
  await revokeOpenTokens(tx, actor, userId, now, purpose);
  const { token, tokenHash } = newLinkToken();
  const row = await tx.userToken.create({
    data: { userId, purpose, tokenHash, expiresAt: new Date(now.getTime() + TOKEN_VALIDITY_MS[purpose]) },
    select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true },
  });
  await recordAudit(tx, actor, { action: "CREATE", entityType: "UserToken", entityId: row.id, after: row });
  return { link: linkFor(purpose, token), expiresAt: row.expiresAt };
}

/** Makes the user's unused, unexpired links (of one purpose, or all) expire now. */
export async function revokeOpenTokens(tx: Tx, actor: Pick<Actor, "id">, userId: string, now: Date, purpose?: TokenPurpose, exceptId?: string) {
  const open = await tx.userToken.findMany({
    where: {
      userId,
      usedAt: null,
      expiresAt: { gt: now },
      ...(purpose ? { purpose } : {}),
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true },
  });
  for (const token of open) {
    await tx.userToken.update({ where: { id: token.id }, data: { expiresAt: now } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "UserToken", entityId: token.id, before: token, after: { ...token, expiresAt: now } });
  }
}
