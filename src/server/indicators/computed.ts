import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AdoptionDegree, IndicatorSource, IndicatorUnit, Leadership, Sex } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { indicatorScope, nsbScope, programmeScope } from "@/server/auth/scopes";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { isBoundToNsb, seesPersonalData } from "@/server/auth/roles";
import { capacityScoreChange } from "@/server/assessments/indicator";

/*
 * Computed indicators: values derived from the app's own rows, never typed in.
 *
 * - PARTICIPANTS_TRAINED: distinct people with a participation marked ATTENDED or PARTIAL
 *   (partial attendance counts as trained, as on the activity page's totals) in an activity
 *   of the programme that starts in the period; trainers are not counted (they train, they
 *   are not trained). A person who attended several activities counts once. By sex and by
 *   the person's NSB.
 * - WOMEN_SHARE: the percentage of those same people who are FEMALE.
 * - AVG_KNOWLEDGE_GAIN: the mean of (post-test − pre-test) over participations (trainers
 *   excepted) in those activities with both scores, in percentage points.
 * - AVG_SATISFACTION: the mean satisfaction (1-5) over participations (trainers excepted)
 *   in those activities with a rating.
 * - NATIONAL_ADOPTIONS: NationalAdoption rows adopted in the period by the programme's
 *   beneficiary NSBs (a plan-wide indicator: every NSB in the caller's scope), by NSB.
 * - LEADERSHIP_POSITIONS: CommitteeRole rows with a leadership role (not NONE) held at any
 *   time in the period (from ≤ period end, and no end or end ≥ period start), same NSBs.
 * - CAPACITY_SCORE_CHANGE: NSB self-assessment score change, baseline → latest (src/server/assessments/indicator.ts).
 *
 * A plan-wide indicator's participant figures cover the activities of every programme in
 * the caller's scope. Scope: a focal point gets their own NSB's figures only (their own
 * people; their own NSB's adoptions and roles); a donor only indicators of programmes it
 * funds (others answer NotFoundError, like everywhere) and no names: its sample rows carry
 * ids only.
 */

export type ComputedSource = Exclude<IndicatorSource, "MANUAL">;

export interface ComputeOptions {
  /** First day of the period (a Date at midnight UTC, or "yyyy-mm-dd"). */
  periodStart: Date | string;
  /** Last day of the period, included. */
  periodEnd: Date | string;
  /** Only this NSB's figures (must be in the caller's scope). */
  nsbId?: string | null;
}

export interface NsbFigure {
  nsbId: string;
  acronym: string;
  /** The figure for this NSB (null: nothing to average). */
  value: number | null;
  /** Source rows behind it. */
  rows: number;
  /** This NSB's target for the period (computedSeries only). */
  target?: number | null;
}

/** One source row and what was counted from it. */
export interface ComputedSampleRow {
  /** The id of the participation, national adoption or committee role. */
  id: string;
  kind: "participation" | "nationalAdoption" | "committeeRole" | "assessmentRound";
  /** The activity's start, the adoption date, or the role's start (yyyy-mm-dd). */
  date: string;
  nsbId: string | null;
  nsb: string | null;
  participantId?: string;
  activityId?: string;
  /** Staff and focal points only. */
  participantName?: string;
  activityTitle?: string;
  /** The standard adopted or the committee (public facts). */
  label?: string;
  counted: {
    sex?: Sex;
    /** The person was already counted from an earlier row (counted once). */
    repeat?: boolean;
    pre?: number;
    post?: number;
    gain?: number;
    satisfaction?: number;
    degree?: AdoptionDegree;
    leadership?: Leadership;
  };
}

export interface ComputedExplanation {
  /** How the value was computed, in plain English. */
  formula: string;
  /** How many source rows were read. */
  rows: number;
  /** For a share: people counted in the numerator and denominator. */
  numerator?: number;
  denominator?: number;
  /** Up to 20 source rows. */
  sample: ComputedSampleRow[];
}

export interface ComputedValue {
  indicatorId: string;
  source: ComputedSource;
  unit: IndicatorUnit;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  byNsb?: NsbFigure[];
  bySex?: Record<Sex, number>;
  explanation: ComputedExplanation;
}

