import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { commitAttendanceImport, previewAttendanceImport, type ImportFile } from "@/server/imports/attendance-import";
import { exportAttendance, exportParticipants } from "@/server/imports/exports";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import { parseCsv } from "@/lib/import/sheet";
import { toCsv } from "@/lib/import/write";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let webinarId: string; // CET, targets all seven SEA NSBs
let cancelledId: string; // CET GSP training, cancelled
let africaId: string; // East Africa: targets no SEA NSB
let bsnId: string;
let tisiId: string;

beforeAll(async () => {
  actors = await seedDemo();
  const activity = (title: string) => db().activity.findFirstOrThrow({ where: { title }, select: { id: true } });
  webinarId = (await activity("Webinar: participation in ISO committees")).id;
  cancelledId = (await activity("Good Standardization Practices (GSP) training")).id;
  africaId = (await activity("Regional workshop on national adoptions of ISO standards")).id;
  bsnId = (await db().organization.findFirstOrThrow({ where: { acronym: "BSN", kind: "NSB" } })).id;
  tisiId = (await db().organization.findFirstOrThrow({ where: { acronym: "TISI", kind: "NSB" } })).id;
});

let unique = 0;
/** A fresh email on the reserved example.test domain. */
const email = (name: string) => `${name}.${Date.now()}.${++unique}@example.test`;
const csvFile = (text: string, extra: Partial<ImportFile> = {}): ImportFile => ({ fileName: "attendance.csv", bytes: new TextEncoder().encode(text), ...extra });

const counts = async () => ({
  participants: await db().participant.count(),
  participations: await db().participation.count(),
  audit: await db().auditEvent.count(),
});

