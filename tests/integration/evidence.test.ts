import { beforeAll, describe, expect, it } from "vitest";
import {
  createNationalAdoption,
  deleteNationalAdoption,
  getNationalAdoption,
  listNationalAdoptions,
  updateNationalAdoption,
} from "@/server/evidence/adoptions";
import { createCommitteeRole, deleteCommitteeRole, listCommitteeRoles, updateCommitteeRole } from "@/server/evidence/committee-roles";
import { commitEvidenceImport, evidenceImportTemplate, previewEvidenceImport } from "@/server/evidence/import";
import type { AdoptionInput, CommitteeRoleInput } from "@/domain/evidence/schema";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let cet: string, africa: string;
const org = new Map<string, string>();
const id = (acronym: string) => org.get(acronym)!;

beforeAll(async () => {
  actors = await seedDemo();
  cet = (await programmeByCode("CET-SEA")).id;
  africa = (await programmeByCode("AP-AFR-EAST")).id;
  for (const o of await db().organization.findMany({ where: { kind: "NSB" } })) org.set(o.acronym, o.id);
});

async function fieldErrors(run: () => Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

/** Everything a refused write could have touched, to compare before and after. */
const snapshot = async () => ({
  adoptions: await db().nationalAdoption.findMany({ orderBy: { id: "asc" } }),
  roles: await db().committeeRole.findMany({ orderBy: { id: "asc" } }),
  audit: await db().auditEvent.count({ where: { entityType: { in: ["NationalAdoption", "CommitteeRole"] } } }),
});

let seq = 0;
const adoption = (overrides: Partial<AdoptionInput> = {}): AdoptionInput => ({
  organizationId: id("BSN"),
  standardReference: `ISO ${30000 + ++seq}:2020`,
  nationalReference: `SNI ${30000 + seq}:2021`,
  adoptionDate: "2024-03-15",
  degree: "IDENTICAL",
  programmeId: cet,
  ...overrides,
});
const role = (overrides: Partial<CommitteeRoleInput> = {}): CommitteeRoleInput => ({
  organizationId: id("BSN"),
  committee: `ISO/TC ${400 + ++seq}`,
  membership: "P_MEMBER",
  leadership: "NONE",
  fromDate: "2023-01-01",
  toDate: null,
  ...overrides,
});

describe("national adoptions: reading", () => {
  it("shows staff every NSB's adoptions, a focal point their own, a donor those of the NSBs its programmes serve", async () => {
    const total = await db().nationalAdoption.count();
    expect((await listNationalAdoptions(actors.staff)).total).toBe(total);

    const bsn = await listNationalAdoptions(actors.focalBsn);
    expect(bsn.total).toBe(await db().nationalAdoption.count({ where: { organizationId: id("BSN") } }));
    expect(bsn.rows.every((r) => r.organization.acronym === "BSN")).toBe(true);

    const dfat = await listNationalAdoptions(actors.donorDfat);
    const cetNsbs = ["BPS", "BSN", "DOSM", "DSM", "ISC", "STAMEQ", "TISI"];
    expect(dfat.rows.every((r) => cetNsbs.includes(r.organization.acronym))).toBe(true);
    expect(dfat.total).toBe(await db().nationalAdoption.count({ where: { organizationId: { in: cetNsbs.map(id) } } }));
    const sida = await listNationalAdoptions(actors.donorSida);
    expect(sida.rows.some((r) => r.organization.acronym === "BSN")).toBe(false);
    expect(sida.rows.some((r) => r.organization.acronym === "KEBS")).toBe(true);
  });

  it("searches, filters, sorts and paginates", async () => {
    const q = await listNationalAdoptions(actors.staff, { q: "42001" });
    expect(q.rows.map((r) => `${r.organization.acronym} ${r.standardReference}`)).toEqual(["BSN ISO/IEC 42001:2023"]);
    const modified = await listNationalAdoptions(actors.staff, { degree: "MODIFIED" });
    expect(modified.rows.length).toBeGreaterThan(0);
    expect(modified.rows.every((r) => r.degree === "MODIFIED")).toBe(true);
    const inRange = await listNationalAdoptions(actors.staff, { nsbId: id("TISI"), from: "2023-01-01", to: "2023-12-31", sort: "adoptionDate" });
    expect(inRange.rows.map((r) => r.standardReference)).toEqual(["ISO/IEC 27002:2022", "ISO/IEC 30141:2018"]);
    const africaRows = await listNationalAdoptions(actors.staff, { programmeId: africa });
    expect(africaRows.rows.every((r) => r.programme?.id === africa)).toBe(true);
    const byNsb = await listNationalAdoptions(actors.staff, { sort: "nsb" });
    const acronyms = byNsb.rows.map((r) => r.organization.acronym);
    expect(acronyms).toEqual([...acronyms].sort());
    expect(byNsb.rows.length).toBeLessThanOrEqual(20);
  });

  it("answers not found for another NSB's adoption", async () => {
    const tisi = await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("TISI") } });
    await expect(getNationalAdoption(actors.focalBsn, tisi.id)).rejects.toBeInstanceOf(NotFoundError);
    const kebs = await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("KEBS") } });
    await expect(getNationalAdoption(actors.donorDfat, kebs.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getNationalAdoption(actors.donorSida, kebs.id)).id).toBe(kebs.id);
  });
});