export interface ComputedSeriesPoint extends ComputedValue {
  /** The target for the period: overall (a focal point: their NSB's), or null. */
  target: number | null;
}

export interface ComputedSeries {
  indicator: {
    id: string;
    code: string;
    title: string;
    unit: IndicatorUnit;
    source: ComputedSource;
    disaggregateByNsb: boolean;
    disaggregateBySex: boolean;
    programme: { id: string; code: string; title: string } | null;
  };
  /** Where the periods come from: the indicator's period targets, or calendar years. */
  periodsFrom: "targets" | "years";
  points: ComputedSeriesPoint[];
}

const SAMPLE_SIZE = 20;
const SEXES: readonly Sex[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];
const TRAINED: Prisma.ParticipationWhereInput = { attendance: { in: ["ATTENDED", "PARTIAL"] } };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const round2 = (n: number) => Math.round(n * 100) / 100;
const push = (groups: Map<string, number[]>, key: string, value: number) => {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
};
const mean = (values: readonly number[]) => (values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null);

const indicatorSelect = {
  id: true,
  code: true,
  title: true,
  unit: true,
  source: true,
  disaggregateByNsb: true,
  disaggregateBySex: true,
  programmeId: true,
  programme: {
    select: {
      id: true,
      code: true,
      title: true,
      startDate: true,
      endDate: true,
      beneficiaries: { select: { organization: { select: { id: true, acronym: true } } } },
    },
  },
  actionPlan: { select: { startYear: true, endYear: true } },
  targets: { select: { periodStart: true, periodEnd: true, organizationId: true, targetValue: true } },
} satisfies Prisma.IndicatorSelect;

type LoadedIndicator = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

interface Context {
  actor: Actor;
  indicator: LoadedIndicator & { source: ComputedSource };
  /** NSB ids the figures are limited to (null: no limit). */
  nsbIds: string[] | null;
  /** Acronym of the one NSB the figures are limited to, for the formula. */
  nsbLabel: string | null;
  /** Names and titles in sample rows (not for donors). */
  names: boolean;
}

async function loadIndicator(actor: Actor, indicatorId: string) {
  assertCan(actor, "dashboards.read");
  const indicator = await db().indicator.findFirst({ where: { AND: [{ id: indicatorId }, indicatorScope(actor)] }, select: indicatorSelect });
  if (!indicator) throw new NotFoundError("Indicator");
  if (indicator.source === "MANUAL") throw new DomainValidationError("This indicator is reported by NSBs, not computed from the app's data.");
  return indicator as LoadedIndicator & { source: ComputedSource };
}

/** Which NSBs the figures cover: a focal point only theirs; an asked-for NSB must be in scope. */
async function contextFor(actor: Actor, indicator: Context["indicator"], nsbId: string | null | undefined): Promise<Context> {
  const names = seesPersonalData(actor);
  if (isBoundToNsb(actor)) {
    const own = actor.organizationId;
    if (!own || (nsbId && nsbId !== own)) throw new NotFoundError("NSB");
    const nsb = await db().organization.findFirst({ where: { id: own }, select: { acronym: true } });
    return { actor, indicator, nsbIds: [own], nsbLabel: nsb?.acronym ?? null, names };
  }
  if (nsbId) {
    const nsb = await db().organization.findFirst({ where: { AND: [{ id: nsbId }, nsbScope(actor)] }, select: { id: true, acronym: true } });
    if (!nsb) throw new NotFoundError("NSB");
    return { actor, indicator, nsbIds: [nsb.id], nsbLabel: nsb.acronym, names };
  }
  return { actor, indicator, nsbIds: null, nsbLabel: null, names };
}

function toDate(value: Date | string, field: string): Date {
  const d = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  if (Number.isNaN(d.getTime())) throw new DomainValidationError("Enter the period as two dates.", { [field]: ["Enter a date as YYYY-MM-DD."] });
  return d;
}

function periodOf(options: ComputeOptions) {
  const start = toDate(options.periodStart, "periodStart");
  const end = toDate(options.periodEnd, "periodEnd");
  if (end < start) throw new DomainValidationError("The period ends before it starts.", { periodEnd: ["The end must be on or after the start."] });
  return { start, end };
}

