import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { env } from "@/env";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { programmeScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import { computeIndicatorValue } from "@/server/indicators/computed";
import { INDICATOR_SUMMARY } from "@/server/indicators/select";
import { reportingPeriods } from "@/domain/reports/rules";
import { iatiActivitiesXml, isoDate, type ComputedActual, type IatiProgramme } from "./document";

/*
 * IATI 2.03 activity XML of one programme, or of every (not archived) programme the caller
 * may see: staff all, a focal point those their NSB benefits from, a donor those it funds.
 * The file holds programme-level figures only (no personal data, no per-NSB values): a
 * reported indicator's actual aggregates its approved reports for the period; a computed
 * indicator's is its value computed from the app's rows for each period that has ended.
 */

export interface IatiExportOptions {
  /** One programme; without it, every programme in the caller's scope. */
  programmeId?: string;
  /** The generation time (tests pin it); now by default. */
  now?: Date;
}

const num = (value: Prisma.Decimal | null) => (value === null ? null : Number(value.toString()));

const programmeSelect = {
  code: true,
  title: true,
  summary: true,
  objectives: true,
  titleFr: true,
  titleEs: true,
  summaryFr: true,
  summaryEs: true,
  objectivesFr: true,
  objectivesEs: true,
  region: true,
  status: true,
  startDate: true,
  endDate: true,
  budgetAmount: true,
  budgetCurrency: true,
  updatedAt: true,
  fundings: { select: { donor: { select: { name: true, acronym: true } } }, orderBy: [{ amount: "desc" }, { donor: { acronym: "asc" } }] },
  beneficiaries: {
    select: { organization: { select: { name: true, acronym: true, country: { select: { code: true, name: true } } } } },
    orderBy: { organization: { acronym: "asc" } },
  },
  indicators: {
    where: { archived: false },
    orderBy: [{ resultArea: { sortOrder: "asc" } }, { code: "asc" }],
    select: {
      ...INDICATOR_SUMMARY,
      disaggregateBySex: true,
      definition: true,
      direction: true,
      baselineValue: true,
      baselineDate: true,
      resultArea: { select: { id: true, code: true, title: true, description: true, level: true } },
      targets: { select: { periodStart: true, periodEnd: true, organizationId: true, targetValue: true }, orderBy: { periodStart: "asc" } },
      // Only approved values are published.
      reports: {
        where: { status: "APPROVED" },
        select: { periodStart: true, periodEnd: true, organizationId: true, value: true, valueFemale: true, valueMale: true, valueOther: true },
        orderBy: { periodStart: "asc" },
      },
    },
  },
} satisfies Prisma.ProgrammeSelect;

type ProgrammeRow = Prisma.ProgrammeGetPayload<{ select: typeof programmeSelect }>;

/**
 * Whether the caller sees a programme's totals: staff, and a donor for the programmes it
 * funds (aggregates only). A focal point sees its own NSB's figures only, never the
 * programme's, so its file carries baselines and targets but no actuals.
 */
function seesProgrammeTotals(actor: Actor): boolean {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
    case "DONOR":
      return true;
    case "FOCAL_POINT":
      return false;
  }
}

type IndicatorRow = ProgrammeRow["indicators"][number];

/**
 * A computed indicator's values (src/server/indicators/computed.ts) for each of its
 * reporting periods that has ended by `now`; by sex for a disaggregated count of people.
 */
async function computedActuals(actor: Actor, row: ProgrammeRow, indicator: IndicatorRow, now: Date): Promise<ComputedActual[]> {
  const periods = reportingPeriods(indicator.targets, { start: row.startDate, end: row.endDate }).filter((p) => p.periodEnd.getTime() < now.getTime());
  const values = await Promise.all(
    periods.map((period) => computeIndicatorValue(actor, indicator.id, { periodStart: period.periodStart, periodEnd: period.periodEnd })),
  );
  return periods.flatMap((period, i): ComputedActual[] => {
    const computed = values[i]!;
    if (computed.value === null) return [];
    // People by sex: for a count of people only (a share's bySex counts people, not percentages).
    const bySex = indicator.disaggregateBySex && indicator.unit === "COUNT" ? computed.bySex : undefined;
    return [
      {
        ...period,
        actual: {
          value: computed.value,
          female: bySex ? bySex.FEMALE : null,
          male: bySex ? bySex.MALE : null,
          other: bySex && bySex.OTHER > 0 ? bySex.OTHER : null,
        },
      },
    ];
  });
}

