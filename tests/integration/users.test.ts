import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { verifyCredentials } from "@/server/auth/credentials";
import { getUser, listUsers, userOrganizationOptions } from "@/server/users/queries";
import { listEntityHistory } from "@/server/audit/queries";
import { inviteUser, issuePasswordReset, setUserActive, updateUser } from "@/server/users/manage";
import { describeToken, redeemToken } from "@/server/users/redeem";
import { changeOwnPassword } from "@/server/users/account";
import { hashToken } from "@/server/users/tokens";
import type { Actor } from "@/server/auth/actor";
import { seedDemo, type DemoActors } from "../support/actors";
import { startFakeSmtp } from "../support/fake-smtp";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";

// A real SMTP conversation with a local fake server: env() is read lazily, so setting the
// variables before the first database call is enough.
const smtp = await startFakeSmtp();
process.env.SMTP_HOST = "127.0.0.1";
process.env.SMTP_PORT = String(smtp.port);

let actors: DemoActors;
let org: Record<"BSN" | "TISI" | "DFAT" | "Sida" | "ISO/CS", string>;
beforeAll(async () => {
  actors = await seedDemo();
  const rows = await db().organization.findMany({ where: { acronym: { in: ["BSN", "TISI", "DFAT", "Sida", "ISO/CS"] } } });
  org = Object.fromEntries(rows.map((o) => [o.acronym, o.id])) as typeof org;
});

let counter = 0;
const uniqueEmail = (label: string) => `${label}.${Date.now()}.${++counter}@example.net`;
const tokenOf = (link: string) => link.split("/").pop()!;
const NEW_PASSWORD = "a-fresh-Password-42";

/** Everything a refused call could have touched, to compare before and after. */
async function snapshotDb() {
  const [users, tokens, audits] = await Promise.all([
    db().user.findMany({ orderBy: { id: "asc" } }),
    db().userToken.findMany({ orderBy: { id: "asc" } }),
    db().auditEvent.count(),
  ]);
  return { users, tokens, audits };
}

const inviteFocal = (email = uniqueEmail("focal")) =>
  inviteUser(actors.admin, { email, name: "Nadia Putri", role: "FOCAL_POINT", organizationId: org.BSN });

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

