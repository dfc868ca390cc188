import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/server/db";
import { normalizeEmail } from "@/lib/normalize";
import { clearCounter, decrementCounter, incrementCounter, readCounter } from "@/server/rate-limit";

export const SIGN_IN_WINDOW_MINUTES = 15;
/** Failed sign-ins from one address before it is locked out for the rest of the window. */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failed sign-ins of one account before each further attempt on it is slowed down. */
export const ACCOUNT_FAILURES_BEFORE_DELAY = 5;
export const MAX_ACCOUNT_DELAY_MS = 30_000;
/** bcrypt's cost for every stored hash; older hashes are brought to it at sign-in. */
export const BCRYPT_COST = 12;

// Compared against when the email is unknown, at the same cost as real hashes: an unknown
// email and a wrong password take the same work, so timing does not tell which it was.
const DUMMY_HASH = bcrypt.hashSync("never-a-real-password", BCRYPT_COST);

export { normalizeEmail };

const addressKey = (ipAddress: string) => `sign-in:address:${ipAddress}`;
const accountKey = (email: string) => `sign-in:account:${email}`;

/**
 * How long an attempt on an account waits after `failures` recent failures: nothing at
 * first, then 1 s doubling to 30 s. A slowdown, never a lock: the owner, with the right
 * password from an address that is not locked, still gets in.
 */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FAILURES_BEFORE_DELAY) return 0;
  return Math.min(1000 * 2 ** (failures - ACCOUNT_FAILURES_BEFORE_DELAY), MAX_ACCOUNT_DELAY_MS);
}

/** When a client address that failed too often may try again, or null if it may now. Only reads. */
export async function signInBlockedUntil(ipAddress: string): Promise<Date | null> {
  const failures = await readCounter(addressKey(ipAddress), SIGN_IN_WINDOW_MINUTES);
  return failures && failures.count >= MAX_FAILURES_PER_ADDRESS ? failures.resetsAt : null;
}

/**
 * Counts one attempt from `ipAddress` before the password is checked (one statement, so
 * simultaneous guesses cannot all slip under the limit). Returns when the address may try
 * again if it is over the limit, else null. A right password gives the attempt back.
 */
export async function takeAddressAttempt(ipAddress: string): Promise<Date | null> {
  const byAddress = await incrementCounter(addressKey(ipAddress), SIGN_IN_WINDOW_MINUTES);
  return byAddress.count > MAX_FAILURES_PER_ADDRESS ? byAddress.resetsAt : null;
}

export const giveBackAddressAttempt = (ipAddress: string) => decrementCounter(addressKey(ipAddress));

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "blocked"; until: Date };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password; records the attempt. Never tells whether the email exists.
 * Refused outright only from an address over its limit; an account with many recent
 * failures is slowed down (accountDelayMs), never locked.
 */
export async function verifyCredentials(
  emailInput: string,
  password: string,
  ipAddress: string,
  options: { wait?: (ms: number) => Promise<void> } = {},
): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  const blockedUntil = await takeAddressAttempt(ipAddress);
  if (blockedUntil) return { ok: false, reason: "blocked", until: blockedUntil };
  const byAccount = await readCounter(accountKey(email), SIGN_IN_WINDOW_MINUTES);
  const delay = accountDelayMs(byAccount?.count ?? 0);
  if (delay > 0) await (options.wait ?? sleep)(delay);

  const user = await db().user.findUnique({ where: { email } });
  const valid = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && user.active && user.passwordHash && valid);
  await db().loginAttempt.create({ data: { email, ipAddress, succeeded } });
  if (!succeeded || !user) {
    await incrementCounter(accountKey(email), SIGN_IN_WINDOW_MINUTES);
    return { ok: false, reason: "invalid" };
  }
  await giveBackAddressAttempt(ipAddress);
  await clearCounter(accountKey(email));
  // Not an edit of the user (no version bump): an administrator's open form stays valid.
  const rehashed = bcrypt.getRounds(user.passwordHash!) === BCRYPT_COST ? {} : { passwordHash: await hashPassword(password) };
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), ...rehashed } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

/**
 * Signing out ends the user's sessions server-side (a copied cookie stops working too): a
 * new session version, unless the cookie's is already out of date.
 */
export async function endSessions(userId: string, sessionVersion: number): Promise<void> {
  // A session counter, not an edit of the user: the version edit forms hold stays valid.
  await db().user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}

export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_COST);
export const passwordMatches = (password: string, hash: string) => bcrypt.compare(password, hash);