// ───────────────────────── Participant figures ─────────────────────────

function participationWhere(ctx: Context, start: Date, end: Date, extra: Prisma.ParticipationWhereInput): Prisma.ParticipationWhereInput {
  const { indicator, actor } = ctx;
  return {
    AND: [
      { role: { not: "TRAINER" } },
      {
        activity: {
          AND: [indicator.programmeId ? { programmeId: indicator.programmeId } : { programme: programmeScope(actor) }, { startDate: { gte: start, lte: end } }],
        },
      },
      ctx.nsbIds ? { participant: { organizationId: { in: ctx.nsbIds } } } : {},
      extra,
    ],
  };
}

const participationSelect = {
  id: true,
  participantId: true,
  activityId: true,
  preTestScore: true,
  postTestScore: true,
  satisfaction: true,
  activity: { select: { startDate: true } },
  participant: { select: { sex: true, organizationId: true } },
} satisfies Prisma.ParticipationSelect;
type SourceParticipation = Prisma.ParticipationGetPayload<{ select: typeof participationSelect }>;

async function participations(ctx: Context, start: Date, end: Date, extra: Prisma.ParticipationWhereInput) {
  return db().participation.findMany({
    where: participationWhere(ctx, start, end, extra),
    select: participationSelect,
    orderBy: [{ activity: { startDate: "asc" } }, { activityId: "asc" }, { participantId: "asc" }, { id: "asc" }],
  });
}

/** Acronyms of the NSBs named, and the NSBs to list with zeros (a programme's beneficiaries in scope). */
async function nsbNames(ctx: Context, ids: Iterable<string>) {
  const wanted = new Set(ids);
  const listed = (ctx.indicator.programme?.beneficiaries ?? []).map((b) => b.organization).filter((o) => ctx.nsbIds === null || ctx.nsbIds.includes(o.id));
  for (const o of listed) wanted.delete(o.id);
  const others = wanted.size ? await db().organization.findMany({ where: { id: { in: [...wanted] } }, select: { id: true, acronym: true } }) : [];
  const names = new Map([...listed, ...others].map((o) => [o.id, o.acronym]));
  return { names, listed: listed.map((o) => o.id) };
}

/** Figures by NSB: every listed NSB (zeros included), then any other NSB with rows, by acronym. */
async function byNsbOf(ctx: Context, groups: Map<string, number[]>, figure: (values: number[]) => number | null, rowsOf: (values: number[]) => number = (v) => v.length) {
  const { names, listed } = await nsbNames(ctx, groups.keys());
  const ids = new Set([...listed, ...groups.keys()]);
  return [...ids]
    .map((nsbId) => {
      const values = groups.get(nsbId) ?? [];
      return { nsbId, acronym: names.get(nsbId) ?? "?", value: figure(values), rows: rowsOf(values) };
    })
    .sort((a, b) => a.acronym.localeCompare(b.acronym));
}

/** Sample rows of participations, with names and titles for those who may see them. */
async function participationSample(ctx: Context, rows: SourceParticipation[], counted: (row: SourceParticipation, index: number) => ComputedSampleRow["counted"]) {
  const picked = rows.slice(0, SAMPLE_SIZE);
  const nsbIds = [...new Set(picked.map((r) => r.participant.organizationId))];
  const [orgs, people, activities] = await Promise.all([
    db().organization.findMany({ where: { id: { in: nsbIds } }, select: { id: true, acronym: true } }),
    ctx.names ? db().participant.findMany({ where: { id: { in: picked.map((r) => r.participantId) } }, select: { id: true, fullName: true } }) : [],
    ctx.names ? db().activity.findMany({ where: { id: { in: picked.map((r) => r.activityId) } }, select: { id: true, title: true } }) : [],
  ]);
  const acronym = new Map(orgs.map((o) => [o.id, o.acronym]));
  const person = new Map(people.map((p) => [p.id, p.fullName]));
  const activity = new Map(activities.map((a) => [a.id, a.title]));
  return picked.map((r, i): ComputedSampleRow => ({
    id: r.id,
    kind: "participation",
    date: iso(r.activity.startDate),
    nsbId: r.participant.organizationId,
    nsb: acronym.get(r.participant.organizationId) ?? null,
    participantId: r.participantId,
    activityId: r.activityId,
    ...(ctx.names ? { participantName: person.get(r.participantId) ?? "", activityTitle: activity.get(r.activityId) ?? "" } : {}),
    counted: counted(r, i),
  }));
}

