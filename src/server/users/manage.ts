import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { normalizeEmail } from "@/server/auth/credentials";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import type { MailOutcome } from "@/server/mail";
import { userSnapshot } from "@/domain/users/rules";
import { isUniqueViolation } from "@/server/mutations";
import { assertRoleOrganization } from "./rules";
import { issueToken } from "./tokens";
import { mailLink } from "./notify";
import type { Locale } from "@/i18n/locales";

export interface InviteUserInput {
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  /** The invitee's language (their invitation mail is in it); English when not given. */
  locale?: Locale;
}

export interface UpdateUserInput {
  name: string;
  role: Role;
  organizationId: string | null;
  version: number;
}

/** A one-time link for the administrator to pass on, and whether it was also mailed. */
export interface IssuedLink {
  userId: string;
  email: string;
  link: string;
  expiresAt: Date;
  mail: MailOutcome;
}

// The columns a conflict view may show: never the password hash.
const editable = {
  id: true,
  email: true,
  name: true,
  role: true,
  organizationId: true,
  active: true,
  version: true,
  updatedAt: true,
} as const;

const duplicateEmail = () =>
  new DomainValidationError("A user with this email already exists.", { email: ["A user with this email already exists."] });

/**
 * Creates an account without a password and a one-time invitation link (valid 7 days)
 * with which the person sets their password. The link is mailed when SMTP is configured,
 * after the transaction: a mail failure leaves the user and the link in place.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput): Promise<IssuedLink> {
  assertCan(actor, "users.manage");
  const email = normalizeEmail(input.email);
  let issued: { user: { id: string; email: string; name: string }; link: string; expiresAt: Date };
  try {
    issued = await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw duplicateEmail();
      await assertRoleOrganization(tx, input.role, input.organizationId);
      const user = await tx.user.create({
        data: { email, name: input.name.trim(), role: input.role, organizationId: input.organizationId, locale: input.locale ?? "en" },
        select: { ...editable, locale: true },
      });
      await recordAudit(tx, actor, { action: "CREATE", entityType: "User", entityId: user.id, after: userSnapshot(user) });
      const { link, expiresAt } = await issueToken(tx, actor, user.id, "INVITE");
      return { user, link, expiresAt };
    });
  } catch (error) {
    // Two administrators inviting the same address at once: the unique index decides.
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
  const mail = await mailLink(issued.user, "INVITE", issued.link, issued.expiresAt);
  return { userId: issued.user.id, email: issued.user.email, link: issued.link, expiresAt: issued.expiresAt, mail };
}

/** Changes a user's name, role and organisation; refuses a stale version. */
export async function updateUser(actor: Actor, id: string, input: UpdateUserInput) {
  assertCan(actor, "users.manage");
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: editable });
    if (!current) throw new NotFoundError("User");
    await assertVersion(tx, "User", current, input.version);
    if (current.id === actor.id && input.role !== "ADMIN") {
      throw new DomainValidationError("You cannot remove your own administrator role.", {
        role: ["You cannot remove your own administrator role; ask another administrator."],
      });
    }
    await assertRoleOrganization(tx, input.role, input.organizationId, current.organizationId);
    await updateVersioned(tx, "User", id, input.version, { name: input.name.trim(), role: input.role, organizationId: input.organizationId });
    const updated = await tx.user.findUniqueOrThrow({ where: { id }, select: editable });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "User", entityId: id, before: userSnapshot(current), after: userSnapshot(updated) });
    return updated;
  });
}

/**
 * Deactivates or reactivates a user. A deactivated user is refused at once: sessions
 * re-read the user on every request, and their one-time links stop working. Both end
 * the user's sessions (a new session version), so a reactivation revives no old cookie.
 */
export async function setUserActive(actor: Actor, id: string, active: boolean, version: number) {
  assertCan(actor, "users.manage");
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: editable });
    if (!current) throw new NotFoundError("User");
    await assertVersion(tx, "User", current, version);
    if (current.id === actor.id && !active) {
      throw new DomainValidationError("You cannot deactivate your own account; ask another administrator.");
    }
    if (current.active === active) return current;
    await updateVersioned(tx, "User", id, version, { active, sessionVersion: { increment: 1 } });
    const updated = await tx.user.findUniqueOrThrow({ where: { id }, select: editable });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "User", entityId: id, before: userSnapshot(current), after: userSnapshot(updated) });
    return updated;
  });
}

/**
 * A one-time link (valid 24 hours) with which the user sets a new password. Earlier
 * unused reset links of the user stop working. Mailed when SMTP is configured.
 */
export async function issuePasswordReset(actor: Actor, id: string): Promise<IssuedLink> {
  assertCan(actor, "users.manage");
  const issued = await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, active: true, locale: true } });
    if (!user) throw new NotFoundError("User");
    if (!user.active) throw new DomainValidationError("This user is deactivated. Reactivate the account before issuing a reset link.");
    const { link, expiresAt } = await issueToken(tx, actor, user.id, "PASSWORD_RESET");
    return { user, link, expiresAt };
  });
  const mail = await mailLink(issued.user, "PASSWORD_RESET", issued.link, issued.expiresAt);
  return { userId: issued.user.id, email: issued.user.email, link: issued.link, expiresAt: issued.expiresAt, mail };
}

/**
 * Ends every session of a user at once ("Sign out everywhere"): their cookies carry the
 * old session version, which session.ts then refuses. Not an edit of the user's details,
 * so the version an open edit form holds stays valid; recorded on the audit trail.
 */
export async function signOutEverywhere(actor: Actor, id: string) {
  assertCan(actor, "users.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { id: true, sessionVersion: true } });
    if (!before) throw new NotFoundError("User");
    const after = await tx.user.update({ where: { id }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "User", entityId: id, before: { sessionVersion: before.sessionVersion }, after });
  });
}
