import "server-only";
import type { TokenPurpose } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { hashPassword } from "@/server/auth/credentials";
import { recordAudit } from "@/server/audit/record";
import { updateAtCurrentVersion } from "@/server/audit/versioned";
import { DomainValidationError } from "@/domain/errors";
import { passwordPolicyProblem } from "@/domain/users/password-policy";
import { hashToken, looksLikeToken, revokeOpenTokens } from "./tokens";
import { userSnapshot } from "@/domain/users/rules";

/*
 * The public side of one-time links: no actor, the token is the credential. A link works
 * once, before it expires, for an active user, and only for its own purpose.
 */

const INVALID_LINK = "This link is invalid or has expired. Ask an administrator for a new one.";

async function findUsableToken(token: string, purpose: TokenPurpose, now: Date) {
  if (!looksLikeToken(token)) return null;
  const row = await db().userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, active: true, locale: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return row;
}

/** Whose link this is, for the page to greet them; null when the link cannot be used. */
export async function describeToken(token: string, purpose: TokenPurpose): Promise<{ email: string; name: string; locale: string } | null> {
  const row = await findUsableToken(token, purpose, new Date());
  return row ? { email: row.user.email, name: row.user.name, locale: row.user.locale } : null;
}

/**
 * Sets the user's password with a one-time link and uses the link up. Setting
 * `passwordChangedAt` ends the user's existing sessions; the user's other open links stop working.
 */
export async function redeemToken(token: string, purpose: TokenPurpose, newPassword: string): Promise<{ email: string }> {
  const problem = passwordPolicyProblem(newPassword);
  if (problem) throw new DomainValidationError(problem, { newPassword: [problem] });
  if (!(await findUsableToken(token, purpose, new Date()))) throw new DomainValidationError(INVALID_LINK);
  // Hashing is slow on purpose: do it before the transaction, not inside it.
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const row = await tx.userToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, purpose: true, expiresAt: true } });
    if (!row) throw new DomainValidationError(INVALID_LINK);
    // Conditional update: of two simultaneous uses of one link, exactly one wins.
    const claimed = await tx.userToken.updateMany({
      where: { id: row.id, purpose, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new DomainValidationError(INVALID_LINK);
    const actor = { id: row.userId };
    await recordAudit(tx, actor, {
      action: "UPDATE",
      entityType: "UserToken",
      entityId: row.id,
      before: { userId: row.userId, purpose: row.purpose, expiresAt: row.expiresAt, usedAt: null },
      after: { userId: row.userId, purpose: row.purpose, expiresAt: row.expiresAt, usedAt: now },
    });
    const before = await tx.user.findUniqueOrThrow({
      where: { id: row.userId },
      select: { email: true, name: true, role: true, organizationId: true, active: true, passwordChangedAt: true },
    });
    await updateAtCurrentVersion(tx, "User", row.userId, { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } });
    const after = await tx.user.findUniqueOrThrow({
      where: { id: row.userId },
      select: { email: true, name: true, role: true, organizationId: true, active: true, passwordChangedAt: true },
    });
    await recordAudit(tx, actor, {
      action: "UPDATE",
      entityType: "User",
      entityId: row.userId,
      before: { ...userSnapshot(before), passwordChangedAt: before.passwordChangedAt },
      after: { ...userSnapshot(after), passwordChangedAt: after.passwordChangedAt },
    });
    await revokeOpenTokens(tx, actor, row.userId, now, undefined, row.id);
    return { email: after.email };
  });
}
