/** Indicators, targets, NSB reports, national adoptions and committee roles for the demo. */
import type { Prisma } from "../../src/generated/prisma/client";
import type { CommitteeMembership, IndicatorSource, Leadership, ReportStatus } from "../../src/generated/prisma/enums";

export interface ResultsContext {
  planId: string;
  /** Result-area ids of the 2021-2025 plan, by code. */
  areas: ReadonlyMap<string, string>;
  programmeIds: { cet: string; africa: string };
  /** Organisation ids by acronym. */
  orgs: ReadonlyMap<string, string>;
  users: { admin: string; staff: string; focalBsn: string; focalTisi: string };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function required<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: nothing seeded for ${String(key)}`);
  return value;
}

type Period = readonly [start: string, end: string];
const CET_PERIODS: readonly Period[] = [
  ["2022-07-01", "2022-12-31"], ["2023-01-01", "2023-06-30"], ["2023-07-01", "2023-12-31"], ["2024-01-01", "2024-06-30"],
];
const AFRICA_PERIODS: readonly Period[] = [
  ["2025-01-01", "2025-06-30"], ["2025-07-01", "2025-12-31"], ["2026-01-01", "2026-06-30"], ["2026-07-01", "2026-12-31"],
];
const CET_SPAN: Period = ["2022-07-01", "2024-06-30"];
const AFRICA_SPAN: Period = ["2025-01-01", "2026-12-31"];

interface IndicatorSeed {
  programme: "cet" | "africa" | null;
  resultArea: string;
  code: string;
  title: string;
  definition: string;
  unit: "COUNT" | "PERCENT";
  source: IndicatorSource;
  baseline: number | null;
  baselineDate: string | null;
  target: number;
  targetDate: string;
  byNsb?: boolean;
  bySex?: boolean;
  /** [period, target, NSB acronym or null for the whole indicator]. */
  targets: readonly (readonly [Period, number, string | null])[];
}

const perPeriod = (periods: readonly Period[], values: readonly number[]) =>
  values.map((value, i) => [periods[i] as Period, value, null] as const);
const perNsb = (period: Period, values: Readonly<Record<string, number>>) =>
  Object.entries(values).map(([acronym, value]) => [period, value, acronym] as const);

const CET5_TARGETS = { ISC: 2, BSN: 4, DOSM: 2, DSM: 4, BPS: 3, TISI: 4, STAMEQ: 2 };

const INDICATORS: readonly IndicatorSeed[] = [
  {
    programme: "cet", resultArea: "O1.1", code: "CET-1", title: "Number of NSB staff and stakeholders trained",
    definition: "Distinct participants who attended (fully) at least one training activity of the programme.",
    unit: "COUNT", source: "PARTICIPANTS_TRAINED", baseline: 0, baselineDate: "2022-07-01", target: 250, targetDate: "2024-06-30",
    byNsb: true, bySex: true, targets: perPeriod(CET_PERIODS, [60, 90, 40, 60]),
  },
  {
    programme: "cet", resultArea: "O1.1", code: "CET-2", title: "Share of women among participants",
    definition: "Women as a percentage of all participants who attended, in line with the programme's GEDSI principles.",
    unit: "PERCENT", source: "WOMEN_SHARE", baseline: null, baselineDate: null, target: 50, targetDate: "2024-06-30",
    bySex: false, targets: perPeriod(CET_PERIODS, [50, 50, 50, 50]),
  },
  {
    programme: "cet", resultArea: "O1.1", code: "CET-3", title: "Average knowledge gain",
    definition: "Average difference between post-test and pre-test scores (percentage points) of participants who took both tests.",
    unit: "PERCENT", source: "AVG_KNOWLEDGE_GAIN", baseline: null, baselineDate: null, target: 20, targetDate: "2024-06-30",
    targets: perPeriod(CET_PERIODS, [20, 20, 20, 20]),
  },
  {
    programme: "cet", resultArea: "O1", code: "CET-4", title: "National adoptions of ISO standards in CET areas",
    definition: "ISO and ISO/IEC standards on cybersecurity, AI, IoT and related areas adopted by beneficiary NSBs after the adoption training.",
    unit: "COUNT", source: "NATIONAL_ADOPTIONS", baseline: 0, baselineDate: "2022-07-01", target: 14, targetDate: "2024-06-30",
    byNsb: true, targets: perNsb(CET_SPAN, { ISC: 2, BSN: 2, DOSM: 2, DSM: 2, BPS: 2, TISI: 2, STAMEQ: 2 }),
  },
  {
    programme: "cet", resultArea: "O2.1", code: "CET-5", title: "NSB experts participating in JTC 1 and its subcommittees",
    definition: "New experts from beneficiary NSBs registered in ISO/IEC JTC 1 or one of its subcommittees during the period, reported by each NSB.",
    unit: "COUNT", source: "MANUAL", baseline: 6, baselineDate: "2022-07-01", target: 21, targetDate: "2024-06-30",
    byNsb: true, targets: [...perPeriod(CET_PERIODS, [3, 6, 6, 6]), ...perNsb(CET_SPAN, CET5_TARGETS)],
  },
  {
    programme: "cet", resultArea: "O1.1", code: "CET-6", title: "Share of trained participants who applied what they learned after 6 months",
    definition: "Participants who answered a follow-up survey at least 6 months after a training that they applied what they learned (fully or partly), as a share of those who answered.",
    unit: "PERCENT", source: "SURVEY_APPLIED_SHARE", baseline: null, baselineDate: null, target: 60, targetDate: "2024-06-30",
    bySex: true, targets: [[CET_SPAN, 60, null]],
  },
  {
    programme: "cet", resultArea: "O1", code: "CET-7", title: "Standards used or adopted nationally, as reported by participants",
    definition: "Distinct ISO and ISO/IEC standards that participants reported in follow-up surveys using or helping adopt nationally.",
    unit: "COUNT", source: "SURVEY_STANDARDS_USED", baseline: 0, baselineDate: "2022-07-01", target: 6, targetDate: "2024-06-30",
    targets: [[CET_SPAN, 6, null]],
  },
  {
    programme: "cet", resultArea: "O2.1", code: "CET-8", title: "Participants who joined a committee after training",
    definition: "Distinct participants who answered in a follow-up survey that they joined, or became more active in, an ISO technical committee or a national mirror committee.",
    unit: "COUNT", source: "SURVEY_COMMITTEE_JOINED", baseline: 0, baselineDate: "2022-07-01", target: 25, targetDate: "2024-06-30",
    bySex: true, targets: [[CET_SPAN, 25, null]],
  },
  {
    programme: null, resultArea: "O1", code: "AP-O1-1", title: "Number of national adoptions of ISO standards by developing-country members",
    definition: "ISO standards adopted nationally by developing-country members in the year, identical or modified.",
    unit: "COUNT", source: "NATIONAL_ADOPTIONS", baseline: null, baselineDate: null, target: 400, targetDate: "2025-12-31",
    targets: [2021, 2022, 2023, 2024, 2025].map((year) => [[`${year}-01-01`, `${year}-12-31`], 80, null] as const),
  },
  {
    programme: null, resultArea: "O2", code: "AP-O2-1", title: "Leadership positions held by developing-country members",
    definition: "Chairs, secretariats, convenorships and twinning arrangements in ISO committees held by developing-country members.",
    unit: "COUNT", source: "LEADERSHIP_POSITIONS", baseline: null, baselineDate: null, target: 60, targetDate: "2025-12-31",
    targets: [],
  },
  {
    programme: "africa", resultArea: "O1.1", code: "AFR-1", title: "Number of NSB staff and stakeholders trained",
    definition: "Distinct participants who attended at least one activity of the programme.",
    unit: "COUNT", source: "PARTICIPANTS_TRAINED", baseline: 0, baselineDate: "2025-01-01", target: 120, targetDate: "2026-12-31",
    byNsb: true, bySex: true, targets: perPeriod(AFRICA_PERIODS, [30, 30, 30, 30]),
  },
  {
    programme: "africa", resultArea: "O1", code: "AFR-2", title: "National adoptions of ISO standards supported by the programme",
    definition: "ISO standards adopted by the four NSBs after the regional adoption workshop.",
    unit: "COUNT", source: "NATIONAL_ADOPTIONS", baseline: 0, baselineDate: "2025-01-01", target: 24, targetDate: "2026-12-31",
    byNsb: true, targets: perNsb(AFRICA_SPAN, { KEBS: 6, UNBS: 6, RSB: 6, TBS: 6 }),
  },
  {
    programme: "africa", resultArea: "O2.2", code: "AFR-3", title: "National technical committees applying GSP procedures",
    definition: "National technical committees that started applying the NSB's procedures based on Good Standardization Practices during the period.",
    unit: "COUNT", source: "MANUAL", baseline: 0, baselineDate: "2025-01-01", target: 12, targetDate: "2026-12-31",
    byNsb: true, targets: perPeriod(AFRICA_PERIODS, [2, 4, 3, 3]),
  },
];

interface ReportSeed {
  indicator: string;
  period: Period;
  nsb: string;
  value: number;
  status: ReportStatus;
  narrative: string;
  evidence?: string;
  reviewComment?: string;
}

const CET5_VALUES: Readonly<Record<string, readonly number[]>> = {
  ISC: [0, 1, 0, 1], BSN: [1, 1, 1, 2], DOSM: [0, 0, 1, 1], DSM: [1, 1, 2, 0], BPS: [0, 1, 1, 1], TISI: [1, 1, 1, 1], STAMEQ: [0, 1, 1, 0],
};
const AFR3_VALUES: Readonly<Record<string, readonly number[]>> = { KEBS: [1, 2, 2], UNBS: [0, 1, 2], RSB: [0, 2, 1], TBS: [1, 1, 1] };

function reportSeeds(): ReportSeed[] {
  const reports: ReportSeed[] = [];
  for (const [nsb, values] of Object.entries(CET5_VALUES)) {
    values.forEach((value, i) => {
      const period = CET_PERIODS[i] as Period;
      const status: ReportStatus = i < 3 ? "APPROVED" : nsb === "BSN" ? "RETURNED" : nsb === "TISI" ? "SUBMITTED" : "APPROVED";
      reports.push({
        indicator: "CET-5", period, nsb, value, status,
        narrative: value === 0
          ? `No new ${nsb} experts joined JTC 1 in this period; nominations are being prepared in the national mirror committee.`
          : `${value} new ${nsb} expert${value > 1 ? "s" : ""} registered in ISO/IEC JTC 1 subcommittees (SC 27 and SC 42) after the programme's activities.`,
        ...(nsb === "TISI" && i === 2 ? { evidence: "https://example.org/evidence/tisi-jtc1-nominations-2023h2.pdf" } : {}),
        ...(status === "RETURNED"
          ? { reviewComment: "Please name the subcommittees the two experts joined and attach the JTC 1 registration confirmation." }
          : {}),
      });
    });
  }
  for (const [nsb, values] of Object.entries(AFR3_VALUES)) {
    values.forEach((value, i) => {
      const period = AFRICA_PERIODS[i] as Period;
      reports.push({
        indicator: "AFR-3", period, nsb, value,
        status: i === 2 && nsb === "RSB" ? "DRAFT" : "APPROVED",
        narrative: `${value} national technical committee${value === 1 ? "" : "s"} at ${nsb} applied the GSP-based procedure in the period.`,
        ...(nsb === "KEBS" && i === 1 ? { evidence: "https://example.org/evidence/kebs-gsp-procedure-2025.pdf" } : {}),
      });
    });
  }
  return reports;
}