async function toIati(actor: Actor, row: ProgrammeRow, now: Date): Promise<IatiProgramme> {
  const totals = seesProgrammeTotals(actor);
  const indicators = await Promise.all(
    row.indicators.map(async (i) => ({
      code: i.code,
      title: i.title,
      titleVersions: { fr: i.titleFr, es: i.titleEs },
      definition: i.definition,
      unit: i.unit,
      currency: i.currency,
      direction: i.direction,
      baselineValue: num(i.baselineValue),
      baselineDate: i.baselineDate,
      resultArea: i.resultArea,
      targets: i.targets.map((t) => ({ periodStart: t.periodStart, periodEnd: t.periodEnd, organizationId: t.organizationId, value: Number(t.targetValue.toString()) })),
      reports: totals
        ? i.reports.map((r) => ({
            periodStart: r.periodStart,
            periodEnd: r.periodEnd,
            organizationId: r.organizationId,
            value: num(r.value),
            valueFemale: num(r.valueFemale),
            valueMale: num(r.valueMale),
            valueOther: num(r.valueOther),
          }))
        : [],
      computed: i.source === "MANUAL" ? null : totals ? await computedActuals(actor, row, i, now) : [],
    })),
  );
  return {
    code: row.code,
    title: row.title,
    summary: row.summary,
    objectives: row.objectives,
    versions: {
      title: { fr: row.titleFr, es: row.titleEs },
      summary: { fr: row.summaryFr, es: row.summaryEs },
      objectives: { fr: row.objectivesFr, es: row.objectivesEs },
    },
    region: row.region,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    budgetAmount: num(row.budgetAmount),
    budgetCurrency: row.budgetCurrency,
    updatedAt: row.updatedAt,
    donors: row.fundings.map((f) => ({ name: f.donor.name })),
    beneficiaries: row.beneficiaries.map(({ organization: o }) => ({
      name: o.name,
      acronym: o.acronym,
      countryCode: o.country?.code ?? null,
      countryName: o.country?.name ?? null,
    })),
    indicators,
  };
}

/** The IATI file and a name to download it as; "not found" when the programme is out of scope or nothing is visible. */
export async function buildIatiDocument(actor: Actor, options: IatiExportOptions = {}): Promise<{ xml: string; fileName: string; count: number }> {
  assertCan(actor, "programmes.read");
  const { programmeId } = options;
  const rows = await db().programme.findMany({
    where: { AND: [programmeScope(actor), programmeId !== undefined ? { id: programmeId } : { archived: false }] },
    orderBy: { code: "asc" },
    select: programmeSelect,
  });
  // An iati-activities file needs at least one activity.
  if (rows.length === 0) throw new NotFoundError("Programme");
  const now = options.now ?? new Date();
  const programmes: IatiProgramme[] = [];
  for (const row of rows) programmes.push(await toIati(actor, row, now));
  const xml = iatiActivitiesXml(programmes, { orgRef: env().IATI_REPORTING_ORG_REF, now });
  const fileName = programmeId !== undefined ? `iati-${rows[0]!.code}.xml` : `iati-activities-${isoDate(now)}.xml`;
  return { xml, fileName, count: rows.length };
}

/** IATI 2.03 activity XML (iati-activities) of one programme or of every programme in the caller's scope. */
export async function buildIatiActivities(actor: Actor, options: IatiExportOptions = {}): Promise<string> {
  return (await buildIatiDocument(actor, options)).xml;
}
