/**
 * Demo data: the CET programme in Southeast Asia (DFAT) and a smaller Action Plan
 * programme in East Africa (Sida), with their framework, people, activities and results.
 *
 * Countries are always brought up to date. Everything else is created once, in one
 * transaction, and only when the "CET-SEA" programme does not exist yet, so running the
 * seed again changes nothing. A seeded PRNG makes every run produce the same data.
 */
import bcrypt from "bcryptjs";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client";
import type { MembershipCategory, OrganizationKind, Role } from "../../src/generated/prisma/enums";
import { ACTIVITIES, EAST_AFRICA_NSBS, SEA_NSBS, type SeededActivity, buildParticipations } from "./activities";
import { COUNTRIES } from "./countries";
import { PLAN_2011_2015, PLAN_2021_2025, createActionPlan } from "./framework";
import { buildParticipants } from "./people";
import { mulberry32 } from "./random";
import { seedResults } from "./results";
import { NSS_TRAINING, seedFollowUps } from "./surveys";
import { seedAssessments } from "./assessments";

export const DEMO_PASSWORD = "demo-Password-2026";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Acronym of the user's organisation, or null. */
  organization: string | null;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@example.org", name: "Amira Haddad", role: "ADMIN", organization: "ISO/CS" },
  { email: "staff@example.org", name: "Lucas Meyer", role: "STAFF", organization: "ISO/CS" },
  { email: "focal.bsn@example.org", name: "Dewi Lestari", role: "FOCAL_POINT", organization: "BSN" },
  { email: "focal.tisi@example.org", name: "Somchai Wongsa", role: "FOCAL_POINT", organization: "TISI" },
  { email: "donor.dfat@example.org", name: "Olivia Brown", role: "DONOR", organization: "DFAT" },
  { email: "donor.sida@example.org", name: "Erik Lindqvist", role: "DONOR", organization: "Sida" },
];

export const DEMO_PROGRAMME_CODE = "CET-SEA";

type OrgSeed = readonly [acronym: string, name: string, kind: OrganizationKind, country: string, membership: MembershipCategory | null, website: string | null];

// prettier-ignore
const ORGANIZATIONS: readonly OrgSeed[] = [
  ["ISO/CS", "ISO Central Secretariat", "ISO_CS", "CH", null, "https://www.iso.org"],
  ["ISC", "Institute of Standards of Cambodia", "NSB", "KH", "CORRESPONDENT", null],
  ["BSN", "Badan Standardisasi Nasional", "NSB", "ID", "MEMBER_BODY", "https://www.bsn.go.id"],
  ["DOSM", "Department of Standardization and Metrology", "NSB", "LA", "CORRESPONDENT", null],
  ["DSM", "Department of Standards Malaysia", "NSB", "MY", "MEMBER_BODY", "https://www.jsm.gov.my"],
  ["BPS", "Bureau of Philippine Standards", "NSB", "PH", "MEMBER_BODY", "https://bps.dti.gov.ph"],
  ["TISI", "Thai Industrial Standards Institute", "NSB", "TH", "MEMBER_BODY", "https://www.tisi.go.th"],
  ["STAMEQ", "Directorate for Standards, Metrology and Quality", "NSB", "VN", "MEMBER_BODY", null],
  ["KEBS", "Kenya Bureau of Standards", "NSB", "KE", "MEMBER_BODY", "https://www.kebs.org"],
  ["UNBS", "Uganda National Bureau of Standards", "NSB", "UG", "MEMBER_BODY", "https://www.unbs.go.ug"],
  ["RSB", "Rwanda Standards Board", "NSB", "RW", "MEMBER_BODY", "https://www.rsb.gov.rw"],
  ["TBS", "Tanzania Bureau of Standards", "NSB", "TZ", "MEMBER_BODY", "https://www.tbs.go.tz"],
  ["DFAT", "Department of Foreign Affairs and Trade", "DONOR", "AU", null, "https://www.dfat.gov.au"],
  ["Sida", "Swedish International Development Cooperation Agency", "DONOR", "SE", null, "https://www.sida.se"],
  ["ITC", "International Trade Centre", "PARTNER", "CH", null, "https://intracen.org"],
  ["UNCTAD", "United Nations Conference on Trade and Development", "PARTNER", "CH", null, "https://unctad.org"],
  ["UNIDO", "United Nations Industrial Development Organization", "PARTNER", "AT", null, "https://www.unido.org"],
  ["WTO", "World Trade Organization", "PARTNER", "CH", null, "https://www.wto.org"],
];