type AdoptionSeed = readonly [nsb: string, standard: string, national: string, date: string, programme: "cet" | "africa" | null, degree?: "MODIFIED"];

const ADOPTIONS: readonly AdoptionSeed[] = [
  ["BSN", "ISO/IEC 27001:2022", "SNI ISO/IEC 27001:2022", "2023-06-20", "cet"],
  ["BSN", "ISO/IEC 27002:2022", "SNI ISO/IEC 27002:2022", "2023-08-15", "cet"],
  ["BSN", "ISO/IEC 22989:2022", "SNI ISO/IEC 22989:2022", "2024-02-12", "cet"],
  ["BSN", "ISO/IEC 42001:2023", "SNI ISO/IEC 42001:2023", "2024-05-30", "cet"],
  ["TISI", "ISO/IEC 27001:2022", "TIS 27001-2565", "2022-12-20", null],
  ["TISI", "ISO/IEC 27002:2022", "TIS 27002-2566", "2023-09-05", "cet"],
  ["TISI", "ISO/IEC 30141:2018", "TIS 30141-2566", "2023-11-28", "cet"],
  ["TISI", "ISO/IEC 23053:2022", "TIS 23053-2567", "2024-04-18", "cet"],
  ["DSM", "ISO/IEC 27001:2022", "MS ISO/IEC 27001:2022", "2022-10-27", null],
  ["DSM", "ISO/IEC 27002:2022", "MS ISO/IEC 27002:2023", "2023-05-10", "cet"],
  ["DSM", "ISO/IEC 38507:2022", "MS ISO/IEC 38507:2023", "2023-08-22", "cet"],
  ["DSM", "ISO/IEC 23894:2023", "MS ISO/IEC 23894:2024", "2024-03-21", "cet"],
  ["BPS", "ISO/IEC 27001:2022", "PNS ISO/IEC 27001:2023", "2023-07-18", "cet"],
  ["BPS", "ISO/IEC 27701:2019", "PNS ISO/IEC 27701:2023", "2023-10-02", "cet"],
  ["BPS", "ISO/IEC 22989:2022", "PNS ISO/IEC 22989:2024", "2024-06-10", "cet"],
  ["STAMEQ", "ISO/IEC 27001:2022", "TCVN ISO/IEC 27001:2023", "2023-09-29", "cet"],
  ["STAMEQ", "ISO/IEC 30141:2018", "TCVN 13578:2024", "2024-01-25", "cet", "MODIFIED"],
  ["STAMEQ", "ISO/IEC 27002:2022", "TCVN ISO/IEC 27002:2024", "2024-05-16", "cet"],
  ["ISC", "ISO/IEC 27001:2022", "CS ISO/IEC 27001:2023", "2023-12-14", "cet"],
  ["DOSM", "ISO/IEC 27001:2022", "LS ISO/IEC 27001:2024", "2024-04-30", "cet"],
  ["KEBS", "ISO 50001:2018", "KS ISO 50001:2018", "2024-11-05", null],
  ["KEBS", "ISO 14064-1:2018", "KS ISO 14064-1:2018", "2025-08-12", "africa"],
  ["UNBS", "ISO 14001:2015", "US ISO 14001:2015", "2025-07-01", "africa"],
  ["UNBS", "ISO 22000:2018", "US ISO 22000:2018", "2025-10-20", "africa"],
  ["RSB", "ISO 14064-1:2018", "RS ISO 14064-1:2018", "2025-11-04", "africa"],
  ["RSB", "ISO 22000:2018", "RS ISO 22000:2018", "2026-03-10", "africa", "MODIFIED"],
  ["TBS", "ISO 14067:2018", "TZS ISO 14067:2018", "2026-02-17", "africa"],
];

