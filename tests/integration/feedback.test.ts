import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { closeFeedbackLinks, feedbackLinkSummary, issueFeedbackLinks } from "@/server/feedback/links";
import { describeFeedbackLink, FEEDBACK_LIMIT_PER_ADDRESS, submitFeedback } from "@/server/feedback/answers";
import { hashLinkToken } from "@/server/tokens";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let bsnId: string;
let tisiId: string;
/** A completed activity that targets both BSN and TISI, with participants of both. */
let sharedActivityId: string;

beforeAll(async () => {
  actors = await seedDemo();
  bsnId = actors.focalBsn.organizationId!;
  tisiId = actors.focalTisi.organizationId!;
  const shared = await db().activity.findFirstOrThrow({
    where: {
      status: "COMPLETED",
      AND: [
        { targetNsbs: { some: { organizationId: bsnId } } },
        { targetNsbs: { some: { organizationId: tisiId } } },
        { participations: { some: { participant: { organizationId: tisiId } } } },
        { participations: { some: { participant: { organizationId: bsnId }, feedbackAt: null, role: { not: "TRAINER" } } } },
      ],
    },
  });
  sharedActivityId = shared.id;
});

const inADay = () => new Date(Date.now() + 86_400_000);
const tokenOf = (url: string) => url.split("/feedback/")[1]!;
const answer = { satisfaction: 2, feedback: "Too short", testimonial: "Learned a lot", consentToQuote: true };

describe("personal feedback links", () => {
  it("gives each participant still to answer their own link; a focal point only their NSB's people; only hashes are stored", async () => {
    const staffLinks = await issueFeedbackLinks(actors.staff, sharedActivityId, inADay());
    const focalLinks = await issueFeedbackLinks(actors.focalBsn, sharedActivityId, inADay());
    const bsnPeople = await db().participation.findMany({
      where: { activityId: sharedActivityId, feedbackAt: null, role: { not: "TRAINER" }, participant: { organizationId: bsnId } },
      include: { participant: true },
    });
    expect(focalLinks.map((l) => l.fullName).sort()).toEqual(bsnPeople.map((p) => p.participant.fullName).sort());
    expect(staffLinks.length).toBeGreaterThan(focalLinks.length);
    expect(new Set([...staffLinks, ...focalLinks].map((l) => l.url)).size).toBe(staffLinks.length + focalLinks.length);
    const token = tokenOf(focalLinks[0]!.url);
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
    expect(await db().personalLink.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db().personalLink.count({ where: { tokenHash: hashLinkToken(token) } })).toBe(1);
    expect((await feedbackLinkSummary(actors.focalBsn, sharedActivityId)).open).toBe(2 * focalLinks.length);
  });

  it("records the answer of the link's own person, once, and not after closing", async () => {
    const [mine, other] = await issueFeedbackLinks(actors.focalBsn, sharedActivityId, inADay());
    const page = await describeFeedbackLink(tokenOf(mine!.url));
    expect(page).toMatchObject({ state: "open", name: mine!.fullName });
    const before = await db().participation.findMany({ where: { activityId: sharedActivityId }, orderBy: { id: "asc" } });

    await submitFeedback(tokenOf(mine!.url), "203.0.113.5", answer);
    const row = await db().participation.findFirstOrThrow({ where: { activityId: sharedActivityId, participant: { fullName: mine!.fullName } } });
    expect(row).toMatchObject({ satisfaction: 2, feedback: "Too short", testimonial: "Learned a lot", consentToQuote: true });
    expect(row.feedbackAt).not.toBeNull();
    // Nobody else's row changed: the link cannot answer for another person.
    const after = await db().participation.findMany({ where: { activityId: sharedActivityId, id: { not: row.id } }, orderBy: { id: "asc" } });
    expect(after).toEqual(before.filter((r) => r.id !== row.id));
    expect((await describeFeedbackLink(tokenOf(mine!.url))).state).toBe("answered");
    await expect(submitFeedback(tokenOf(mine!.url), "203.0.113.5", answer)).rejects.toBeInstanceOf(DomainValidationError);

    await closeFeedbackLinks(actors.staff, sharedActivityId);
    expect((await describeFeedbackLink(tokenOf(other!.url))).state).toBe("closed");
    await expect(submitFeedback(tokenOf(other!.url), "203.0.113.5", answer)).rejects.toThrow("closed");
    expect((await describeFeedbackLink("not-a-real-token-at-all-000000")).state).toBe("unknown");
  });

  it("answers an unknown link and a closed one with the same message (nothing tells who is registered)", async () => {
    const unknown = await submitFeedback("not-a-real-token-at-all-000000", "203.0.113.9", answer).catch((e: Error) => e.message);
    const [link] = await issueFeedbackLinks(actors.staff, sharedActivityId, inADay());
    await db().personalLink.updateMany({ where: { tokenHash: hashLinkToken(tokenOf(link!.url)) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const closed = await submitFeedback(tokenOf(link!.url), "203.0.113.9", answer).catch((e: Error) => e.message);
    expect(unknown).toBe(closed);
  });

  it("limits answers per client address, counted atomically: 40 at once pass no more than the limit", async () => {
    const attempt = () => submitFeedback("not-a-real-token-at-all-000000", "198.51.100.7", answer).then(() => "answered", (e: Error) => e.message);
    const results = await Promise.all(Array.from({ length: 40 }, attempt));
    expect(results.filter((m) => m.includes("closed"))).toHaveLength(FEEDBACK_LIMIT_PER_ADDRESS);
    expect(results.filter((m) => m.includes("Too many answers"))).toHaveLength(40 - FEEDBACK_LIMIT_PER_ADDRESS);
    // Another address is counted on its own.
    expect(await submitFeedback("not-a-real-token-at-all-000000", "198.51.100.8", answer).catch((e: Error) => e.message)).toContain("closed");
  });

  it("refuses a donor, and a focal point for an activity out of their scope", async () => {
    await expect(issueFeedbackLinks(actors.donorDfat, sharedActivityId, inADay())).rejects.toBeInstanceOf(ForbiddenError);
    const africa = await db().activity.findFirstOrThrow({ where: { programme: { code: "AP-AFR-EAST" } } });
    await expect(issueFeedbackLinks(actors.focalBsn, africa.id, inADay())).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueFeedbackLinks(actors.staff, sharedActivityId, new Date(Date.now() - 1000))).rejects.toBeInstanceOf(DomainValidationError);
  });
});