describe("previewAttendanceImport", () => {
  it("reads, maps and checks the sheet, listing every bad row, and writes nothing", async () => {
    const before = await counts();
    const preview = await previewAttendanceImport(
      actors.focalBsn,
      webinarId,
      csvFile(
        "Name;E-mail;Gender;Age group;Attendance;Post-test\n" +
          `Ayu Lestari;${email("ayu")};F;25-34;present;80\n` +
          `Rizky Pratama;not-an-email;M;35 to 44;absent;80\n` +
          `Putri Wijaya;${email("putri")};Robot;55+;partial;120\n`,
      ),
    );
    expect(preview.headers).toEqual(["Name", "E-mail", "Gender", "Age group", "Attendance", "Post-test"]);
    expect(preview.mapping).toEqual(["full_name", "email", "sex", "age_band", "attendance", "post_test"]);
    expect(preview.suggestedMapping).toEqual(preview.mapping);
    expect(preview.totalRows).toBe(3);
    expect(preview.validRows).toBe(1);
    expect(preview.errors.map((e) => [e.row, e.cell, e.field, e.code])).toEqual([
      [3, "B3", "email", "emailInvalid"],
      [4, "C4", "sex", "sexInvalid"],
      [4, "F4", "post_test", "outOfRange"],
    ]);
    expect(preview.errors[0]!.reason).toBe("“not-an-email” is not a valid email address.");
    expect(preview.sample).toEqual([
      expect.objectContaining({ row: 2, fullName: "Ayu Lestari", nsb: "BSN", sex: "FEMALE", ageBand: "AGE_25_34", attendance: "ATTENDED", match: "new" }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("follows the user's mapping: an ignored column is not read", async () => {
    const file = csvFile(`Name,Gender\nAyu Lestari,Robot\n`);
    expect((await previewAttendanceImport(actors.focalBsn, webinarId, file)).errors).toHaveLength(1);
    const ignored = await previewAttendanceImport(actors.focalBsn, webinarId, { ...file, mapping: ["full_name", null] });
    expect(ignored.errors).toEqual([]);
    expect(ignored.mapping).toEqual(["full_name", null]);
  });

  it("refuses a file that is not a sheet", async () => {
    await expect(previewAttendanceImport(actors.staff, webinarId, csvFile("x", { fileName: "notes.pdf" }))).rejects.toBeInstanceOf(DomainValidationError);
  });
});

describe("commitAttendanceImport", () => {
  it("writes nothing when one row is bad", async () => {
    const before = await counts();
    const result = await commitAttendanceImport(
      actors.focalBsn,
      webinarId,
      csvFile(`Full name,Email,Sex\nAyu Lestari,${email("ayu")},F\nRizky Pratama,${email("rizky")},M\nBad Row,${email("bad")},Robot\n`),
    );
    expect(result).toMatchObject({ status: "invalid", totalRows: 3, validRows: 2 });
    if (result.status !== "invalid") throw new Error("expected errors");
    expect(result.errors.map((e) => [e.row, e.cell, e.code])).toEqual([[4, "C4", "sexInvalid"]]);
    expect(await counts()).toEqual(before);
  });

  it("imports every row; the same sheet imported again adds and changes nothing", async () => {
    const existing = await db().participant.findFirstOrThrow({ where: { organizationId: bsnId, email: { not: null }, participations: { none: { activityId: webinarId } } } });
    const [ayu, rizky] = [email("ayu"), email("rizky")];
    const sheet = csvFile(
      "Full name,Email,Sex,Age band,Stakeholder group,Attendance,Pre-test score,Post-test score,Satisfaction,Completed,Feedback\n" +
        `Ayu Lestari,${ayu},Female,25-34,Government,Attended,40,85,5,yes,Very useful\n` +
        `Rizky Pratama,${rizky.toUpperCase()},Male,35-44,SME,No-show,,,,,\n` +
        `${existing.fullName},${existing.email},,,,Partial,50,70,4,no,\n`,
    );
    const before = await counts();
    const first = await commitAttendanceImport(actors.focalBsn, webinarId, sheet);
    expect(first).toEqual({
      status: "imported",
      summary: { rows: 3, participantsCreated: 2, participantsUpdated: 0, participationsCreated: 3, participationsUpdated: 0, unchanged: 0 },
    });
    const after = await counts();
    expect(after.participants).toBe(before.participants + 2);
    expect(after.participations).toBe(before.participations + 3);
    // One audit event per created participant and participation, in the same transaction.
    expect(after.audit).toBe(before.audit + 5);

    const created = await db().participant.findUniqueOrThrow({ where: { email: ayu }, include: { participations: { where: { activityId: webinarId } } } });
    expect(created).toMatchObject({ fullName: "Ayu Lestari", normalizedName: "ayu lestari", organizationId: bsnId, sex: "FEMALE", ageBand: "AGE_25_34", stakeholderGroup: "GOVERNMENT_REGULATOR" });
    expect(created.participations[0]).toMatchObject({ attendance: "ATTENDED", preTestScore: 40, postTestScore: 85, satisfaction: 5, completed: true, feedback: "Very useful", recordedById: actors.focalBsn.id });
    expect(await db().participant.findUniqueOrThrow({ where: { email: rizky } })).toMatchObject({ sex: "MALE", stakeholderGroup: "SME" });
    const audit = await db().auditEvent.findMany({ where: { entityId: created.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "CREATE", entityType: "Participant", actorId: actors.focalBsn.id, before: null })]);
    expect(audit[0]!.after).toMatchObject({ id: created.id, fullName: "Ayu Lestari", email: ayu, organizationId: bsnId });
    const stored = await db().$queryRaw<{ sqlNull: boolean }[]>`select "before" is null as "sqlNull" from "AuditEvent" where id = ${audit[0]!.id}`;
    expect(stored[0]?.sqlNull).toBe(true);
    expect(await db().auditEvent.count({ where: { entityId: created.participations[0]!.id, entityType: "Participation", action: "CREATE" } })).toBe(1);
    // The existing person kept everything the sheet left blank.
    const kept = await db().participant.findUniqueOrThrow({ where: { id: existing.id } });
    expect(kept).toMatchObject({ sex: existing.sex, ageBand: existing.ageBand, stakeholderGroup: existing.stakeholderGroup, version: existing.version });

    const again = await commitAttendanceImport(actors.focalBsn, webinarId, sheet);
    expect(again).toEqual({
      status: "imported",
      summary: { rows: 3, participantsCreated: 0, participantsUpdated: 0, participationsCreated: 0, participationsUpdated: 0, unchanged: 3 },
    });
    expect(await counts()).toEqual(after);
  });

  it("updates a known person only where the sheet gives a value, and records before and after", async () => {
    const mail = email("dewi");
    await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email,Job title,Sex,Attendance\nDewi Kusuma,${mail},Standards officer,Female,Registered\n`));
    const person = await db().participant.findUniqueOrThrow({ where: { email: mail } });
    const result = await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email,Job title,Age,Attendance,Satisfaction\nDewi Kusuma,${mail},,45-54,Attended,4\n`));
    expect(result).toMatchObject({ status: "imported", summary: { participantsUpdated: 1, participationsUpdated: 1, participantsCreated: 0, participationsCreated: 0 } });
    const updated = await db().participant.findUniqueOrThrow({ where: { email: mail }, include: { participations: { where: { activityId: webinarId } } } });
    expect(updated).toMatchObject({ jobTitle: "Standards officer", sex: "FEMALE", ageBand: "AGE_45_54", version: person.version + 1 });
    expect(updated.participations[0]).toMatchObject({ attendance: "ATTENDED", satisfaction: 4, version: 2 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: person.id, action: "UPDATE" } });
    expect(event.before).toMatchObject({ ageBand: "UNDISCLOSED", version: 1 });
    expect(event.after).toMatchObject({ ageBand: "AGE_45_54", version: 2 });
  });

  it("reads the country by name or ISO code; a new person without one gets their NSB's; a registered person without one keeps none", async () => {
    const [named, coded, blank] = [email("sari"), email("rudi"), email("nina")];
    const result = await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email,Country\nSari Dewi,${named},Malaysia\nRudi Hartono,${coded},th\nNina Putri,${blank},\n`));
    expect(result).toMatchObject({ status: "imported", summary: { participantsCreated: 3 } });
    const country = async (mail: string) => (await db().participant.findUniqueOrThrow({ where: { email: mail } })).countryCode;
    const bsnCountry = (await db().organization.findUniqueOrThrow({ where: { id: bsnId } })).countryCode;
    expect([await country(named), await country(coded), await country(blank)]).toEqual(["MY", "TH", bsnCountry]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Participant", action: "CREATE", after: { path: ["email"], equals: blank } } });
    expect(event.after).toMatchObject({ countryCode: bsnCountry });

    const older = email("lama");
    const person = await db().participant.create({ data: { fullName: "Lama Tanpa Negara", normalizedName: "lama tanpa negara", email: older, sex: "MALE", ageBand: "UNDISCLOSED", stakeholderGroup: "OTHER", organizationId: bsnId } });
    await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email,Country,Attendance\nLama Tanpa Negara,${older},,Attended\n`));
    expect(await db().participant.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ countryCode: null, version: person.version });
  });

  it("finds a person without email by name within the NSB", async () => {
    const name = `Wulan Siregar ${Date.now()}`;
    await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Attendance\n${name},Registered\n`));
    const before = await counts();
    const result = await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Attendance\n  ${name.toUpperCase()} ,Attended\n`));
    expect(result).toMatchObject({ status: "imported", summary: { participantsCreated: 0, participationsUpdated: 1 } });
    expect((await counts()).participants).toBe(before.participants);
  });

  it("refuses a row whose email belongs to another NSB's participant, and leaves that participant alone", async () => {
    const theirs = await db().participant.findFirstOrThrow({ where: { organizationId: tisiId, email: { not: null } } });
    const before = await counts();
    const result = await commitAttendanceImport(
      actors.focalBsn,
      webinarId,
      csvFile(`Full name,Email,Sex\nAyu Lestari,${email("ayu")},F\nSomeone Else,${theirs.email},M\n`),
    );
    expect(result).toMatchObject({ status: "invalid" });
    if (result.status !== "invalid") throw new Error("expected errors");
    expect(result.errors.map((e) => [e.row, e.cell, e.code])).toEqual([[3, "B3", "otherNsb"]]);
    // The wording does not say the email belongs to another NSB's participant.
    expect(result.errors[0]!.reason).toContain("cannot be used for this NSB's participants");
    expect(result.errors[0]!.reason).not.toMatch(/another NSB|registered by/);
    expect(await db().participant.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    expect(await counts()).toEqual(before);
    // The preview says the same before anything is tried.
    const preview = await previewAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email\nSomeone Else,${theirs.email}\n`));
    expect(preview.errors.map((e) => e.code)).toEqual(["otherNsb"]);
  });

  it("puts a focal point's rows in their NSB; an NSB cell naming another NSB is a row error", async () => {
    const mail = email("intan");
    const refused = await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email,NSB\nIntan Kusuma,${mail},TISI\n`));
    expect(refused).toMatchObject({ status: "invalid", errors: [expect.objectContaining({ cell: "C2", code: "nsbNotYours" })] });
    await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(`Full name,Email,NSB\nIntan Kusuma,${mail},BSN\n`));
    expect((await db().participant.findUniqueOrThrow({ where: { email: mail } })).organizationId).toBe(bsnId);
  });

  it("lets staff choose the NSB of rows without one; an NSB cell wins", async () => {
    const [a, b] = [email("a"), email("b")];
    const missing = await commitAttendanceImport(actors.staff, webinarId, csvFile(`Full name,Email,NSB\nAnan Srisuk,${a},\n`));
    expect(missing).toMatchObject({ status: "invalid", errors: [expect.objectContaining({ code: "nsbRequired" })] });
    const result = await commitAttendanceImport(actors.staff, webinarId, csvFile(`Full name,Email,NSB\nAnan Srisuk,${a},\nBudi Santoso,${b},bsn\n`, { nsbId: tisiId }));
    expect(result).toMatchObject({ status: "imported", summary: { participantsCreated: 2 } });
    expect((await db().participant.findUniqueOrThrow({ where: { email: a } })).organizationId).toBe(tisiId);
    expect((await db().participant.findUniqueOrThrow({ where: { email: b } })).organizationId).toBe(bsnId);
    await expect(commitAttendanceImport(actors.staff, webinarId, csvFile(`Full name\nX Y\n`, { nsbId: "no-such-nsb" }))).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("imports the first worksheet of an .xlsx workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Attendance");
    const mail = email("siti");
    sheet.addRow(["Full name", "Email", "Sex", "Pre-test score"]);
    sheet.addRow(["Siti Hidayat", mail, "F", 60]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await commitAttendanceImport(actors.focalBsn, webinarId, { fileName: "attendance.xlsx", bytes });
    expect(result).toMatchObject({ status: "imported", summary: { participantsCreated: 1 } });
    const person = await db().participant.findUniqueOrThrow({ where: { email: mail }, include: { participations: true } });
    expect(person.participations[0]).toMatchObject({ activityId: webinarId, preTestScore: 60 });
  });

  it("answers not found to a focal point whose NSB the activity does not target, and changes nothing", async () => {
    const before = await counts();
    const file = csvFile(`Full name,Email\nAyu Lestari,${email("ayu")}\n`);
    await expect(commitAttendanceImport(actors.focalBsn, africaId, file)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewAttendanceImport(actors.focalBsn, africaId, file)).rejects.toBeInstanceOf(NotFoundError);
    await expect(commitAttendanceImport(actors.donorDfat, webinarId, file)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commitAttendanceImport(actors.staff, cancelledId, { ...file, nsbId: bsnId })).rejects.toBeInstanceOf(DomainValidationError);
    expect(await counts()).toEqual(before);
  });
});