describe("national adoptions: writing", () => {
  it("lets a focal point add their NSB's adoption, audited in the same transaction", async () => {
    const { id: created } = await createNationalAdoption(actors.focalBsn, adoption({ standardReference: " iso/iec   27005:2022 ", nationalReference: "SNI ISO/IEC 27005:2023" }));
    const row = await db().nationalAdoption.findUniqueOrThrow({ where: { id: created } });
    expect(row).toMatchObject({ organizationId: id("BSN"), standardReference: "ISO/IEC 27005:2022", degree: "IDENTICAL", programmeId: cet, version: 1 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "NationalAdoption", entityId: created } });
    expect(audit).toMatchObject({ action: "CREATE", actorId: actors.focalBsn.id });
  });

  it("refuses a focal point writing for another NSB, and nothing is written", async () => {
    const before = await snapshot();
    expect((await fieldErrors(() => createNationalAdoption(actors.focalBsn, adoption({ organizationId: id("TISI") })))).organizationId).toBeDefined();
    const tisi = await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("TISI") } });
    await expect(updateNationalAdoption(actors.focalBsn, tisi.id, { ...adoption({ organizationId: id("TISI") }), version: tisi.version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteNationalAdoption(actors.focalBsn, tisi.id, tisi.version)).rejects.toBeInstanceOf(NotFoundError);
    // Moving their own row to another NSB is refused too.
    const own = await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("BSN") } });
    expect(
      (await fieldErrors(() => updateNationalAdoption(actors.focalBsn, own.id, { ...adoption({ organizationId: id("TISI"), standardReference: own.standardReference }), version: own.version }))).organizationId,
    ).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every write of a donor, and nothing is written", async () => {
    const before = await snapshot();
    const row = await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("BSN") } });
    await expect(createNationalAdoption(actors.donorDfat, adoption())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateNationalAdoption(actors.donorDfat, row.id, { ...adoption(), version: row.version })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteNationalAdoption(actors.donorDfat, row.id, row.version)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a second adoption of the same standard by the same NSB, whatever the spelling", async () => {
    const before = await snapshot();
    const errors = await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ organizationId: id("BSN"), standardReference: "iso/iec 27001:2022" })));
    expect(errors.standardReference?.join(" ")).toMatch(/already has an adoption of this standard/);
    expect(await snapshot()).toEqual(before);
    // Another NSB may adopt it.
    await createNationalAdoption(actors.staff, adoption({ organizationId: id("KEBS"), standardReference: "ISO/IEC 27001:2022", programmeId: null }));
  });

  it("checks the fields: reference, length, future date, programme the NSB benefits from", async () => {
    const before = await snapshot();
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ standardReference: "EN 71-1:2014" })))).standardReference).toBeDefined();
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ standardReference: `ISO ${"1".repeat(101)}` })))).standardReference).toBeDefined();
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ adoptionDate: "2099-01-01" })))).adoptionDate).toEqual(["The adoption date cannot be in the future."]);
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ standardReference: "ISO 9001:2015", adoptionDate: "2014-05-01" })))).adoptionDate).toBeDefined();
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ programmeId: africa })))).programmeId).toEqual(["Choose a programme this NSB benefits from."]);
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ degree: "SIMILAR" })))).degree).toBeDefined();
    const dfat = await programmeOrg("DFAT");
    expect((await fieldErrors(() => createNationalAdoption(actors.staff, adoption({ organizationId: dfat })))).organizationId).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it("updates with the version read, refuses a stale one, and deletes with an audit event", async () => {
    const { id: created } = await createNationalAdoption(actors.staff, adoption());
    const saved = await updateNationalAdoption(actors.focalBsn, created, { ...adoption({ standardReference: "ISO 31000:2018", nationalReference: "SNI ISO 31000:2018", degree: "MODIFIED" }), version: 1 });
    expect(saved.version).toBe(2);
    expect(await db().nationalAdoption.findUniqueOrThrow({ where: { id: created } })).toMatchObject({ degree: "MODIFIED", standardReference: "ISO 31000:2018" });
    await expect(updateNationalAdoption(actors.staff, created, { ...adoption({ standardReference: "ISO 31000:2018" }), version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteNationalAdoption(actors.staff, created, 1)).rejects.toBeInstanceOf(ConflictError);
    await deleteNationalAdoption(actors.focalBsn, created, 2);
    expect(await db().nationalAdoption.findUnique({ where: { id: created } })).toBeNull();
    const events = await db().auditEvent.findMany({ where: { entityType: "NationalAdoption", entityId: created }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(events[2]!.before).toMatchObject({ standardReference: "ISO 31000:2018" });
  });
});

async function programmeOrg(acronym: string) {
  return (await db().organization.findFirstOrThrow({ where: { acronym } })).id;
}

describe("committee roles", () => {
  it("scopes reading like adoptions and filters by leadership and period held", async () => {
    expect((await listCommitteeRoles(actors.staff)).total).toBe(await db().committeeRole.count());
    expect((await listCommitteeRoles(actors.focalTisi)).rows.every((r) => r.organization.acronym === "TISI")).toBe(true);
    expect((await listCommitteeRoles(actors.donorDfat)).rows.some((r) => r.organization.acronym === "KEBS")).toBe(false);
    const conveners = await listCommitteeRoles(actors.staff, { leadership: "CONVENER" });
    expect(conveners.rows.map((r) => `${r.organization.acronym} ${r.committee}`)).toContain("TISI ISO/IEC JTC 1/SC 42/WG 3");
    // ISC's SC 38 role ended on 2024-12-31: not held in 2025.
    const held2025 = await listCommitteeRoles(actors.staff, { nsbId: id("ISC"), from: "2025-01-01", to: "2025-12-31" });
    expect(held2025.rows.map((r) => r.committee)).toEqual(["ISO/IEC JTC 1"]);
  });

  it("creates, updates and deletes with the same rules, each audited", async () => {
    const { id: created } = await createCommitteeRole(actors.focalBsn, role({ committee: "iso/iec jtc 1 / sc 7", leadership: "CHAIR" }));
    expect(await db().committeeRole.findUniqueOrThrow({ where: { id: created } })).toMatchObject({ committee: "ISO/IEC JTC 1/SC 7", leadership: "CHAIR", toDate: null });
    await updateCommitteeRole(actors.focalBsn, created, { ...role({ committee: "ISO/IEC JTC 1/SC 7", leadership: "SECRETARY", toDate: "2025-06-30" }), version: 1 });
    await expect(updateCommitteeRole(actors.staff, created, { ...role({ committee: "ISO/IEC JTC 1/SC 7" }), version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await deleteCommitteeRole(actors.staff, created, 2);
    const events = await db().auditEvent.findMany({ where: { entityType: "CommitteeRole", entityId: created }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["CREATE", actors.focalBsn.id],
      ["UPDATE", actors.focalBsn.id],
      ["DELETE", actors.staff.id],
    ]);
  });

  it("refuses duplicates, an end before the start, other NSBs' roles and donors; nothing is written", async () => {
    const before = await snapshot();
    expect((await fieldErrors(() => createCommitteeRole(actors.staff, role({ organizationId: id("BSN"), committee: "ISO/IEC JTC 1/SC 42", fromDate: "2019-01-15" })))).committee?.join(" ")).toMatch(/already has a role/);
    expect((await fieldErrors(() => createCommitteeRole(actors.staff, role({ fromDate: "2024-01-01", toDate: "2023-12-31" })))).toDate).toEqual(["The end date must be on or after the start date."]);
    expect((await fieldErrors(() => createCommitteeRole(actors.staff, role({ committee: "Technical committee 42" })))).committee).toBeDefined();
    expect((await fieldErrors(() => createCommitteeRole(actors.staff, role({ membership: "MEMBER" })))).membership).toBeDefined();
    expect((await fieldErrors(() => createCommitteeRole(actors.focalBsn, role({ organizationId: id("TISI") })))).organizationId).toBeDefined();
    const tisi = await db().committeeRole.findFirstOrThrow({ where: { organizationId: id("TISI") } });
    await expect(updateCommitteeRole(actors.focalBsn, tisi.id, { ...role({ organizationId: id("TISI") }), version: tisi.version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCommitteeRole(actors.focalBsn, tisi.id, tisi.version)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createCommitteeRole(actors.donorDfat, role())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteCommitteeRole(actors.donorDfat, tisi.id, tisi.version)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("CSV import", () => {
  const adoptionCsv = (rows: string[]) => ["NSB,Standard,National reference,Adoption date,Degree,Programme", ...rows].join("\r\n");

  it("lists every bad row with its reason, and a commit with one bad row writes nothing", async () => {
    const csv = adoptionCsv([
      "DSM,ISO/IEC 27017:2015,MS ISO/IEC 27017:2016,2016-04-01,Identical,",
      "DSM,ISO/IEC 27018:2019,MS ISO/IEC 27018:2020,2099-01-01,Identical,CET-SEA",
      "XYZ,ISO/IEC 27019:2017,MS 27019,2018-01-01,Sort of,",
      "DSM,ISO/IEC 27017:2015,MS ISO/IEC 27017:2016,2016-04-01,IDT,",
    ]);
    const preview = await previewEvidenceImport(actors.staff, "adoptions", { fileName: "adoptions.csv", content: csv });
    expect(preview.totalRows).toBe(4);
    expect(preview.validRows).toBe(1);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Adoption date"],
      [4, "NSB"],
      [4, "Degree"],
      [5, ""],
    ]);
    expect(preview.errors[0]!.reason).toBe("The adoption date cannot be in the future.");
    expect(preview.errors[1]!.reason).toMatch(/“XYZ” is not an NSB/);
    expect(preview.errors[3]!.reason).toMatch(/repeats row 2/);

    const before = await snapshot();
    const result = await commitEvidenceImport(actors.staff, "adoptions", { fileName: "adoptions.csv", content: csv });
    expect(result.status).toBe("invalid");
    expect(await snapshot()).toEqual(before);
  });

  it("imports every row with an audit event; the same file again adds nothing; a changed row is updated", async () => {
    const csv = adoptionCsv([
      "DSM,ISO/IEC 27017:2015,MS ISO/IEC 27017:2016,2016-04-01,Identical,",
      "dsm,iso/iec 27018:2019,MS ISO/IEC 27018:2020,2020-02-01,MOD,cet-sea",
      "TISI,ISO/IEC 27701:2019,TIS 27701-2564,2021-08-01,Identical,CET-SEA",
    ]);
    const preview = await previewEvidenceImport(actors.staff, "adoptions", { fileName: "a.csv", content: csv });
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0 });
    const countBefore = await db().nationalAdoption.count();
    const auditBefore = await db().auditEvent.count({ where: { entityType: "NationalAdoption", action: "CREATE" } });
    expect(await commitEvidenceImport(actors.staff, "adoptions", { fileName: "a.csv", content: csv })).toEqual({ status: "imported", created: 3, updated: 0, unchanged: 0 });
    expect(await db().nationalAdoption.count()).toBe(countBefore + 3);
    expect(await db().auditEvent.count({ where: { entityType: "NationalAdoption", action: "CREATE" } })).toBe(auditBefore + 3);
    expect(await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("DSM"), standardReference: "ISO/IEC 27018:2019" } })).toMatchObject({ degree: "MODIFIED", programmeId: cet });

    const snap = await snapshot();
    expect(await commitEvidenceImport(actors.staff, "adoptions", { fileName: "a.csv", content: csv })).toEqual({ status: "imported", created: 0, updated: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(snap);

    const changed = csv.replace("TIS 27701-2564", "TIS 27701-2565");
    expect(await commitEvidenceImport(actors.staff, "adoptions", { fileName: "a.csv", content: changed })).toEqual({ status: "imported", created: 0, updated: 1, unchanged: 2 });
    const updated = await db().nationalAdoption.findFirstOrThrow({ where: { organizationId: id("TISI"), standardReference: "ISO/IEC 27701:2019" } });
    expect(updated).toMatchObject({ nationalReference: "TIS 27701-2565", version: 2 });
    expect(await db().auditEvent.findFirst({ where: { entityType: "NationalAdoption", entityId: updated.id, action: "UPDATE" } })).not.toBeNull();
  });

  it("keeps a focal point's import to their own NSB: blank means theirs, another NSB is a row error", async () => {
    const csv = ["Committee,Membership,Leadership,From,To,NSB", "ISO/TC 68,P-member,,2024-02-01,,", "ISO/TC 176,O,Chair,2022-01-01,2023-12-31,BSN", "ISO/TC 207,P,Secretariat,2020-01-01,,TISI"].join("\n");
    const before = await snapshot();
    const preview = await previewEvidenceImport(actors.focalBsn, "committees", { fileName: "roles.csv", content: csv });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 4, column: "NSB", reason: "You can import only BSN's evidence; this row names TISI." })]);
    expect((await commitEvidenceImport(actors.focalBsn, "committees", { fileName: "roles.csv", content: csv })).status).toBe("invalid");
    expect(await snapshot()).toEqual(before);

    const fixed = csv.replace(",TISI", ",BSN");
    expect(await commitEvidenceImport(actors.focalBsn, "committees", { fileName: "roles.csv", content: fixed })).toEqual({ status: "imported", created: 3, updated: 0, unchanged: 0 });
    const imported = await db().committeeRole.findMany({ where: { organizationId: id("BSN"), committee: { in: ["ISO/TC 68", "ISO/TC 176", "ISO/TC 207"] } }, orderBy: { committee: "asc" } });
    expect(imported.map((r) => [r.committee, r.membership, r.leadership, r.toDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["ISO/TC 176", "O_MEMBER", "CHAIR", "2023-12-31"],
      ["ISO/TC 207", "P_MEMBER", "SECRETARY", null],
      ["ISO/TC 68", "P_MEMBER", "NONE", null],
    ]);
    const snap = await snapshot();
    expect(await commitEvidenceImport(actors.focalBsn, "committees", { fileName: "roles.csv", content: fixed })).toEqual({ status: "imported", created: 0, updated: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(snap);
  });

  it("reports missing columns and an empty file, refuses donors, and serves templates", async () => {
    const missing = await previewEvidenceImport(actors.staff, "committees", { fileName: "x.csv", content: "Committee,From\nISO/TC 68,2024-01-01" });
    expect(missing.errors.map((e) => e.column)).toEqual(["NSB", "Membership"]);
    const empty = await previewEvidenceImport(actors.staff, "adoptions", { fileName: "x.csv", content: "NSB,Standard,National reference,Adoption date,Degree\n" });
    expect(empty.errors.map((e) => e.reason)).toEqual(["The file has no rows under its header row."]);
    await expect(previewEvidenceImport(actors.donorDfat, "adoptions", { fileName: "x.csv", content: adoptionCsv([]) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commitEvidenceImport(actors.donorSida, "committees", { fileName: "x.csv", content: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await evidenceImportTemplate(actors.focalTisi, "committees")).toContain("TISI,ISO/IEC JTC 1/SC 42");
    const template = await evidenceImportTemplate(actors.staff, "adoptions");
    // The template itself imports cleanly (its example row is valid).
    const check = await previewEvidenceImport(actors.staff, "adoptions", { fileName: "t.csv", content: template.replace("BSN,ISO/IEC 27001:2022", "BSN,ISO/IEC 27004:2016") });
    expect(check.errors).toEqual([]);
  });
});