function scopeWords(ctx: Context, start: Date, end: Date) {
  const where = ctx.indicator.programme ? `programme ${ctx.indicator.programme.code}` : "any programme you can see";
  const nsb = ctx.nsbLabel ? `, people of ${ctx.nsbLabel} only` : "";
  return { where, nsb, period: `${iso(start)} to ${iso(end)}` };
}

async function peopleTrained(ctx: Context, start: Date, end: Date, share: boolean): Promise<Omit<ComputedValue, "indicatorId" | "source" | "unit" | "periodStart" | "periodEnd">> {
  const rows = await participations(ctx, start, end, TRAINED);
  const people = new Map<string, { sex: Sex; nsbId: string }>();
  const firstRowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    if (people.has(r.participantId)) return;
    people.set(r.participantId, { sex: r.participant.sex, nsbId: r.participant.organizationId });
    firstRowOf.set(r.participantId, i);
  });
  const bySex = Object.fromEntries(SEXES.map((s) => [s, 0])) as Record<Sex, number>;
  // Per NSB: 1 per woman, 0 per other person (a share is their mean; a count their length).
  const groups = new Map<string, number[]>();
  for (const p of people.values()) {
    bySex[p.sex] += 1;
    push(groups, p.nsbId, p.sex === "FEMALE" ? 1 : 0);
  }
  const total = people.size;
  const women = bySex.FEMALE;
  const words = scopeWords(ctx, start, end);
  const sample = await participationSample(ctx, rows, (r, i) => ({ sex: r.participant.sex, repeat: firstRowOf.get(r.participantId) !== i }));
  const attendedWords = `attended (fully or partly) at least one activity of ${words.where} starting from ${words.period}${words.nsb}; trainers are not counted, and a person who attended several activities counts once`;
  if (share) {
    return {
      value: total ? round2((100 * women) / total) : null,
      byNsb: await byNsbOf(ctx, groups, (v) => (v.length ? round2((100 * v.reduce((a, b) => a + b, 0)) / v.length) : null)),
      bySex,
      explanation: {
        formula: `Women as a percentage of the distinct people who ${attendedWords}: ${women} of ${total}.`,
        rows: rows.length,
        numerator: women,
        denominator: total,
        sample,
      },
    };
  }
  return {
    value: total,
    byNsb: await byNsbOf(ctx, groups, (v) => v.length),
    bySex,
    explanation: { formula: `Distinct people who ${attendedWords}.`, rows: rows.length, sample },
  };
}

async function averageOf(ctx: Context, start: Date, end: Date, kind: "gain" | "satisfaction") {
  const rows =
    kind === "gain"
      ? await participations(ctx, start, end, { preTestScore: { not: null }, postTestScore: { not: null } })
      : await participations(ctx, start, end, { satisfaction: { not: null } });
  const valueOf = (r: SourceParticipation) => (kind === "gain" ? r.postTestScore! - r.preTestScore! : r.satisfaction!);
  const groups = new Map<string, number[]>();
  for (const r of rows) push(groups, r.participant.organizationId, valueOf(r));
  const words = scopeWords(ctx, start, end);
  const over = `participations (trainers excepted) in activities of ${words.where} starting from ${words.period}${words.nsb}`;
  return {
    value: mean(rows.map(valueOf)),
    byNsb: await byNsbOf(ctx, groups, mean),
    explanation: {
      formula:
        kind === "gain"
          ? `The average of (post-test score − pre-test score), in percentage points, over the ${rows.length} ${over} that have both scores.`
          : `The average satisfaction rating (1 to 5) over the ${rows.length} ${over} that have a rating.`,
      rows: rows.length,
      sample: await participationSample(ctx, rows, (r) =>
        kind === "gain" ? { pre: r.preTestScore!, post: r.postTestScore!, gain: valueOf(r) } : { satisfaction: r.satisfaction! },
      ),
    },
  };
}

