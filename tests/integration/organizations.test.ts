import { beforeAll, describe, expect, it } from "vitest";
import {
  countryOptions,
  getOrganization,
  listCountries,
  listOrganizations,
  organizationFilterOptions,
} from "@/server/organizations/queries";
import { archiveOrganization, createOrganization, updateOrganization, type OrganizationInput } from "@/server/organizations/mutations";
import {
  donorProgrammes,
  getNsbProfile,
  getOrganizationProfile,
  nsbActivities,
  nsbAdoptionCount,
  nsbApprovedReports,
  nsbCommitteeRoles,
  nsbFocalPoints,
  nsbParticipantCounts,
  nsbProgrammes,
} from "@/server/organizations/profile";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
const orgId = async (acronym: string) => (await db().organization.findFirstOrThrow({ where: { acronym } })).id;
let bsn: string, tisi: string, kebs: string, dfat: string;

beforeAll(async () => {
  actors = await seedDemo();
  [bsn, tisi, kebs, dfat] = (await Promise.all(["BSN", "TISI", "KEBS", "DFAT"].map(orgId))) as [string, string, string, string];
});

const input = (overrides: Partial<OrganizationInput> = {}): OrganizationInput => ({
  name: "Fiji Standards Office",
  acronym: `FSO${Math.floor(Math.random() * 1e6)}`,
  kind: "NSB",
  countryCode: "FJ",
  membershipCategory: "SUBSCRIBER",
  website: "https://example.org/fso",
  ...overrides,
});