/** Participants per NSB (about 320 in all). */
const PARTICIPANT_QUOTAS: Readonly<Record<string, number>> = {
  ISC: 24, BSN: 44, DOSM: 20, DSM: 36, BPS: 36, TISI: 40, STAMEQ: 38, KEBS: 26, UNBS: 22, RSB: 18, TBS: 20,
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Inserts missing countries and corrects changed ones; leaves rows that already match alone. */
async function upsertCountries(db: PrismaClient): Promise<{ created: number; updated: number }> {
  const existing = new Map((await db.country.findMany()).map((country) => [country.code, country]));
  const missing = COUNTRIES.filter((country) => !existing.has(country.code));
  const changed = COUNTRIES.filter((country) => {
    const row = existing.get(country.code);
    return (
      row !== undefined &&
      (row.name !== country.name || row.region !== country.region || row.subRegion !== country.subRegion ||
        row.developmentStatus !== country.developmentStatus)
    );
  });
  if (missing.length > 0) await db.country.createMany({ data: [...missing], skipDuplicates: true });
  if (changed.length > 0) {
    await db.$transaction(changed.map(({ code, ...data }) => db.country.update({ where: { code }, data })));
  }
  return { created: missing.length, updated: changed.length };
}

export async function seedDemoData(
  db: PrismaClient,
  options: { log?: (line: string) => void } = {},
): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  const countries = await upsertCountries(db);
  log(`Countries: ${COUNTRIES.length} (${countries.created} added, ${countries.updated} updated).`);

  if ((await db.programme.count({ where: { code: DEMO_PROGRAMME_CODE } })) > 0) {
    log(`Demo data already present (programme ${DEMO_PROGRAMME_CODE}); nothing else to do.`);
    return { created: false };
  }

  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, 10);
  await db.$transaction((tx) => createDemoData(tx, passwordHash, log), { timeout: 120_000, maxWait: 10_000 });
  return { created: true };
}