// ───────────────────────── Evidence figures ─────────────────────────

/** The NSBs whose evidence counts: the programme's beneficiaries (plan-wide: every NSB), within the caller's scope. */
function evidenceNsbWhere(ctx: Context): Prisma.OrganizationWhereInput {
  return {
    AND: [
      nsbScope(ctx.actor),
      ctx.indicator.programmeId ? { beneficiaryOf: { some: { programmeId: ctx.indicator.programmeId } } } : {},
      ctx.nsbIds ? { id: { in: ctx.nsbIds } } : {},
    ],
  };
}

async function adoptionsCount(ctx: Context, start: Date, end: Date) {
  const rows = await db().nationalAdoption.findMany({
    where: { organization: evidenceNsbWhere(ctx), adoptionDate: { gte: start, lte: end } },
    select: { id: true, standardReference: true, nationalReference: true, adoptionDate: true, degree: true, organization: { select: { id: true, acronym: true } } },
    orderBy: [{ adoptionDate: "asc" }, { id: "asc" }],
  });
  const groups = new Map<string, number[]>();
  for (const r of rows) push(groups, r.organization.id, 1);
  const whose = ctx.indicator.programme ? `the beneficiary NSBs of programme ${ctx.indicator.programme.code}` : "every NSB you can see";
  return {
    value: rows.length,
    byNsb: await byNsbOf(ctx, groups, (v) => v.length),
    explanation: {
      formula: `National adoptions of ISO standards (identical or modified) recorded for ${ctx.nsbLabel ?? whose}, with an adoption date from ${iso(start)} to ${iso(end)}.`,
      rows: rows.length,
      sample: rows.slice(0, SAMPLE_SIZE).map((r): ComputedSampleRow => ({
        id: r.id,
        kind: "nationalAdoption",
        date: iso(r.adoptionDate),
        nsbId: r.organization.id,
        nsb: r.organization.acronym,
        label: `${r.standardReference} → ${r.nationalReference}`,
        counted: { degree: r.degree },
      })),
    },
  };
}

async function leadershipCount(ctx: Context, start: Date, end: Date) {
  const rows = await db().committeeRole.findMany({
    where: {
      organization: evidenceNsbWhere(ctx),
      leadership: { not: "NONE" },
      fromDate: { lte: end },
      OR: [{ toDate: null }, { toDate: { gte: start } }],
    },
    select: { id: true, committee: true, leadership: true, fromDate: true, organization: { select: { id: true, acronym: true } } },
    orderBy: [{ fromDate: "asc" }, { id: "asc" }],
  });
  const groups = new Map<string, number[]>();
  for (const r of rows) push(groups, r.organization.id, 1);
  const whose = ctx.indicator.programme ? `the beneficiary NSBs of programme ${ctx.indicator.programme.code}` : "every NSB you can see";
  return {
    value: rows.length,
    byNsb: await byNsbOf(ctx, groups, (v) => v.length),
    explanation: {
      formula: `ISO committee roles with a leadership position (chair, secretary, convener or twinning) held by ${ctx.nsbLabel ?? whose} at any time from ${iso(start)} to ${iso(end)}.`,
      rows: rows.length,
      sample: rows.slice(0, SAMPLE_SIZE).map((r): ComputedSampleRow => ({
        id: r.id,
        kind: "committeeRole",
        date: iso(r.fromDate),
        nsbId: r.organization.id,
        nsb: r.organization.acronym,
        label: r.committee,
        counted: { leadership: r.leadership },
      })),
    },
  };
}