describe("exports", () => {
  it("return exactly the filtered participants in the caller's scope", async () => {
    const focal = await exportParticipants(actors.focalBsn);
    expect(focal.table.rows).toHaveLength(await db().participant.count({ where: { organizationId: bsnId } }));
    const nsbColumn = focal.table.headers.indexOf("NSB");
    expect(new Set(focal.table.rows.map((r) => r[nsbColumn]))).toEqual(new Set(["BSN"]));
    expect(focal.table.rows.some((r) => r[nsbColumn] === "TISI")).toBe(false);

    const women = await exportParticipants(actors.staff, { sex: "FEMALE", nsbId: tisiId, sort: "-fullName" });
    const expected = await db().participant.findMany({ where: { sex: "FEMALE", organizationId: tisiId }, orderBy: [{ fullName: "desc" }, { id: "asc" }] });
    expect(women.table.rows.map((r) => r[0])).toEqual(expected.map((p) => p.fullName));
    expect(new Set(women.table.rows.map((r) => r[2]))).toEqual(new Set(["Female"]));
    // More than one page of the list: every row.
    expect((await exportParticipants(actors.staff)).table.rows).toHaveLength(await db().participant.count());

    await expect(exportParticipants(actors.donorDfat)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("export an activity's attendance as the caller may see it, in columns the import reads back", async () => {
    const focal = await exportAttendance(actors.focalBsn, webinarId);
    const staff = await exportAttendance(actors.staff, webinarId);
    expect(focal.table.rows).toHaveLength(await db().participation.count({ where: { activityId: webinarId, participant: { organizationId: bsnId } } }));
    expect(staff.table.rows).toHaveLength(await db().participation.count({ where: { activityId: webinarId } }));
    expect(focal.table.rows.every((r) => r[9] === "BSN")).toBe(true);
    expect(focal.fileBase).toMatch(/^attendance-webinar-participation-in-iso-committees-\d{4}-\d{2}-\d{2}$/);

    // Re-importing the export changes nothing.
    const csv = toCsv(focal.table);
    expect(parseCsv(csv).headers).toEqual(focal.table.headers);
    const again = await commitAttendanceImport(actors.focalBsn, webinarId, csvFile(csv));
    expect(again).toMatchObject({ status: "imported", summary: { participantsCreated: 0, participantsUpdated: 0, participationsCreated: 0, participationsUpdated: 0, unchanged: focal.table.rows.length } });

    await expect(exportAttendance(actors.focalBsn, africaId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportAttendance(actors.donorDfat, webinarId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