describe("inviteUser", () => {
  it("creates the user without a password and a 7-day one-time link, stores only the token's hash, and mails the link", async () => {
    const email = uniqueEmail("Mixed.Case");
    const before = Date.now();
    const issued = await inviteUser(actors.admin, { email: `  ${email.toUpperCase()} `, name: " Nadia Putri ", role: "FOCAL_POINT", organizationId: org.BSN });

    expect(issued.email).toBe(email.toLowerCase());
    expect(issued.link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    const user = await db().user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, include: { tokens: true } });
    expect(user).toMatchObject({ name: "Nadia Putri", role: "FOCAL_POINT", organizationId: org.BSN, active: true, passwordHash: null });
    expect(user.tokens).toHaveLength(1);
    const token = user.tokens[0]!;
    expect(token.purpose).toBe("INVITE");
    expect(token.tokenHash).toBe(hashToken(tokenOf(issued.link)));
    expect(token.tokenHash).not.toContain(tokenOf(issued.link));
    const sevenDays = 7 * 24 * 3600_000;
    expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + sevenDays - 1000);
    expect(token.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + sevenDays);

    expect(issued.mail).toBe("sent");
    const mail = smtp.received.find((m) => m.to.includes(email.toLowerCase()));
    expect(mail?.raw).toContain(issued.link);
    expect(mail?.raw).toMatch(/Subject: Your invitation to ISO Capacity Building/);
  });

  it("writes audit events for the user and the link, without secrets", async () => {
    const issued = await inviteFocal();
    const events = await db().auditEvent.findMany({ where: { entityId: { in: [issued.userId, ...(await db().userToken.findMany({ where: { userId: issued.userId } })).map((t) => t.id)] } } });
    expect(events.map((e) => `${e.entityType}:${e.action}`).sort()).toEqual(["User:CREATE", "UserToken:CREATE"]);
    for (const event of events) expect(event.actorId).toBe(actors.admin.id);
    const userEvent = events.find((e) => e.entityType === "User")!;
    expect(userEvent.after).toMatchObject({ email: issued.email, role: "FOCAL_POINT", organizationId: org.BSN, active: true });
    expect(JSON.stringify(events)).not.toMatch(/passwordHash|tokenHash/);
    expect(JSON.stringify(events)).not.toContain(tokenOf(issued.link));
  });

  it("refuses a duplicate email whatever its case, with a field error", async () => {
    const before = await snapshotDb();
    const errors = await fieldErrorsOf(inviteUser(actors.admin, { email: "Staff@Example.org", name: "Someone", role: "STAFF", organizationId: null }));
    expect(errors.email).toEqual(["A user with this email already exists."]);
    expect(await snapshotDb()).toEqual(before);
  });

  it("applies the role and organisation rules", async () => {
    const attempt = (role: "ADMIN" | "STAFF" | "FOCAL_POINT" | "DONOR", organizationId: string | null) =>
      inviteUser(actors.admin, { email: uniqueEmail("rules"), name: "Rule Test", role, organizationId });
    expect((await fieldErrorsOf(attempt("FOCAL_POINT", null))).organizationId?.[0]).toMatch(/national standards body/);
    expect((await fieldErrorsOf(attempt("FOCAL_POINT", org.DFAT))).organizationId?.[0]).toMatch(/national standards body/);
    expect((await fieldErrorsOf(attempt("DONOR", null))).organizationId?.[0]).toMatch(/donor organisation/);
    expect((await fieldErrorsOf(attempt("DONOR", org.BSN))).organizationId?.[0]).toMatch(/donor organisation/);
    expect((await fieldErrorsOf(attempt("STAFF", org.BSN))).organizationId?.[0]).toMatch(/ISO\/CS/);
    expect((await fieldErrorsOf(attempt("ADMIN", "no-such-organisation"))).organizationId).toBeDefined();

    await expect(attempt("STAFF", null)).resolves.toMatchObject({ mail: "sent" });
    await expect(attempt("ADMIN", org["ISO/CS"])).resolves.toMatchObject({ mail: "sent" });
    await expect(attempt("DONOR", org.Sida)).resolves.toMatchObject({ mail: "sent" });
  });
});