type CommitteeSeed = readonly [nsb: string, committee: string, membership: CommitteeMembership, from: string, leadership?: Leadership, to?: string];

const COMMITTEE_ROLES: readonly CommitteeSeed[] = [
  ["BSN", "ISO/IEC JTC 1", "P_MEMBER", "2015-03-01"],
  ["BSN", "ISO/IEC JTC 1/SC 27", "P_MEMBER", "2016-05-01"],
  ["BSN", "ISO/IEC JTC 1/SC 42", "P_MEMBER", "2019-01-15"],
  ["BSN", "ISO/IEC JTC 1/SC 41", "P_MEMBER", "2023-06-01", "TWINNED"],
  ["BSN", "ISO/TC 307", "O_MEMBER", "2018-06-01"],
  ["TISI", "ISO/IEC JTC 1", "P_MEMBER", "2012-04-01"],
  ["TISI", "ISO/IEC JTC 1/SC 27", "P_MEMBER", "2014-09-01"],
  ["TISI", "ISO/IEC JTC 1/SC 42", "P_MEMBER", "2020-03-01"],
  ["TISI", "ISO/IEC JTC 1/SC 42/WG 3", "P_MEMBER", "2024-01-01", "CONVENER"],
  ["DSM", "ISO/IEC JTC 1", "P_MEMBER", "2005-01-01"],
  ["DSM", "ISO/IEC JTC 1/SC 27", "P_MEMBER", "2011-02-01"],
  ["DSM", "ISO/IEC JTC 1/SC 42", "P_MEMBER", "2021-06-01"],
  ["DSM", "ISO/TC 45/SC 3", "P_MEMBER", "2010-01-01", "SECRETARY"],
  ["BPS", "ISO/IEC JTC 1", "P_MEMBER", "2023-12-01"],
  ["BPS", "ISO/IEC JTC 1/SC 27", "O_MEMBER", "2019-04-01"],
  ["STAMEQ", "ISO/IEC JTC 1", "P_MEMBER", "2010-07-01"],
  ["STAMEQ", "ISO/IEC JTC 1/SC 27", "O_MEMBER", "2017-03-01"],
  ["STAMEQ", "ISO/IEC JTC 1/SC 42", "O_MEMBER", "2024-02-01"],
  ["ISC", "ISO/IEC JTC 1", "O_MEMBER", "2023-12-01"],
  ["ISC", "ISO/IEC JTC 1/SC 38", "O_MEMBER", "2020-01-01", "NONE", "2024-12-31"],
  ["DOSM", "ISO/IEC JTC 1", "O_MEMBER", "2024-03-01"],
  ["KEBS", "ISO/TC 207", "P_MEMBER", "2008-01-01"],
  ["UNBS", "ISO/TC 34", "P_MEMBER", "2012-01-01"],
  ["TBS", "ISO/TC 34", "O_MEMBER", "2016-01-01"],
];