async function createDemoData(tx: Prisma.TransactionClient, passwordHash: string, log: (line: string) => void): Promise<void> {
  const rng = mulberry32(20_221_115);

  const plan = await createActionPlan(tx, PLAN_2021_2025);
  await createActionPlan(tx, PLAN_2011_2015);
  const area = (code: string) => {
    const id = plan.areas.get(code);
    if (id === undefined) throw new Error(`Demo data: no result area ${code}`);
    return id;
  };

  // Organisations and users that already exist (same acronym and kind, same e-mail) are
  // reused as they are: an administrator's account keeps its password.
  const orgWhere = { OR: ORGANIZATIONS.map(([acronym, , kind]) => ({ acronym, kind })) };
  const existingOrgs = await tx.organization.findMany({ where: orgWhere, select: { acronym: true, kind: true } });
  await tx.organization.createMany({
    data: ORGANIZATIONS.filter(([acronym, , kind]) => !existingOrgs.some((row) => row.acronym === acronym && row.kind === kind)).map(
      ([acronym, name, kind, countryCode, membershipCategory, website]) => ({ acronym, name, kind, countryCode, membershipCategory, website }),
    ),
  });
  const orgRows = await tx.organization.findMany({ where: orgWhere, select: { id: true, acronym: true, countryCode: true } });
  const orgs = new Map(orgRows.map((row) => [row.acronym, row.id]));
  const org = (acronym: string) => {
    const id = orgs.get(acronym);
    if (id === undefined) throw new Error(`Demo data: no organisation ${acronym}`);
    return id;
  };

  const demoEmails = DEMO_USERS.map((user) => user.email);
  const existingEmails = new Set(
    (await tx.user.findMany({ where: { email: { in: demoEmails } }, select: { email: true } })).map((user) => user.email),
  );
  await tx.user.createMany({
    data: DEMO_USERS.filter((user) => !existingEmails.has(user.email)).map((user) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash,
      organizationId: user.organization === null ? null : org(user.organization),
    })),
  });
  const userRows = await tx.user.findMany({ where: { email: { in: demoEmails } }, select: { id: true, email: true } });
  const userId = (email: string) => {
    const id = userRows.find((user) => user.email === email)?.id;
    if (id === undefined) throw new Error(`Demo data: no user ${email}`);
    return id;
  };
  const users = {
    admin: userId("admin@example.org"),
    staff: userId("staff@example.org"),
    focalBsn: userId("focal.bsn@example.org"),
    focalTisi: userId("focal.tisi@example.org"),
  };

  const cet = await tx.programme.create({
    data: {
      code: DEMO_PROGRAMME_CODE,
      title: "Standards and Critical and Emerging Technologies (CET) in Southeast Asia",
      summary:
        "Capacity building for seven Southeast Asian NSBs on International Standards for critical and emerging " +
        "technologies such as AI, cybersecurity and the Internet of Things. The programme complements Standards " +
        "Australia's project on International Standards Integration for CET in Southeast Asia and is funded by " +
        "Australia's Department of Foreign Affairs and Trade (DFAT) under the Cyber and Critical Tech Cooperation Program.",
      objectives:
        "Strengthen beneficiary countries' engagement in global standards development for CET and support the " +
        "adoption and use of relevant ISO standards, strengthening the standardization pillar of the national quality " +
        "infrastructure for governments and the private sector. Activities follow GEDSI principles: gender-balanced " +
        "representation, age diversity and social inclusion.",
      region: "South-eastern Asia",
      startDate: day("2022-07-01"),
      endDate: day("2024-06-30"),
      status: "CLOSED",
      budgetAmount: 850_000,
      budgetCurrency: "AUD",
      fundings: { create: [{ donorId: org("DFAT"), amount: 850_000, currency: "AUD" }] },
      beneficiaries: { create: SEA_NSBS.map((acronym) => ({ organizationId: org(acronym) })) },
      resultAreas: { create: ["O1", "O1.1", "O1.3", "O2", "O2.1", "O2.2"].map((code) => ({ resultAreaId: area(code) })) },
    },
    select: { id: true },
  });

  const africa = await tx.programme.create({
    data: {
      code: "AP-AFR-EAST",
      title: "Action Plan support for East African NSBs: national adoptions and good standardization practices",
      summary:
        "Support under the ISO Action Plan for developing countries, funded by Sida, for four East African NSBs: " +
        "national adoption of ISO standards that matter for trade and climate change, and good standardization practices.",
      objectives:
        "Increase the use of ISO standards and their national adoptions in Kenya, Uganda, Rwanda and Tanzania, and " +
        "strengthen the NSBs' standards development processes in line with Good Standardization Practices.",
      region: "Eastern Africa",
      startDate: day("2025-01-01"),
      endDate: day("2026-12-31"),
      status: "ACTIVE",
      budgetAmount: 4_200_000,
      budgetCurrency: "SEK",
      fundings: { create: [{ donorId: org("Sida"), amount: 4_200_000, currency: "SEK" }] },
      beneficiaries: { create: EAST_AFRICA_NSBS.map((acronym) => ({ organizationId: org(acronym) })) },
      resultAreas: { create: ["O1", "O1.1", "O1.2", "O2", "O2.2"].map((code) => ({ resultAreaId: area(code) })) },
    },
    select: { id: true },
  });

  const programmes = { "CET-SEA": { id: cet.id, currency: "AUD" }, "AP-AFR-EAST": { id: africa.id, currency: "SEK" } };
  const activities: SeededActivity[] = [];
  for (const seed of ACTIVITIES) {
    const programme = programmes[seed.programme];
    const nsbIds = seed.nsbs.map(org);
    const { id } = await tx.activity.create({
      data: {
        programmeId: programme.id,
        resultAreaId: area(seed.output),
        title: seed.title,
        description: seed.description,
        type: seed.type,
        level: seed.level,
        modality: seed.modality,
        status: seed.status,
        startDate: day(seed.start),
        endDate: day(seed.end),
        venueCity: seed.venueCity ?? "",
        venueCountryCode: seed.venueCountryCode ?? null,
        topics: [...seed.topics],
        budgetAmount: seed.budget,
        actualCost: seed.actualCost ?? null,
        currency: programme.currency,
        targetNsbs: { create: nsbIds.map((organizationId) => ({ organizationId })) },
      },
      select: { id: true },
    });
    activities.push({ ...seed, id, nsbIds });
  }

  const quotas = Object.entries(PARTICIPANT_QUOTAS).map(([acronym, count]) => {
    const countryCode = ORGANIZATIONS.find((row) => row[0] === acronym)?.[3];
    if (countryCode === undefined) throw new Error(`Demo data: no organisation ${acronym}`);
    return { organizationId: org(acronym), acronym, countryCode, count };
  });
  const participantRows = buildParticipants(rng, quotas);
  // createManyAndReturn gives back exactly the inserted rows; full names are unique in the
  // set, so they map back to the build order and the participations drawn next repeat.
  const byName = new Map(
    (
      await tx.participant.createManyAndReturn({
        data: participantRows,
        select: { id: true, fullName: true, organizationId: true, stakeholderGroup: true, ageBand: true },
      })
    ).map((row) => [row.fullName, row]),
  );
  const participants = participantRows.map((row) => {
    const saved = byName.get(row.fullName);
    if (saved === undefined) throw new Error(`Demo data: participant ${row.fullName} not saved`);
    return saved;
  });

  const recorder = new Map([[org("BSN"), users.focalBsn], [org("TISI"), users.focalTisi]]);
  const participations = buildParticipations(rng, participants, activities, (nsbId) => recorder.get(nsbId) ?? users.staff);
  await tx.participation.createMany({ data: participations });

  await seedResults(tx, { planId: plan.id, areas: plan.areas, programmeIds: { cet: cet.id, africa: africa.id }, orgs, users });
  await seedFollowUps(tx, activities.find((a) => a.title === NSS_TRAINING)!.id, users.staff);
  await seedAssessments(tx, { cet: cet.id, resultAreaId: area("O2.1"), orgs, users });

  log(
    `Demo data created: ${ORGANIZATIONS.length} organisations, ${DEMO_USERS.length} users, 2 programmes, ` +
      `${activities.length} activities, ${participants.length} participants, ${participations.length} participations.`,
  );
}
