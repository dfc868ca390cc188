import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createParticipant, updateParticipant } from "@/server/participants/mutations";
import { applyRetention, eraseParticipant, exportParticipantData } from "@/server/participants/privacy";
import { registerParticipants } from "@/server/participations/mutations";
import { issueFeedbackLinks } from "@/server/feedback/links";
import { submitFeedback } from "@/server/feedback/answers";
import { computeGedsiDashboard } from "@/server/dashboards/gedsi";
import { computeProgrammeDashboard } from "@/server/dashboards/programme";
import { exportAttendance, exportParticipants } from "@/server/imports/exports";
import { DomainValidationError, ForbiddenError } from "@/domain/errors";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let bsnId: string;

beforeAll(async () => {
  actors = await seedDemo();
  bsnId = actors.focalBsn.organizationId!;
});

const NAME = "Quillon Erasmea";
const EMAIL = "quillon.erasmea@example.test";
const WORDS = [NAME, EMAIL, "Erasmea Testimonial", "Erasmea Feedback", "Erasmea Job", "Erasmea Industries"];

/** How many rows of every table still hold one of the words (the whole database, audit trail included). */
async function rowsHolding(words: string[]) {
  const tables = await db().$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    for (const word of words) {
      const [row] = await db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}" t WHERE t::text ILIKE $1`, `%${word}%`);
      if (row!.n) found[`${name}: ${word}`] = row!.n;
    }
  }
  return found;
}

async function personWithHistory() {
  const created = await createParticipant(actors.focalBsn, {
    fullName: NAME, email: EMAIL, sex: "FEMALE", ageBand: "AGE_25_34", stakeholderGroup: "SME", organizationName: "Erasmea Industries", jobTitle: "Erasmea Job",
  });
  if (!created.created) throw new Error("setup: not created");
  const p = await db().participant.findUniqueOrThrow({ where: { id: created.id } });
  await updateParticipant(actors.staff, p.id, { ...p, jobTitle: "Erasmea Job (senior)", organizationId: p.organizationId, version: p.version });
  const activity = await db().activity.findFirstOrThrow({ where: { status: "COMPLETED", targetNsbs: { some: { organizationId: bsnId } } }, orderBy: { startDate: "asc" } });
  await registerParticipants(actors.focalBsn, activity.id, [p.id]);
  await db().participation.updateMany({ where: { participantId: p.id }, data: { attendance: "ATTENDED", preTestScore: 40, postTestScore: 80 } });
  const link = (await issueFeedbackLinks(actors.focalBsn, activity.id, new Date(Date.now() + 86_400_000))).find((l) => l.fullName === NAME)!;
  await submitFeedback(link.url.split("/feedback/")[1]!, "192.0.2.77", { satisfaction: 5, feedback: "Erasmea Feedback", testimonial: "Erasmea Testimonial", consentToQuote: true });
  return { id: p.id, activityId: activity.id, programmeId: activity.programmeId };
}

describe("erasing a participant", () => {
  it("removes the name, email and free text everywhere (exports and audit snapshots included) and keeps every dashboard total", async () => {
    const { id, activityId, programmeId } = await personWithHistory();
    expect(Object.keys(await rowsHolding(WORDS))).toEqual(expect.arrayContaining(["Participant: " + NAME, "AuditEvent: " + NAME, "AuditEvent: Erasmea Testimonial"]));
    const held = await exportParticipantData(actors.staff, id);
    expect(held.participant).toMatchObject({ fullName: NAME, email: EMAIL });
    expect(held.participations[0]).toMatchObject({ feedback: "Erasmea Feedback", testimonial: "Erasmea Testimonial" });
    expect(held.auditTrail.length).toBeGreaterThanOrEqual(3);

    const dashboards = async () => ({
      gedsi: await computeGedsiDashboard(actors.staff, {}),
      programme: await computeProgrammeDashboard(actors.staff, { programmeId }),
      gedsiDonor: await computeGedsiDashboard(actors.donorDfat, {}),
    });
    const before = await dashboards();

    await expect(eraseParticipant(actors.focalBsn, id, held.participant.version)).rejects.toBeInstanceOf(ForbiddenError);
    await eraseParticipant(actors.staff, id, held.participant.version);

    expect(await rowsHolding(WORDS)).toEqual({});
    expect(await dashboards()).toEqual(before);
    const row = await db().participant.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ email: null, organizationName: "", jobTitle: "", sex: "FEMALE", ageBand: "AGE_25_34", stakeholderGroup: "SME", organizationId: bsnId });
    expect(row.erasedAt).not.toBeNull();
    const exports = [await exportParticipants(actors.staff, {}), await exportAttendance(actors.staff, activityId)];
    for (const list of exports) expect(JSON.stringify(list.table)).not.toContain("Erasmea");
    // The erasure is on the trail, without the values it removed.
    const last = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Participant", entityId: id }, orderBy: { createdAt: "desc" } });
    expect(last.actorId).toBe(actors.staff.id);
    expect(JSON.stringify(last)).not.toMatch(/Erasmea|fullName|email/);
    // An erased record cannot be erased again nor given a name back.
    await expect(eraseParticipant(actors.staff, id, row.version)).rejects.toBeInstanceOf(DomainValidationError);
    await expect(updateParticipant(actors.staff, id, { ...row, fullName: NAME, version: row.version })).rejects.toBeInstanceOf(DomainValidationError);
  });
});

describe("retention", () => {
  it("anonymises the people of programmes closed longer ago than the retention period, only them, once", async () => {
    const closed = await db().programme.findFirstOrThrow({ where: { status: "CLOSED" } });
    const onlyClosed = await db().participant.findFirstOrThrow({
      where: { erasedAt: null, participations: { some: { activity: { programmeId: closed.id } }, every: { activity: { programme: { status: "CLOSED" } } } } },
    });
    const alsoOpen = await db().participant.findFirst({
      where: { erasedAt: null, AND: [{ participations: { some: { activity: { programmeId: closed.id } } } }, { participations: { some: { activity: { programme: { status: { not: "CLOSED" } } } } } }] },
    });
    // Not yet: the programme ended less than the retention period before `now`.
    expect((await applyRetention(closed.endDate, 1)).anonymised).toBe(0);
    const later = new Date(closed.endDate);
    later.setUTCMonth(later.getUTCMonth() + 61);
    const { anonymised } = await applyRetention(later, 60);
    expect(anonymised).toBeGreaterThan(0);
    expect(await db().participant.findUniqueOrThrow({ where: { id: onlyClosed.id } })).toMatchObject({ email: null, jobTitle: "" });
    expect(JSON.stringify(await db().auditEvent.findMany({ where: { entityType: "Participant", entityId: onlyClosed.id } }))).not.toContain(onlyClosed.fullName);
    if (alsoOpen) expect((await db().participant.findUniqueOrThrow({ where: { id: alsoOpen.id } })).erasedAt).toBeNull();
    expect((await applyRetention(later, 60)).anonymised).toBe(0);
  });
});
