import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/server/db";
import {
  ACCOUNT_FAILURES_BEFORE_DELAY,
  BCRYPT_COST,
  MAX_FAILURES_PER_ADDRESS,
  accountDelayMs,
  endSessions,
  signInBlockedUntil,
  verifyCredentials,
} from "@/server/auth/credentials";
import { clientAddress } from "@/server/auth/client-address";
import { actorForSession } from "@/server/auth/session-check";
import { setUserActive, signOutEverywhere } from "@/server/users/manage";
import { seedDemo, type DemoActors } from "../support/actors";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";

let actors: DemoActors;
beforeAll(async () => {
  actors = await seedDemo();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const noWait = async () => {};

describe("verifyCredentials", () => {
  it("accepts the right password whatever the email's case, and records the attempt", async () => {
    const result = await verifyCredentials("Staff@Example.org ", DEMO_PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "staff@example.org" } });
    const user = await db().user.findUniqueOrThrow({ where: { email: "staff@example.org" } });
    expect(user.lastLoginAt).not.toBeNull();
    expect(await db().loginAttempt.count({ where: { email: "staff@example.org", succeeded: true } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    expect(await verifyCredentials("staff@example.org", "wrong-password", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("nobody@example.org", "wrong-password", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("does the same bcrypt work for a wrong password and an unknown email, at the cost of stored hashes", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    await verifyCredentials("staff@example.org", "wrong-password", "10.0.0.4");
    await verifyCredentials("nobody-at-all@example.org", "wrong-password", "10.0.0.4");
    const costs = compare.mock.calls.map(([, hash]) => bcrypt.getRounds(hash as string));
    expect(costs).toEqual([BCRYPT_COST, BCRYPT_COST]);
  });

  it("brings an older hash to the current cost at sign-in, without touching the version", async () => {
    const email = "focal.bsn@example.org";
    const before = await db().user.update({ where: { email }, data: { passwordHash: bcrypt.hashSync(DEMO_PASSWORD, 4) } });
    expect(await verifyCredentials(email, DEMO_PASSWORD, "10.0.0.5")).toMatchObject({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { email } });
    expect(bcrypt.getRounds(after.passwordHash!)).toBe(BCRYPT_COST);
    expect(await bcrypt.compare(DEMO_PASSWORD, after.passwordHash!)).toBe(true);
    expect(after.version).toBe(before.version);
  });

  it("refuses a deactivated user even with the right password", async () => {
    await db().user.update({ where: { email: "donor.sida@example.org" }, data: { active: false } });
    expect(await verifyCredentials("donor.sida@example.org", DEMO_PASSWORD, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    await db().user.update({ where: { email: "donor.sida@example.org" }, data: { active: true } });
  });

  it("slows an account down after failures but never locks its owner out", async () => {
    const email = "focal.tisi@example.org";
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_DELAY + 3; i++) {
      expect(await verifyCredentials(email, `wrong-${i}`, `10.1.0.${i}`, { wait })).toEqual({ ok: false, reason: "invalid" });
    }
    // Attackers from many addresses: each attempt on the account waits longer (1 s, 2 s, 4 s).
    expect(waits).toEqual([1000, 2000, 4000]);
    // The owner, from an address that has not failed, signs in with the right password.
    expect(await verifyCredentials(email, DEMO_PASSWORD, "10.1.1.1", { wait })).toMatchObject({ ok: true });
    expect(waits.at(-1)).toBe(8000);
    // ...which resets the account's count.
    expect(await verifyCredentials(email, "wrong-again", "10.1.1.1", { wait })).toEqual({ ok: false, reason: "invalid" });
    expect(waits).toHaveLength(4);
    expect(accountDelayMs(100)).toBe(30_000);
  });

  it(`locks only an address that failed ${MAX_FAILURES_PER_ADDRESS} times, even for the right password`, async () => {
    const address = "192.0.2.99";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await verifyCredentials(`guess${i}@example.org`, "wrong", address, { wait: noWait });
    }
    const blocked = await verifyCredentials("admin@example.org", DEMO_PASSWORD, address);
    expect(blocked).toMatchObject({ ok: false, reason: "blocked" });
    expect((blocked as { until: Date }).until.getTime()).toBeGreaterThan(Date.now());
    expect(await signInBlockedUntil(address)).not.toBeNull();
    // The same account from anywhere else is not locked.
    expect(await verifyCredentials("admin@example.org", DEMO_PASSWORD, "192.0.2.100")).toMatchObject({ ok: true });
  });

  it("counts simultaneous guesses from one address atomically: no more than the limit reach the password check", async () => {
    const address = "192.0.2.77";
    const compare = vi.spyOn(bcrypt, "compare");
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_ADDRESS + 10 }, (_, i) => verifyCredentials(`burst${i}@example.org`, "wrong", address, { wait: noWait })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "blocked")).toHaveLength(10);
    expect(compare).toHaveBeenCalledTimes(MAX_FAILURES_PER_ADDRESS);
  });

  it("limits sign-ins with forged X-Forwarded-For as the socket address they came from", async () => {
    const mark = Symbol.for("iso-capacity-building.socket-address-header");
    (globalThis as Record<symbol, unknown>)[mark] = "x-client-socket-address";
    try {
      const results = [];
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 1; i++) {
        const headers = new Headers({ "x-client-socket-address": "198.51.100.66", "x-forwarded-for": `203.0.113.${i}` });
        expect(clientAddress(headers)).toBe("198.51.100.66");
        results.push(await verifyCredentials(`forged${i}@example.org`, "wrong", clientAddress(headers), { wait: noWait }));
      }
      expect(results.at(-1)).toMatchObject({ ok: false, reason: "blocked" });
      // Another user's correct password from a forged "address" is not locked by any of it.
      const victim = new Headers({ "x-client-socket-address": "198.51.100.67", "x-forwarded-for": "198.51.100.66" });
      expect(await verifyCredentials("staff@example.org", DEMO_PASSWORD, clientAddress(victim))).toMatchObject({ ok: true });
    } finally {
      delete (globalThis as Record<symbol, unknown>)[mark];
    }
  });
});

describe("sessions", () => {
  const claimsOf = async (email: string) => {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    return { userId: user.id, issuedAt: Math.floor(Date.now() / 1000) + 5, sessionVersion: user.sessionVersion };
  };

  it("refuses a session after sign-out, from that cookie and every copy of it", async () => {
    const claims = await claimsOf("staff@example.org");
    expect(await actorForSession(claims)).toMatchObject({ email: "staff@example.org" });
    await endSessions(claims.userId, claims.sessionVersion);
    expect(await actorForSession(claims)).toBeNull();
    // A fresh sign-in gets the new version and works.
    expect(await actorForSession(await claimsOf("staff@example.org"))).not.toBeNull();
  });

  it("refuses every session after an administrator's 'sign out everywhere'", async () => {
    const claims = await claimsOf("focal.bsn@example.org");
    await signOutEverywhere(actors.admin, claims.userId);
    expect(await actorForSession(claims)).toBeNull();
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: claims.userId }, orderBy: { createdAt: "desc" } });
    expect(event).toMatchObject({ actorId: actors.admin.id, after: { sessionVersion: claims.sessionVersion + 1 } });
  });

  it("does not revive a deactivated user's old cookie on reactivation", async () => {
    const claims = await claimsOf("donor.dfat@example.org");
    const user = await db().user.findUniqueOrThrow({ where: { id: claims.userId } });
    const off = await setUserActive(actors.admin, user.id, false, user.version);
    expect(await actorForSession(claims)).toBeNull();
    await setUserActive(actors.admin, user.id, true, off.version);
    expect(await actorForSession(claims)).toBeNull();
  });
});
