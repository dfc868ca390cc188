import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/server/db";
import { normalizeEmail } from "@/lib/normalize";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

// Compared against when the email is unknown, so both paths cost one bcrypt check.
const DUMMY_HASH = bcrypt.hashSync("never-a-real-password", 10);

export { normalizeEmail };

/**
 * When the account or client address may try again, or null if it may now. Counted in
 * PostgreSQL so the limit holds across app servers.
 */
export async function signInBlockedUntil(email: string, ipAddress: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const recentFailures = (where: { email: string } | { ipAddress: string }, limit: number) =>
    db().loginAttempt.findMany({
      where: { ...where, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
  const [byAccount, byAddress] = await Promise.all([
    recentFailures({ email: normalizeEmail(email) }, MAX_FAILURES_PER_ACCOUNT),
    recentFailures({ ipAddress }, MAX_FAILURES_PER_ADDRESS),
  ]);
  const until = (failures: { createdAt: Date }[], limit: number) =>
    failures.length >= limit ? new Date(failures[limit - 1]!.createdAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000) : null;
  const blocks = [until(byAccount, MAX_FAILURES_PER_ACCOUNT), until(byAddress, MAX_FAILURES_PER_ADDRESS)].filter(
    (d): d is Date => d !== null,
  );
  return blocks.length ? new Date(Math.max(...blocks.map((d) => d.getTime()))) : null;
}

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "blocked"; until: Date };

/** Checks an email and password; records the attempt. Never tells whether the email exists. */
export async function verifyCredentials(emailInput: string, password: string, ipAddress: string): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  const blockedUntil = await signInBlockedUntil(email, ipAddress);
  if (blockedUntil) return { ok: false, reason: "blocked", until: blockedUntil };

  const user = await db().user.findUnique({ where: { email } });
  const valid = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && user.active && user.passwordHash && valid);
  await db().loginAttempt.create({ data: { email, ipAddress, succeeded } });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

export const hashPassword = (password: string) => bcrypt.hash(password, 12);
export const passwordMatches = (password: string, hash: string) => bcrypt.compare(password, hash);
