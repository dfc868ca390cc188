import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MINUTES,
  signInBlockedUntil,
  verifyCredentials,
} from "@/server/auth/credentials";
import { seedDemo } from "../support/actors";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";

beforeAll(async () => {
  await seedDemo();
});

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

  it("refuses a deactivated user even with the right password", async () => {
    await db().user.update({ where: { email: "donor.sida@example.org" }, data: { active: false } });
    expect(await verifyCredentials("donor.sida@example.org", DEMO_PASSWORD, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    await db().user.update({ where: { email: "donor.sida@example.org" }, data: { active: true } });
  });

  it(`blocks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even with the right password, until the window passes`, async () => {
    const email = "focal.tisi@example.org";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await verifyCredentials(email, `wrong-${i}`, `10.1.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await verifyCredentials(email, DEMO_PASSWORD, "10.1.1.1");
    expect(blocked).toMatchObject({ ok: false, reason: "blocked" });
    const first = await db().loginAttempt.findFirstOrThrow({ where: { email, succeeded: false }, orderBy: { createdAt: "asc" } });
    const until = (blocked as { until: Date }).until;
    expect(until.getTime()).toBeGreaterThanOrEqual(first.createdAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000);

    // After the window, the account may try again.
    const later = new Date(Date.now() + (SIGN_IN_WINDOW_MINUTES + 1) * 60_000);
    expect(await signInBlockedUntil(email, "10.1.1.1", later)).toBeNull();
  });

  it(`blocks a client address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts`, async () => {
    const address = "192.0.2.99";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await verifyCredentials(`guess${i}@example.org`, "wrong", address);
    }
    expect(await verifyCredentials("admin@example.org", DEMO_PASSWORD, address)).toMatchObject({ ok: false, reason: "blocked" });
    expect(await verifyCredentials("admin@example.org", DEMO_PASSWORD, "192.0.2.100")).toMatchObject({ ok: true });
  });
});