/** Field errors of a DomainValidationError thrown by `run`. */
async function fieldErrors(run: () => Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

describe("listOrganizations and getOrganization", () => {
  it("lists every organisation by name for each role, and links only the pages the role may open", async () => {
    const all = await db().organization.count({ where: { archived: false } });
    for (const actor of [actors.staff, actors.focalBsn, actors.donorDfat]) {
      expect((await listOrganizations(actor)).total).toBe(all);
    }
    const forFocal = (await listOrganizations(actors.focalBsn, { kind: "NSB" })).rows;
    expect(forFocal.filter((r) => r.canOpen).map((r) => r.acronym)).toEqual(["BSN"]);
    const forDonor = (await listOrganizations(actors.donorDfat, { kind: "NSB" })).rows;
    expect(forDonor.filter((r) => r.canOpen).map((r) => r.acronym).sort()).toEqual(["BPS", "BSN", "DOSM", "DSM", "ISC", "STAMEQ", "TISI"]);
    expect((await listOrganizations(actors.staff, { kind: "NSB" })).rows.every((r) => r.canOpen)).toBe(true);
  });

  it("searches, filters by kind, country and region, sorts and paginates", async () => {
    expect((await listOrganizations(actors.staff, { q: "badan" })).rows.map((r) => r.acronym)).toEqual(["BSN"]);
    expect((await listOrganizations(actors.staff, { q: "thailand" })).rows.map((r) => r.acronym)).toEqual(["TISI"]);
    expect((await listOrganizations(actors.staff, { kind: "DONOR" })).rows.map((r) => r.acronym).sort()).toEqual(["DFAT", "Sida"]);
    expect((await listOrganizations(actors.staff, { countryCode: "KE" })).rows.map((r) => r.acronym)).toEqual(["KEBS"]);
    const africa = (await listOrganizations(actors.staff, { region: "Africa" })).rows.map((r) => r.acronym).sort();
    expect(africa).toEqual(["KEBS", "RSB", "TBS", "UNBS"]);
    const byAcronymDesc = (await listOrganizations(actors.staff, { sort: "-acronym" })).rows.map((r) => r.acronym);
    const expected = await db().organization.findMany({ where: { archived: false }, orderBy: [{ acronym: "desc" }, { name: "asc" }], take: 20 });
    expect(byAcronymDesc).toEqual(expected.map((o) => o.acronym));
    const page2 = await listOrganizations(actors.staff, { page: 2 });
    // Page 2 while there is one; past the last page, the last page (never an empty one).
    expect(page2.page).toBe(Math.min(2, page2.pageCount));
    expect(page2.rows.length).toBe(Math.min(20, page2.total - 20 * (page2.page - 1)));
    const options = await organizationFilterOptions(actors.focalBsn);
    expect(options.countries.map((c) => c.code)).toContain("ID");
    expect(options.regions).toContain("Asia");
  });

  it("opens any non-NSB for every role, but an NSB only within nsbScope", async () => {
    expect((await getOrganization(actors.focalBsn, dfat)).acronym).toBe("DFAT");
    expect((await getOrganization(actors.focalBsn, bsn)).acronym).toBe("BSN");
    await expect(getOrganization(actors.focalBsn, tisi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganization(actors.donorDfat, kebs)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getOrganization(actors.donorDfat, bsn)).acronym).toBe("BSN");
    expect((await getOrganization(actors.staff, kebs)).country?.name).toBe("Kenya");
    await expect(getOrganization(actors.staff, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("NSB profile", () => {
  it("is scoped: a focal point sees only their NSB, a donor the NSBs of programmes it funds", async () => {
    await expect(getNsbProfile(actors.focalBsn, tisi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganizationProfile(actors.focalBsn, tisi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getNsbProfile(actors.donorDfat, kebs)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getNsbProfile(actors.donorSida, bsn)).rejects.toBeInstanceOf(NotFoundError);
    for (const figure of [nsbProgrammes, nsbActivities, nsbParticipantCounts, nsbAdoptionCount, nsbCommitteeRoles, nsbApprovedReports, nsbFocalPoints]) {
      await expect(figure(actors.focalTisi, bsn)).rejects.toBeInstanceOf(NotFoundError);
    }
    // A donor's id is not an NSB profile.
    await expect(getNsbProfile(actors.staff, dfat)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getNsbProfile(actors.donorDfat, bsn)).programmes.map((p) => p.code)).toEqual(["CET-SEA"]);
    expect((await getOrganizationProfile(actors.focalBsn, bsn)).nsb).not.toBeNull();
  });

  it("shows figures equal to the rows counted independently", async () => {
    const profile = await getNsbProfile(actors.staff, bsn);
    const programmes = await db().programmeBeneficiary.findMany({ where: { organizationId: bsn }, select: { programme: { select: { code: true } } } });
    expect(profile.programmes.map((p) => p.code).sort()).toEqual(programmes.map((p) => p.programme.code).sort());

    const activities = await db().activityNsb.count({ where: { organizationId: bsn } });
    expect(profile.activities).toHaveLength(activities);

    const people = await db().participant.findMany({ where: { organizationId: bsn, participations: { some: {} } }, select: { sex: true } });
    expect(profile.participants.total).toBe(people.length);
    expect(profile.participants.total).toBeGreaterThan(0);
    for (const sex of ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const) {
      expect(profile.participants.bySex[sex]).toBe(people.filter((p) => p.sex === sex).length);
    }

    // Seeded: BSN adopted four standards and holds five committee roles, one of them twinned.
    expect(profile.adoptions).toBe(await db().nationalAdoption.count({ where: { organizationId: bsn } }));
    expect(profile.adoptions).toBe(4);
    expect(profile.committeeRoles).toHaveLength(5);
    expect(profile.committeeRoles.filter((r) => r.leadership === "TWINNED").map((r) => r.committee)).toEqual(["ISO/IEC JTC 1/SC 41"]);

    const approved = await db().indicatorReport.findMany({ where: { organizationId: bsn, status: "APPROVED" }, select: { id: true, value: true } });
    expect(profile.approvedReports.map((r) => r.id).sort()).toEqual(approved.map((r) => r.id).sort());
    expect(profile.approvedReports.length).toBe(3); // CET-5, first three periods; the fourth was returned

    expect(profile.focalPoints.map((u) => u.email)).toEqual(["focal.bsn@example.org"]);
  });

  it("limits figures to what the caller may see, with names of focal points for staff only", async () => {
    const own = await getNsbProfile(actors.focalBsn, bsn);
    expect(own.focalPoints).toEqual([]);
    const targeting = await db().activity.count({
      where: { targetNsbs: { some: { organizationId: bsn } }, programme: { beneficiaries: { some: { organizationId: bsn } } } },
    });
    expect(own.activities).toHaveLength(targeting);

    const donor = await getNsbProfile(actors.donorDfat, bsn);
    expect(donor.focalPoints).toEqual([]);
    const cetPeople = await db().participant.count({
      where: { organizationId: bsn, participations: { some: { activity: { programme: { code: "CET-SEA" } } } } },
    });
    expect(donor.participants.total).toBe(cetPeople);
    expect(donor.activities.every((a) => a.programme.code === "CET-SEA")).toBe(true);
    const reportsVisible = await db().indicatorReport.count({
      where: { organizationId: bsn, status: "APPROVED", indicator: { OR: [{ programmeId: null }, { programme: { code: "CET-SEA" } }] } },
    });
    expect(donor.approvedReports).toHaveLength(reportsVisible);
  });

  it("shows a donor's funded programmes within the caller's scope", async () => {
    const sida = await orgId("Sida");
    expect((await donorProgrammes(actors.staff, dfat)).map((p) => p.code)).toEqual(["CET-SEA"]);
    expect((await donorProgrammes(actors.focalBsn, sida)).map((p) => p.code)).toEqual([]);
    expect((await getOrganizationProfile(actors.donorDfat, dfat)).funded?.[0]?.fundings[0]?.currency).toBe("AUD");
  });
});

describe("listCountries", () => {
  it("holds the full ISO 3166 list, searchable and filterable", async () => {
    const all = await listCountries(actors.donorSida);
    expect(all.total).toBe(249);
    expect((await listCountries(actors.focalBsn, { q: "indonesia" })).rows.map((c) => c.code)).toEqual(["ID"]);
    expect((await listCountries(actors.staff, { q: "vn" })).rows.map((c) => c.code)).toEqual(["VN"]);
    const ldcAfrica = await listCountries(actors.staff, { region: "Africa", developmentStatus: "LDC" });
    expect(ldcAfrica.total).toBe(await db().country.count({ where: { region: "Africa", developmentStatus: "LDC" } }));
    expect(ldcAfrica.rows.every((c) => c.region === "Africa" && c.developmentStatus === "LDC")).toBe(true);
    expect((await listCountries(actors.staff, { sort: "-code" })).rows[0]?.code).toBe("ZW");
    expect(await countryOptions(actors.staff)).toHaveLength(249);
  });
});

describe("createOrganization, updateOrganization, archiveOrganization", () => {
  it("lets staff create, update and archive, with an audit event for each", async () => {
    const created = await createOrganization(actors.staff, input({ acronym: "FSO-A" }));
    expect(created.kind).toBe("NSB");
    const updated = await updateOrganization(actors.admin, created.id, created.version, input({ acronym: "FSO-A", name: "Fiji Standards Office (renamed)" }));
    expect(updated.version).toBe(2);
    expect(updated.name).toBe("Fiji Standards Office (renamed)");
    const archived = await archiveOrganization(actors.staff, created.id, updated.version);
    expect(archived.archived).toBe(true);
    expect((await listOrganizations(actors.staff, { q: "FSO-A" })).total).toBe(0);
    expect((await listOrganizations(actors.staff, { q: "FSO-A", includeArchived: true })).total).toBe(1);

    const events = await db().auditEvent.findMany({ where: { entityType: "Organization", entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["CREATE", actors.staff.id],
      ["UPDATE", actors.admin.id],
      ["UPDATE", actors.staff.id],
    ]);
    expect((events[1]?.before as { name: string }).name).toBe("Fiji Standards Office");
    expect((events[1]?.after as { name: string }).name).toBe("Fiji Standards Office (renamed)");
  });

  it("refuses focal points and donors, and changes nothing", async () => {
    const before = await db().organization.count();
    const eventsBefore = await db().auditEvent.count();
    for (const actor of [actors.focalBsn, actors.donorDfat]) {
      await expect(createOrganization(actor, input())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateOrganization(actor, bsn, 1, input({ acronym: "BSN", name: "Hacked" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(archiveOrganization(actor, bsn, 1)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().organization.count()).toBe(before);
    expect(await db().auditEvent.count()).toBe(eventsBefore);
    const row = await db().organization.findUniqueOrThrow({ where: { id: bsn } });
    expect(row).toMatchObject({ name: "Badan Standardisasi Nasional", archived: false, version: 1 });
  });

  it("validates: acronym unique per kind, membership category only and always for NSBs, http(s) website, known country", async () => {
    const before = await db().organization.count();
    expect((await fieldErrors(() => createOrganization(actors.staff, input({ acronym: "bsn" })))).acronym).toBeDefined();
    // The same acronym is fine for another kind.
    const partner = await createOrganization(actors.staff, input({ acronym: "BSN", kind: "PARTNER", membershipCategory: null, name: "A partner called BSN" }));
    expect(partner.kind).toBe("PARTNER");
    expect((await fieldErrors(() => createOrganization(actors.staff, input({ membershipCategory: null })))).membershipCategory).toBeDefined();
    expect((await fieldErrors(() => createOrganization(actors.staff, input({ kind: "DONOR", membershipCategory: "MEMBER_BODY" })))).membershipCategory).toBeDefined();
    expect((await fieldErrors(() => createOrganization(actors.staff, input({ countryCode: null })))).countryCode).toBeDefined();
    expect((await fieldErrors(() => createOrganization(actors.staff, input({ countryCode: "XX" })))).countryCode).toBeDefined();
    for (const website of ["javascript:alert(1)", "ftp://example.org", "example.org", "https://"]) {
      expect((await fieldErrors(() => createOrganization(actors.staff, input({ website })))).website).toBeDefined();
    }
    expect(await db().organization.count()).toBe(before + 1);
    // Renaming DSM's acronym to BSN's collides too.
    const dsm = await db().organization.findFirstOrThrow({ where: { acronym: "DSM" } });
    expect((await fieldErrors(() => updateOrganization(actors.staff, dsm.id, dsm.version, input({ acronym: "BSN", countryCode: "MY" })))).acronym).toBeDefined();
    // Kind cannot change once the organisation has users or programme links.
    const dfatRow = await db().organization.findUniqueOrThrow({ where: { id: dfat } });
    const kindErrors = await fieldErrors(() =>
      updateOrganization(actors.staff, dfat, dfatRow.version, { name: dfatRow.name, acronym: "DFAT", kind: "PARTNER", countryCode: "AU", membershipCategory: null, website: null }),
    );
    expect(kindErrors.kind).toBeDefined();
  });

  it("refuses a stale version and archiving an organisation with active users", async () => {
    const created = await createOrganization(actors.staff, input({ acronym: "FSO-C" }));
    await updateOrganization(actors.staff, created.id, 1, input({ acronym: "FSO-C", name: "First edit" }));
    const stale = await updateOrganization(actors.admin, created.id, 1, input({ acronym: "FSO-C", name: "Second edit" })).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).changedBy).toBe("Lucas Meyer");
    await expect(archiveOrganization(actors.staff, created.id, 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await db().organization.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("First edit");

    const bsnRow = await db().organization.findUniqueOrThrow({ where: { id: bsn } });
    await expect(archiveOrganization(actors.staff, bsn, bsnRow.version)).rejects.toBeInstanceOf(DomainValidationError);
    expect((await db().organization.findUniqueOrThrow({ where: { id: bsn } })).archived).toBe(false);
  });
});