async function compute(ctx: Context, start: Date, end: Date): Promise<ComputedValue> {
  const { indicator } = ctx;
  const head = { indicatorId: indicator.id, source: indicator.source, unit: indicator.unit, periodStart: iso(start), periodEnd: iso(end) };
  switch (indicator.source) {
    case "PARTICIPANTS_TRAINED":
      return { ...head, ...(await peopleTrained(ctx, start, end, false)) };
    case "WOMEN_SHARE":
      return { ...head, ...(await peopleTrained(ctx, start, end, true)) };
    case "AVG_KNOWLEDGE_GAIN":
      return { ...head, ...(await averageOf(ctx, start, end, "gain")) };
    case "AVG_SATISFACTION":
      return { ...head, ...(await averageOf(ctx, start, end, "satisfaction")) };
    case "NATIONAL_ADOPTIONS":
      return { ...head, ...(await adoptionsCount(ctx, start, end)) };
    case "LEADERSHIP_POSITIONS":
      return { ...head, ...(await leadershipCount(ctx, start, end)) };
    case "CAPACITY_SCORE_CHANGE":
      return { ...head, ...(await capacityScoreChange(ctx.actor, { programmeId: indicator.programmeId, nsbIds: ctx.nsbIds, nsbLabel: ctx.nsbLabel, programmeCode: indicator.programme?.code ?? null, start, end, unit: indicator.unit })) };
  }
}

/** The value of a computed indicator for one period, with how it was computed and from which rows. */
export async function computeIndicatorValue(actor: Actor, indicatorId: string, options: ComputeOptions): Promise<ComputedValue> {
  const { start, end } = periodOf(options);
  const indicator = await loadIndicator(actor, indicatorId);
  const ctx = await contextFor(actor, indicator, options.nsbId);
  return compute(ctx, start, end);
}

/** Calendar years within [start, end], clipped to it. */
function calendarYears(start: Date, end: Date) {
  const out: { start: Date; end: Date }[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear() && out.length < 50; year++) {
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year, 11, 31));
    out.push({ start: from < start ? start : from, end: to > end ? end : to });
  }
  return out;
}

/**
 * The indicator's value for each of its target periods (each distinct start and end once),
 * with the target beside it; without targets, for each calendar year of the programme
 * (a plan-wide indicator: of its Action Plan).
 */
export async function computedSeries(actor: Actor, indicatorId: string, options: { nsbId?: string | null } = {}): Promise<ComputedSeries> {
  const indicator = await loadIndicator(actor, indicatorId);
  const ctx = await contextFor(actor, indicator, options.nsbId);
  const periods: { start: Date; end: Date }[] = [];
  for (const t of indicator.targets) {
    if (!periods.some((p) => p.start.getTime() === t.periodStart.getTime() && p.end.getTime() === t.periodEnd.getTime())) periods.push({ start: t.periodStart, end: t.periodEnd });
  }
  periods.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  const periodsFrom = periods.length ? "targets" : "years";
  if (!periods.length) {
    if (indicator.programme) periods.push(...calendarYears(indicator.programme.startDate, indicator.programme.endDate));
    else if (indicator.actionPlan) periods.push(...calendarYears(new Date(Date.UTC(indicator.actionPlan.startYear, 0, 1)), new Date(Date.UTC(indicator.actionPlan.endYear, 11, 31))));
  }

  const points: ComputedSeriesPoint[] = [];
  for (const period of periods) {
    const value = await compute(ctx, period.start, period.end);
    const inPeriod = indicator.targets.filter((t) => t.periodStart.getTime() === period.start.getTime() && t.periodEnd.getTime() === period.end.getTime());
    const targetOf = (nsbId: string | null) => {
      const t = inPeriod.find((x) => x.organizationId === nsbId);
      return t ? Number(t.targetValue.toString()) : null;
    };
    const own = ctx.nsbIds?.length === 1 ? ctx.nsbIds[0]! : null;
    points.push({
      ...value,
      target: own ? targetOf(own) : targetOf(null),
      ...(value.byNsb ? { byNsb: value.byNsb.map((n) => ({ ...n, target: targetOf(n.nsbId) })) } : {}),
    });
  }
  return {
    indicator: {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      source: indicator.source,
      disaggregateByNsb: indicator.disaggregateByNsb,
      disaggregateBySex: indicator.disaggregateBySex,
      programme: indicator.programme ? { id: indicator.programme.id, code: indicator.programme.code, title: indicator.programme.title } : null,
    },
    periodsFrom,
    points,
  };
}
