import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { SIGN_IN_WINDOW_MINUTES, hashPassword, passwordMatches } from "@/server/auth/credentials";
import { decrementCounter, incrementCounter } from "@/server/rate-limit";
import { updateAtCurrentVersion } from "@/server/audit/versioned";
import { recordAudit } from "@/server/audit/record";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { passwordPolicyProblem } from "@/domain/users/password-policy";
import { userSnapshot } from "@/domain/users/rules";
import { isLocale, type Locale } from "@/i18n/locales";

/** The signed-in user's own account, for the account page. */
export async function getOwnAccount(actor: Actor) {
  const user = await db().user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organization: { select: { acronym: true, name: true } },
      lastLoginAt: true,
      passwordChangedAt: true,
      createdAt: true,
      locale: true,
    },
  });
  if (!user) throw new NotFoundError("User");
  return user;
}

/** Wrong current passwords a session may try within the sign-in window. */
const MAX_WRONG_CURRENT_PASSWORDS = 5;

/**
 * Changes the caller's own password after checking the current one. Setting
 * `passwordChangedAt` ends every session of the user issued before now, including this
 * one: the caller signs the current session in again (see the account page's action).
 * Wrong current passwords count as failed sign-ins of the account, so a borrowed session
 * cannot be used to guess the password.
 */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const problem = passwordPolicyProblem(input.newPassword);
  if (problem) throw new DomainValidationError(problem, { newPassword: [problem] });
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true, active: true } });
  if (!user || !user.active) throw new NotFoundError("User");

  // Counted before the check, in one statement (simultaneous guesses cannot slip through).
  const key = `password-change:${user.id}`;
  const tries = await incrementCounter(key, SIGN_IN_WINDOW_MINUTES);
  if (tries.count > MAX_WRONG_CURRENT_PASSWORDS) {
    const message = `Too many wrong passwords. Try again at ${tries.resetsAt.toISOString().slice(11, 16)} UTC.`;
    throw new DomainValidationError(message, { currentPassword: [message] });
  }
  if (!user.passwordHash || !(await passwordMatches(input.currentPassword, user.passwordHash))) {
    await db().loginAttempt.create({ data: { email: user.email, ipAddress: key, succeeded: false } });
    throw new DomainValidationError("The current password is incorrect.", { currentPassword: ["The current password is incorrect."] });
  }
  await decrementCounter(key);
  if (input.currentPassword === input.newPassword) {
    const same = "Choose a password different from the current one.";
    throw new DomainValidationError(same, { newPassword: [same] });
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    const select = { email: true, name: true, role: true, organizationId: true, active: true, passwordChangedAt: true } as const;
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select });
    // A new session version ends every session of the user (this one signs in again).
    await updateAtCurrentVersion(tx, "User", user.id, { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } });
    const after = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select });
    await recordAudit(tx, actor, {
      action: "UPDATE",
      entityType: "User",
      entityId: user.id,
      before: { ...userSnapshot(before), passwordChangedAt: before.passwordChangedAt },
      after: { ...userSnapshot(after), passwordChangedAt: after.passwordChangedAt },
    });
  });
}

/** Saves the caller's language (pages, mails and notifications follow it), with its audit event. */
export async function setOwnLocale(actor: Actor, locale: Locale) {
  if (!isLocale(locale)) throw new DomainValidationError("Choose English, French or Spanish.", { locale: ["Choose English, French or Spanish."] });
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { locale: true, active: true } });
    if (!before || !before.active) throw new NotFoundError("User");
    if (before.locale === locale) return;
    await updateAtCurrentVersion(tx, "User", actor.id, { locale });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "User", entityId: actor.id, before: { locale: before.locale }, after: { locale } });
  });
}