export async function seedResults(tx: Prisma.TransactionClient, ctx: ResultsContext): Promise<void> {
  const programmeId = (key: "cet" | "africa" | null) => (key === null ? null : ctx.programmeIds[key]);
  const indicatorIds = new Map<string, string>();
  for (const seed of INDICATORS) {
    const { id } = await tx.indicator.create({
      data: {
        programmeId: programmeId(seed.programme),
        // Plan-wide indicators hang on the plan; programme indicators reach it through their result area.
        actionPlanId: seed.programme === null ? ctx.planId : null,
        resultAreaId: required(ctx.areas, seed.resultArea),
        code: seed.code,
        title: seed.title,
        definition: seed.definition,
        unit: seed.unit,
        source: seed.source,
        baselineValue: seed.baseline,
        baselineDate: seed.baselineDate === null ? null : day(seed.baselineDate),
        targetValue: seed.target,
        targetDate: day(seed.targetDate),
        disaggregateByNsb: seed.byNsb ?? false,
        disaggregateBySex: seed.bySex ?? false,
      },
      select: { id: true },
    });
    indicatorIds.set(seed.code, id);
  }

  await tx.indicatorTarget.createMany({
    data: INDICATORS.flatMap((seed) =>
      seed.targets.map(([[start, end], targetValue, nsb]) => ({
        indicatorId: required(indicatorIds, seed.code),
        periodStart: day(start),
        periodEnd: day(end),
        organizationId: nsb === null ? null : required(ctx.orgs, nsb),
        targetValue,
      })),
    ),
  });

  const focalFor = (nsb: string) => (nsb === "BSN" ? ctx.users.focalBsn : nsb === "TISI" ? ctx.users.focalTisi : null);
  await tx.indicatorReport.createMany({
    data: reportSeeds().map((report) => {
      const end = new Date(`${report.period[1]}T00:00:00Z`);
      const submittedAt = new Date(end.getTime() + 12 * 86_400_000 + 9.5 * 3_600_000);
      const reviewedAt = new Date(submittedAt.getTime() + 5 * 86_400_000);
      const focal = focalFor(report.nsb);
      const submitted = report.status !== "DRAFT";
      const reviewed = report.status === "APPROVED" || report.status === "RETURNED";
      // NSBs without a focal-point account e-mail their figures; ISO/CS staff enter them.
      const narrative = focal === null && submitted ? `${report.narrative} Entered by ISO/CS from the NSB's e-mailed report.` : report.narrative;
      return {
        indicatorId: required(indicatorIds, report.indicator),
        periodStart: day(report.period[0]),
        periodEnd: end,
        organizationId: required(ctx.orgs, report.nsb),
        value: report.value,
        narrative,
        evidenceLinks: report.evidence === undefined ? [] : [report.evidence],
        status: report.status,
        submittedById: submitted ? (focal ?? ctx.users.staff) : null,
        submittedAt: submitted ? submittedAt : null,
        reviewedById: reviewed ? (report.indicator === "AFR-3" ? ctx.users.admin : ctx.users.staff) : null,
        reviewedAt: reviewed ? reviewedAt : null,
        reviewComment: report.reviewComment ?? "",
      };
    }),
  });

  await tx.nationalAdoption.createMany({
    data: ADOPTIONS.map(([nsb, standardReference, nationalReference, date, programme, degree]) => ({
      organizationId: required(ctx.orgs, nsb),
      standardReference,
      nationalReference,
      adoptionDate: day(date),
      degree: degree ?? "IDENTICAL",
      programmeId: programmeId(programme),
    })),
  });

  await tx.committeeRole.createMany({
    data: COMMITTEE_ROLES.map(([nsb, committee, membership, from, leadership, to]) => ({
      organizationId: required(ctx.orgs, nsb),
      committee,
      membership,
      leadership: leadership ?? "NONE",
      fromDate: day(from),
      toDate: to === undefined ? null : day(to),
    })),
  });
}
