import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createParticipant, mergeParticipants, updateParticipant } from "@/server/participants/mutations";
import { getParticipant, listParticipants } from "@/server/participants/queries";
import { activityTotals, attendanceCounts, listActivityParticipations } from "@/server/participations/queries";
import { registerParticipants, removeParticipation, restoreParticipation, saveAttendance, type AttendanceRowInput } from "@/server/participations/mutations";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { attendanceGridSchema } from "@/domain/participations/schema";
import { GRID_FIELDS, gridControlName, rowStamp } from "@/domain/participations/grid-form";
import { valuesOf } from "@/app/(app)/activities/[id]/participants/grid-values";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let bsnId: string;
let tisiId: string;
/** A completed CET activity that targets both BSN and TISI. */
let sharedActivityId: string;

beforeAll(async () => {
  actors = await seedDemo();
  bsnId = actors.focalBsn.organizationId!;
  tisiId = actors.focalTisi.organizationId!;
  const shared = await db().activity.findFirstOrThrow({
    where: { status: "COMPLETED", AND: [{ targetNsbs: { some: { organizationId: bsnId } } }, { targetNsbs: { some: { organizationId: tisiId } } }], participations: { some: { participant: { organizationId: tisiId } } } },
  });
  sharedActivityId = shared.id;
});

const person = (fullName: string, extra: Partial<Parameters<typeof createParticipant>[1]> = {}) => ({
  fullName,
  email: null,
  sex: "FEMALE" as const,
  ageBand: "AGE_35_44" as const,
  stakeholderGroup: "INDUSTRY" as const,
  organizationName: "Test Industries",
  ...extra,
});

const toRow = (p: Awaited<ReturnType<typeof listActivityParticipations>>[number], changes: Partial<AttendanceRowInput> = {}): AttendanceRowInput => ({
  participationId: p.id,
  version: p.version,
  role: p.role,
  attendance: p.attendance,
  completed: p.completed,
  preTestScore: p.preTestScore,
  postTestScore: p.postTestScore,
  satisfaction: p.satisfaction,
  feedback: p.feedback,
  testimonial: p.testimonial,
  consentToQuote: p.consentToQuote,
  ...changes,
});