describe("refused for everyone but administrators", () => {
  it("lets staff, focal points and donors neither read nor change users, and changes nothing", async () => {
    const target = await inviteFocal();
    const targetRow = await db().user.findUniqueOrThrow({ where: { id: target.userId } });
    const before = await snapshotDb();
    for (const actor of [actors.staff, actors.focalBsn, actors.donorDfat]) {
      await expect(listUsers(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getUser(actor, target.userId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(userOrganizationOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(inviteUser(actor, { email: uniqueEmail("sneaky"), name: "Sneaky", role: "ADMIN", organizationId: null })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateUser(actor, target.userId, { name: "Renamed", role: "ADMIN", organizationId: null, version: targetRow.version })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setUserActive(actor, target.userId, false, targetRow.version)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(issuePasswordReset(actor, target.userId)).rejects.toBeInstanceOf(ForbiddenError);
      // Nor can they promote themselves.
      await expect(updateUser(actor, actor.id, { name: actor.name, role: "ADMIN", organizationId: null, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await snapshotDb()).toEqual(before);
  });
});

describe("listUsers and getUser", () => {
  it("searches name and email, filters by role, organisation and status, sorts and paginates", async () => {
    const emails = async (filters: Parameters<typeof listUsers>[1]) => (await listUsers(actors.admin, filters)).rows.map((u) => u.email);
    expect(await emails({ q: "LESTARI" })).toEqual(["focal.bsn@example.org"]);
    expect(await emails({ q: "donor.sida" })).toEqual(["donor.sida@example.org"]);
    expect(await emails({ role: "DONOR", organizationId: org.DFAT })).toEqual(["donor.dfat@example.org"]);
    const all = await listUsers(actors.admin, { sort: "email" });
    expect(all.total).toBe(await db().user.count());
    expect(all.rows.map((u) => u.email)).toEqual([...all.rows.map((u) => u.email)].sort());
    expect((await listUsers(actors.admin, { sort: "-email" })).rows[0]!.email >= all.rows[0]!.email).toBe(true);
    // Pending invitations are flagged, and no hash reaches the page.
    const pending = await inviteFocal();
    const row = (await listUsers(actors.admin, { q: pending.email })).rows[0]!;
    expect(row).toMatchObject({ email: pending.email, invitationPending: true });
    expect(row).not.toHaveProperty("passwordHash");
    expect(await emails({ active: false, q: "example.org" })).toEqual([]);
  });

  it("answers not found for an unknown id, and shows the open links of a user", async () => {
    await expect(getUser(actors.admin, "no-such-user")).rejects.toBeInstanceOf(NotFoundError);
    const invited = await inviteFocal();
    const user = await getUser(actors.admin, invited.userId);
    expect(user.openLinks.map((l) => l.purpose)).toEqual(["INVITE"]);
    expect(user).not.toHaveProperty("passwordHash");
  });
});

describe("one-time links", () => {
  it("an invitation link sets the password once; the user can then sign in", async () => {
    const issued = await inviteFocal();
    const token = tokenOf(issued.link);
    expect(await describeToken(token, "INVITE")).toEqual({ email: issued.email, name: "Nadia Putri", locale: "en" });
    // A link only works for its own purpose.
    expect(await describeToken(token, "PASSWORD_RESET")).toBeNull();
    await expect(redeemToken(token, "PASSWORD_RESET", NEW_PASSWORD)).rejects.toBeInstanceOf(DomainValidationError);

    await redeemToken(token, "INVITE", NEW_PASSWORD);
    const user = await db().user.findUniqueOrThrow({ where: { id: issued.userId }, include: { tokens: true } });
    expect(user.passwordHash).not.toBeNull();
    expect(user.passwordChangedAt).not.toBeNull();
    expect(user.tokens[0]!.usedAt).not.toBeNull();
    expect(await verifyCredentials(issued.email, NEW_PASSWORD, "10.9.0.1")).toMatchObject({ ok: true });

    // Used up.
    expect(await describeToken(token, "INVITE")).toBeNull();
    await expect(redeemToken(token, "INVITE", "another-Password-99")).rejects.toThrow(/invalid or has expired/);
    expect(await verifyCredentials(issued.email, NEW_PASSWORD, "10.9.0.1")).toMatchObject({ ok: true });

    // Audited as the user themselves, without secrets.
    const events = await db().auditEvent.findMany({ where: { actorId: issued.userId } });
    expect(events.map((e) => `${e.entityType}:${e.action}`).sort()).toEqual(["User:UPDATE", "UserToken:UPDATE"]);
    const userEvent = events.find((e) => e.entityType === "User")!;
    expect(userEvent.before).toMatchObject({ passwordChangedAt: null });
    expect((userEvent.after as { passwordChangedAt: string }).passwordChangedAt).toBe(user.passwordChangedAt!.toISOString());
    expect(JSON.stringify(events)).not.toMatch(/passwordHash|tokenHash|\$2[aby]\$/);
  });

  it("an invitation link no longer works after 7 days", async () => {
    const issued = await inviteFocal();
    const token = tokenOf(issued.link);
    await db().userToken.update({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await describeToken(token, "INVITE")).toBeNull();
    await expect(redeemToken(token, "INVITE", NEW_PASSWORD)).rejects.toThrow(/invalid or has expired/);
    expect((await db().user.findUniqueOrThrow({ where: { id: issued.userId } })).passwordHash).toBeNull();
  });

  it("refuses garbage and unknown tokens", async () => {
    expect(await describeToken("not-a-token", "INVITE")).toBeNull();
    expect(await describeToken("A".repeat(43), "INVITE")).toBeNull();
    await expect(redeemToken("A".repeat(43), "INVITE", NEW_PASSWORD)).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("refuses a password outside the policy without using the link up", async () => {
    const issued = await inviteFocal();
    const token = tokenOf(issued.link);
    expect((await fieldErrorsOf(redeemToken(token, "INVITE", "short"))).newPassword).toEqual(["Use at least 10 characters."]);
    expect((await fieldErrorsOf(redeemToken(token, "INVITE", "x".repeat(201)))).newPassword).toEqual(["Use at most 200 characters."]);
    expect(await describeToken(token, "INVITE")).not.toBeNull();
  });

  it("a password reset link is valid 24 hours, and a new one makes the older one stop working", async () => {
    const invited = await inviteFocal();
    await redeemToken(tokenOf(invited.link), "INVITE", NEW_PASSWORD);

    const first = await issuePasswordReset(actors.admin, invited.userId);
    expect(first.link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const firstRow = await db().userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokenOf(first.link)) } });
    expect(firstRow.expiresAt.getTime() - firstRow.createdAt.getTime()).toBeCloseTo(24 * 3600_000, -4);
    expect(first.mail).toBe("sent");
    expect(smtp.received.at(-1)?.raw).toContain(first.link);

    const second = await issuePasswordReset(actors.admin, invited.userId);
    expect(await describeToken(tokenOf(first.link), "PASSWORD_RESET")).toBeNull();
    await expect(redeemToken(tokenOf(first.link), "PASSWORD_RESET", "first-link-Password")).rejects.toThrow(/invalid or has expired/);

    await redeemToken(tokenOf(second.link), "PASSWORD_RESET", "second-link-Password");
    expect(await verifyCredentials(invited.email, "second-link-Password", "10.9.0.2")).toMatchObject({ ok: true });
    expect(await verifyCredentials(invited.email, NEW_PASSWORD, "10.9.0.2")).toEqual({ ok: false, reason: "invalid" });

    const revoked = await db().auditEvent.findFirst({ where: { entityType: "UserToken", entityId: firstRow.id, action: "UPDATE" } });
    expect(revoked?.actorId).toBe(actors.admin.id);
  });

  it("a deactivated user cannot use a link, and cannot be sent one", async () => {
    const invited = await inviteFocal();
    const user = await db().user.findUniqueOrThrow({ where: { id: invited.userId } });
    await setUserActive(actors.admin, user.id, false, user.version);
    expect(await describeToken(tokenOf(invited.link), "INVITE")).toBeNull();
    await expect(redeemToken(tokenOf(invited.link), "INVITE", NEW_PASSWORD)).rejects.toThrow(/invalid or has expired/);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    await expect(issuePasswordReset(actors.admin, user.id)).rejects.toBeInstanceOf(DomainValidationError);
  });
});

describe("updateUser and setUserActive", () => {
  const fresh = async () => {
    const issued = await inviteFocal();
    return db().user.findUniqueOrThrow({ where: { id: issued.userId } });
  };

  it("changes name, role and organisation, bumps the version and audits before and after", async () => {
    const user = await fresh();
    const updated = await updateUser(actors.admin, user.id, { name: "Nadia P.", role: "FOCAL_POINT", organizationId: org.TISI, version: user.version });
    expect(updated).toMatchObject({ name: "Nadia P.", organizationId: org.TISI, version: user.version + 1 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: user.id, action: "UPDATE" } });
    expect(event.actorId).toBe(actors.admin.id);
    expect(event.before).toMatchObject({ name: "Nadia Putri", organizationId: org.BSN });
    expect(event.after).toMatchObject({ name: "Nadia P.", organizationId: org.TISI });

    const donor = await updateUser(actors.admin, user.id, { name: "Nadia P.", role: "DONOR", organizationId: org.DFAT, version: updated.version });
    expect(donor.role).toBe("DONOR");
    expect((await fieldErrorsOf(updateUser(actors.admin, user.id, { name: "Nadia P.", role: "DONOR", organizationId: org.BSN, version: donor.version }))).organizationId).toBeDefined();
    expect((await fieldErrorsOf(updateUser(actors.admin, user.id, { name: "Nadia P.", role: "FOCAL_POINT", organizationId: null, version: donor.version }))).organizationId).toBeDefined();
  });

  it("refuses a stale version and leaves the row as it was", async () => {
    const user = await fresh();
    await updateUser(actors.admin, user.id, { name: "First edit", role: "FOCAL_POINT", organizationId: org.BSN, version: user.version });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const stale = await updateUser(actors.admin, user.id, { name: "Second edit", role: "FOCAL_POINT", organizationId: org.BSN, version: user.version }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).changedBy).toBe(actors.admin.name);
    expect((stale as ConflictError).current).not.toHaveProperty("passwordHash");
    await expect(setUserActive(actors.admin, user.id, false, user.version)).rejects.toBeInstanceOf(ConflictError);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(after);
  });

  it("deactivates and reactivates, audited", async () => {
    const user = await fresh();
    const off = await setUserActive(actors.admin, user.id, false, user.version);
    expect(off).toMatchObject({ active: false, version: user.version + 1 });
    const on = await setUserActive(actors.admin, user.id, true, off.version);
    expect(on).toMatchObject({ active: true, version: user.version + 2 });
    const events = await db().auditEvent.findMany({ where: { entityType: "User", entityId: user.id, action: "UPDATE" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [(e.before as { active: boolean }).active, (e.after as { active: boolean }).active])).toEqual([[true, false], [false, true]]);
  });

  it("puts every change of a user on the user's history: invitation, edits, deactivation, reactivation, reset issued", async () => {
    const user = await fresh();
    const edited = await updateUser(actors.admin, user.id, { name: "Renamed", role: "FOCAL_POINT", organizationId: org.TISI, version: user.version });
    const off = await setUserActive(actors.admin, user.id, false, edited.version);
    await setUserActive(actors.admin, user.id, true, off.version);
    await issuePasswordReset(actors.admin, user.id);
    const history = (await listEntityHistory(actors.admin, "User", user.id)).reverse();
    expect(history.map((e) => [e.entityType, e.action, e.actor?.id])).toEqual([
      ["User", "CREATE", actors.admin.id],
      ["UserToken", "CREATE", actors.admin.id], // the invitation link
      ["User", "UPDATE", actors.admin.id], // name and organisation
      ["User", "UPDATE", actors.admin.id], // deactivated
      ["User", "UPDATE", actors.admin.id], // reactivated
      ["UserToken", "CREATE", actors.admin.id], // the reset link
    ]);
    expect(history[2]!.after).toMatchObject({ name: "Renamed", organizationId: org.TISI });
    expect(history.at(-1)!.after).toMatchObject({ purpose: "PASSWORD_RESET" });
  });

  it("does not let an administrator remove their own administrator role or deactivate themselves", async () => {
    const me = await db().user.findUniqueOrThrow({ where: { id: actors.admin.id } });
    const before = await snapshotDb();
    expect((await fieldErrorsOf(updateUser(actors.admin, me.id, { name: me.name, role: "STAFF", organizationId: me.organizationId, version: me.version }))).role).toBeDefined();
    await expect(setUserActive(actors.admin, me.id, false, me.version)).rejects.toThrow(/your own account/);
    expect(await snapshotDb()).toEqual(before);
    // Their own name they may change.
    await expect(updateUser(actors.admin, me.id, { name: me.name, role: "ADMIN", organizationId: me.organizationId, version: me.version })).resolves.toMatchObject({ role: "ADMIN" });
  });

  it("lets an administrator manage another administrator", async () => {
    const other = await inviteUser(actors.admin, { email: uniqueEmail("admin2"), name: "Second Admin", role: "ADMIN", organizationId: org["ISO/CS"] });
    const row = await db().user.findUniqueOrThrow({ where: { id: other.userId } });
    await expect(updateUser(actors.admin, row.id, { name: row.name, role: "STAFF", organizationId: null, version: row.version })).resolves.toMatchObject({ role: "STAFF" });
  });
});

describe("changeOwnPassword", () => {
  async function userWithPassword(): Promise<Actor & { password: string }> {
    const issued = await inviteFocal();
    await redeemToken(tokenOf(issued.link), "INVITE", NEW_PASSWORD);
    const user = await db().user.findUniqueOrThrow({ where: { id: issued.userId } });
    return { id: user.id, name: user.name, email: user.email, role: user.role, organizationId: user.organizationId, password: NEW_PASSWORD };
  }

  it("refuses a wrong current password and changes nothing", async () => {
    const actor = await userWithPassword();
    const before = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
    const errors = await fieldErrorsOf(changeOwnPassword(actor, { currentPassword: "not-my-Password", newPassword: "brand-new-Password" }));
    expect(errors.currentPassword).toEqual(["The current password is incorrect."]);
    expect(await db().user.findUniqueOrThrow({ where: { id: actor.id } })).toEqual(before);
    expect(await verifyCredentials(actor.email, actor.password, "10.9.1.1")).toMatchObject({ ok: true });
  });

  it("refuses a new password outside the policy", async () => {
    const actor = await userWithPassword();
    expect((await fieldErrorsOf(changeOwnPassword(actor, { currentPassword: actor.password, newPassword: "short" }))).newPassword).toBeDefined();
  });

  it("changes the password, sets passwordChangedAt (ending older sessions) and audits without secrets", async () => {
    const actor = await userWithPassword();
    const before = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
    await changeOwnPassword(actor, { currentPassword: actor.password, newPassword: "brand-new-Password" });
    const after = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after.passwordChangedAt!.getTime()).toBeGreaterThan(before.passwordChangedAt!.getTime());
    expect(await verifyCredentials(actor.email, "brand-new-Password", "10.9.1.2")).toMatchObject({ ok: true });
    expect(await verifyCredentials(actor.email, actor.password, "10.9.1.2")).toEqual({ ok: false, reason: "invalid" });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: actor.id, actorId: actor.id }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(event)).not.toMatch(/passwordHash|\$2[aby]\$|brand-new/);
  });

  it("counts wrong current passwords as failed sign-ins and stops guessing after five", async () => {
    const actor = await userWithPassword();
    for (let i = 0; i < 5; i++) {
      await expect(changeOwnPassword(actor, { currentPassword: `guess-${i}-Password`, newPassword: "brand-new-Password" })).rejects.toThrow(/incorrect/);
    }
    await expect(changeOwnPassword(actor, { currentPassword: actor.password, newPassword: "brand-new-Password" })).rejects.toThrow(/Too many wrong passwords/);
  });

  it("a demo user's password still works (the tests above never touch it)", async () => {
    expect(await verifyCredentials("admin@example.org", DEMO_PASSWORD, "10.9.9.9")).toMatchObject({ ok: true });
  });
});

// Last in the file: it stops the fake mail server.
describe("when the mail server is down", () => {
  it("still creates the user and returns the link, reporting the mail as failed", async () => {
    await smtp.close();
    const issued = await inviteFocal();
    expect(issued.mail).toBe("failed");
    expect(await describeToken(tokenOf(issued.link), "INVITE")).toMatchObject({ email: issued.email });
    const reset = await issuePasswordReset(actors.admin, issued.userId);
    expect(reset.mail).toBe("failed");
  });
});