describe("participant registry scope", () => {
  it("shows a focal point only their NSB's participants, staff everyone, and refuses donors", async () => {
    const mine = await listParticipants(actors.focalBsn, { page: 1 });
    expect(mine.total).toBe(await db().participant.count({ where: { organizationId: bsnId } }));
    expect(mine.rows.every((p) => p.organization.id === bsnId)).toBe(true);
    expect((await listParticipants(actors.staff)).total).toBe(await db().participant.count());
    await expect(listParticipants(actors.donorDfat)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers a page past the last with the last page, and no rows only when there are none", async () => {
    const first = await listParticipants(actors.focalBsn, { page: 1 });
    expect(first.pageCount).toBeGreaterThan(1);
    const last = await listParticipants(actors.focalBsn, { page: first.pageCount });
    const beyond = await listParticipants(actors.focalBsn, { page: 999 });
    expect(beyond).toEqual(last);
    expect(beyond.page).toBe(first.pageCount);
    expect(beyond.rows.length).toBeGreaterThan(0);
    // Nothing matches: one empty page 1, whatever page was asked for.
    expect(await listParticipants(actors.focalBsn, { q: "no such person anywhere", page: 7 })).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
  });

  it("answers not found when a focal point reads or changes another NSB's participant, and changes nothing", async () => {
    const theirs = await db().participant.findFirstOrThrow({ where: { organizationId: tisiId } });
    await expect(getParticipant(actors.focalBsn, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateParticipant(actors.focalBsn, theirs.id, { ...person("Hijacked Name"), version: theirs.version })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().participant.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
  });

  it("registers a focal point's participant under their own NSB whatever NSB is sent", async () => {
    const result = await createParticipant(actors.focalBsn, person("Ayu Pertiwi Test", { organizationId: tisiId, email: "ayu.test@example.test" }));
    expect(result.created).toBe(true);
    const created = await db().participant.findUniqueOrThrow({ where: { email: "ayu.test@example.test" } });
    expect(created.organizationId).toBe(bsnId);
    expect(await db().auditEvent.count({ where: { entityType: "Participant", entityId: created.id, action: "CREATE" } })).toBe(1);
  });
});

describe("duplicates and merge", () => {
  it("flags a likely duplicate (same name and organisation, different accents and case) instead of creating it", async () => {
    await createParticipant(actors.focalBsn, person("Rina Maharani Uji"));
    const before = await db().participant.count();
    const second = await createParticipant(actors.focalBsn, person("  rina  MAHARANI uji "));
    expect(second.created).toBe(false);
    expect(second.created === false && second.duplicates.map((d) => d.fullName)).toEqual(["Rina Maharani Uji"]);
    expect(await db().participant.count()).toBe(before);
    const forced = await createParticipant(actors.focalBsn, person("rina maharani uji"), { allowDuplicate: true });
    expect(forced.created).toBe(true);
  });

  it("refuses an email already registered to someone else", async () => {
    const existing = await db().participant.findFirstOrThrow({ where: { email: { not: null } } });
    await expect(createParticipant(actors.staff, person("Someone Else", { email: existing.email!.toUpperCase(), organizationId: bsnId }))).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("tells a focal point the same whether a taken email belongs to their NSB or another", async () => {
    const own = await db().participant.findFirstOrThrow({ where: { organizationId: bsnId, email: { not: null } } });
    const other = await db().participant.findFirstOrThrow({ where: { organizationId: tisiId, email: { not: null } } });
    const messageFor = (email: string) => createParticipant(actors.focalBsn, person("Someone Else", { email })).then(() => "created", (e: DomainValidationError) => JSON.stringify([e.message, e.fieldErrors]));
    const [ownMessage, otherMessage] = [await messageFor(own.email!), await messageFor(other.email!)];
    expect(ownMessage).not.toBe("created");
    expect(otherMessage).toBe(ownMessage);
    expect(otherMessage).not.toMatch(/NSB/);
  });

  it("merging keeps every participation, combining rows for the same activity", async () => {
    const activities = await db().activity.findMany({ where: { targetNsbs: { some: { organizationId: bsnId } }, status: { not: "CANCELLED" } }, take: 3, orderBy: { startDate: "asc" } });
    expect(activities.length).toBeGreaterThanOrEqual(2);
    const keep = await createParticipant(actors.focalBsn, person("Merge Keep Person", { email: "merge.keep@example.test" }));
    const dup = await createParticipant(actors.focalBsn, person("Merge Duplicate Person", { email: "merge.dup@example.test" }));
    if (!keep.created || !dup.created) throw new Error("setup failed");
    // Both attended activity 0; only the duplicate attended activity 1.
    await registerParticipants(actors.focalBsn, activities[0]!.id, [keep.id, dup.id]);
    await registerParticipants(actors.focalBsn, activities[1]!.id, [dup.id]);
    await db().participation.updateMany({ where: { participantId: dup.id, activityId: activities[0]!.id }, data: { attendance: "ATTENDED", satisfaction: 5, feedback: "Very useful" } });

    await mergeParticipants(actors.focalBsn, keep.id, dup.id);
    const rows = await db().participation.findMany({ where: { participantId: keep.id }, orderBy: { activityId: "asc" } });
    expect(rows.map((r) => r.activityId).sort()).toEqual([activities[0]!.id, activities[1]!.id].sort());
    const combined = rows.find((r) => r.activityId === activities[0]!.id)!;
    expect(combined).toMatchObject({ attendance: "ATTENDED", satisfaction: 5, feedback: "Very useful" });
    expect(await db().participant.findUnique({ where: { id: dup.id } })).toBeNull();
    expect(await db().participation.count({ where: { participantId: dup.id } })).toBe(0);
  });

  it("merging keeps what only the duplicate knew: sex, age band and stakeholder group left undisclosed on the kept record", async () => {
    const keep = await createParticipant(actors.focalBsn, person("Merge Sparse Person", { sex: "UNDISCLOSED", ageBand: "UNDISCLOSED", stakeholderGroup: "OTHER", organizationName: "" }));
    const dup = await createParticipant(actors.focalBsn, person("Merge Detailed Person", { sex: "MALE", ageBand: "AGE_45_54", stakeholderGroup: "GOVERNMENT_REGULATOR", jobTitle: "Director" }), { allowDuplicate: true });
    if (!keep.created || !dup.created) throw new Error("setup failed");
    const merged = await mergeParticipants(actors.focalBsn, keep.id, dup.id);
    expect(merged).toMatchObject({ fullName: "Merge Sparse Person", sex: "MALE", ageBand: "AGE_45_54", stakeholderGroup: "GOVERNMENT_REGULATOR", jobTitle: "Director", organizationName: "Test Industries" });
    // What the kept record already knew wins.
    const other = await createParticipant(actors.focalBsn, person("Merge Third Person", { sex: "FEMALE" }), { allowDuplicate: true });
    if (!other.created) throw new Error("setup failed");
    expect(await mergeParticipants(actors.focalBsn, keep.id, other.id)).toMatchObject({ sex: "MALE", ageBand: "AGE_45_54" });
  });

  it("refuses to merge another NSB's participant", async () => {
    const mine = await db().participant.findFirstOrThrow({ where: { organizationId: bsnId } });
    const theirs = await db().participant.findFirstOrThrow({ where: { organizationId: tisiId }, include: { _count: { select: { participations: true } } } });
    await expect(mergeParticipants(actors.focalBsn, mine.id, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().participation.count({ where: { participantId: theirs.id } })).toBe(theirs._count.participations);
  });
});

describe("attendance on a shared activity", () => {
  it("lists only the caller's NSB's rows for a focal point", async () => {
    const rows = await listActivityParticipations(actors.focalBsn, sharedActivityId);
    const all = await db().participation.count({ where: { activityId: sharedActivityId } });
    const bsnRows = await db().participation.count({ where: { activityId: sharedActivityId, participant: { organizationId: bsnId } } });
    expect(rows).toHaveLength(bsnRows);
    expect(bsnRows).toBeLessThan(all);
  });

  it("refuses a focal point's change to another NSB's row, saving nothing of the batch", async () => {
    const mine = (await listActivityParticipations(actors.focalBsn, sharedActivityId))[0]!;
    const theirs = await db().participation.findFirstOrThrow({ where: { activityId: sharedActivityId, participant: { organizationId: tisiId } } });
    const theirsAsRow = { ...toRow({ ...theirs, participant: undefined } as never), attendance: "NO_SHOW" as const };
    await expect(saveAttendance(actors.focalBsn, sharedActivityId, [toRow(mine, { satisfaction: 1 }), theirsAsRow])).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().participation.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    expect((await db().participation.findUniqueOrThrow({ where: { id: mine.id } })).satisfaction).toBe(mine.satisfaction);
  });

  it("saves changed rows, bumps their version and refuses a stale one", async () => {
    const row = (await listActivityParticipations(actors.focalBsn, sharedActivityId))[0]!;
    expect(await saveAttendance(actors.focalBsn, sharedActivityId, [toRow(row, { postTestScore: 97, completed: true })])).toEqual({ changed: 1 });
    const saved = await db().participation.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved).toMatchObject({ postTestScore: 97, completed: true, version: row.version + 1 });
    await expect(saveAttendance(actors.staff, sharedActivityId, [toRow(row, { postTestScore: 10 })])).rejects.toBeInstanceOf(ConflictError);
    expect((await db().participation.findUniqueOrThrow({ where: { id: row.id } })).postTestScore).toBe(97);
  });

  it("undoes a removal: the row comes back with its attendance, scores and feedback, audited, and a stale grid cannot overwrite it", async () => {
    const row = (await listActivityParticipations(actors.focalBsn, sharedActivityId))[1]!;
    await saveAttendance(actors.focalBsn, sharedActivityId, [toRow(row, { attendance: "PARTIAL", preTestScore: 41, satisfaction: 4, feedback: "Useful day", testimonial: "Quote me", consentToQuote: true })]);
    const before = await db().participation.findUniqueOrThrow({ where: { id: row.id } });
    const countsBefore = await attendanceCounts(actors.focalBsn, sharedActivityId);

    await removeParticipation(actors.focalBsn, row.id, before.version);
    expect(await db().participation.findUnique({ where: { id: row.id } })).toBeNull();
    expect((await attendanceCounts(actors.focalBsn, sharedActivityId)).registered).toBe(countsBefore.registered - 1);
    // Only the person who removed it undoes it; another NSB's focal point does not even see it.
    await expect(restoreParticipation(actors.staff, row.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreParticipation(actors.focalTisi, row.id)).rejects.toBeInstanceOf(NotFoundError);

    const restored = await restoreParticipation(actors.focalBsn, row.id);
    expect(restored).toEqual({ ...before, version: before.version + 1, updatedAt: restored.updatedAt, recordedById: actors.focalBsn.id });
    expect(await attendanceCounts(actors.focalBsn, sharedActivityId)).toEqual(countsBefore);
    const trail = await db().auditEvent.findMany({ where: { entityType: "Participation", entityId: row.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(trail.slice(-2)).toEqual([{ action: "DELETE", actorId: actors.focalBsn.id }, { action: "CREATE", actorId: actors.focalBsn.id }]);
    // Undone once only; and a grid still holding the version from before the removal is refused.
    await expect(restoreParticipation(actors.focalBsn, row.id)).rejects.toBeInstanceOf(DomainValidationError);
    await expect(saveAttendance(actors.focalBsn, sharedActivityId, [toRow({ ...row, version: before.version }, { satisfaction: 1 })])).rejects.toBeInstanceOf(ConflictError);
  });

  it("a grid the browser posted itself saves the rows changed in it only, and refuses one someone else changed meanwhile", async () => {
    const read = await listActivityParticipations(actors.focalBsn, sharedActivityId);
    expect(read.length).toBeGreaterThanOrEqual(3);
    /** The whole grid as the browser posts it: every row as read, then the user's changes by [row index, field]. */
    const posted = (changes: [number, (typeof GRID_FIELDS)[number], string][]) => {
      const form: Record<string, string | string[]> = { activityId: sharedActivityId, r: read.map((row) => rowStamp(row.id, row.version, valuesOf(row))) };
      read.forEach((row, index) => {
        for (const [field, value] of Object.entries(valuesOf(row))) {
          if (value === false || value === "") continue; // unchecked boxes, and empty boxes left unrendered, are not posted
          form[gridControlName(field as (typeof GRID_FIELDS)[number], index)] = value === true ? "on" : value;
        }
      });
      for (const [index, field, value] of changes) form[gridControlName(field, index)] = value;
      return form;
    };
    const save = (form: Record<string, string | string[]>) => saveAttendance(actors.focalBsn, sharedActivityId, attendanceGridSchema.parse(form).rows);

    // Someone else saves the third row after the grid was read; the user changes the first only.
    const other = await saveAttendance(actors.staff, sharedActivityId, [toRow(read[2]!, { satisfaction: read[2]!.satisfaction === 2 ? 3 : 2 })]);
    expect(other).toEqual({ changed: 1 });
    const theirs = await db().participation.findUniqueOrThrow({ where: { id: read[2]!.id } });
    const score = read[0]!.postTestScore === 61 ? "62" : "61";
    expect(await save(posted([[0, "postTestScore", score]]))).toEqual({ changed: 1 });
    expect(await db().participation.findUniqueOrThrow({ where: { id: read[0]!.id } })).toMatchObject({ postTestScore: Number(score), version: read[0]!.version + 1 });
    expect(await db().participation.findUniqueOrThrow({ where: { id: read[2]!.id } })).toEqual(theirs);
    expect(await db().participation.findUniqueOrThrow({ where: { id: read[1]!.id } })).toMatchObject({ version: read[1]!.version });

    // The user changes the third row too, from the values they read: nothing of the batch is saved.
    await expect(save(posted([[1, "preTestScore", read[1]!.preTestScore === 12 ? "11" : "12"], [2, "preTestScore", read[2]!.preTestScore === 13 ? "14" : "13"]]))).rejects.toBeInstanceOf(ConflictError);
    expect(await db().participation.findUniqueOrThrow({ where: { id: read[2]!.id } })).toEqual(theirs);
    expect(await db().participation.findUniqueOrThrow({ where: { id: read[1]!.id } })).toMatchObject({ version: read[1]!.version });
  });

  it("totals by sex equal an independent count of attended rows", async () => {
    const totals = await activityTotals(actors.donorDfat, sharedActivityId);
    const rows = await db().participation.findMany({ where: { activityId: sharedActivityId }, include: { participant: true } });
    const attended = rows.filter((r) => r.attendance === "ATTENDED" || r.attendance === "PARTIAL");
    expect(totals.registered).toBe(rows.length);
    expect(totals.attended).toBe(attended.length);
    expect(totals.bySex.FEMALE ?? 0).toBe(attended.filter((r) => r.participant.sex === "FEMALE").length);
    expect(totals.bySex.MALE ?? 0).toBe(attended.filter((r) => r.participant.sex === "MALE").length);
    await expect(activityTotals(actors.donorSida, sharedActivityId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
