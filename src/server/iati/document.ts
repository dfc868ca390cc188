import "server-only";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { IndicatorDirection, IndicatorUnit, ProgrammeStatus, ResultLevel } from "@/generated/prisma/enums";
import { reportingPeriods, samePeriod, type Period } from "@/domain/reports/rules";
import {
  ACTIVITY_DATE,
  ACTIVITY_SCOPE,
  ACTIVITY_STATUS,
  BUDGET,
  DEFAULTS,
  DESCRIPTION_TYPE,
  IATI_VERSION,
  INDICATOR_MEASURE,
  INDICATOR_VOCABULARY,
  LANGUAGE,
  ORG_ROLE,
  REPORTING_ORG_NAME,
  REPORTING_ORG_TYPE,
  RESULT_TYPE,
  SECTOR,
} from "./codes";

/*
 * The IATI 2.03 activity XML of programmes, from plain data (no database here): the data
 * layer (./export.ts) loads what the caller may see and hands it over. The XML is built with
 * xmlbuilder2, which escapes every text and attribute; characters XML 1.0 cannot hold at all
 * (control characters, lone surrogates) are removed first.
 */

export interface IatiTarget extends Period {
  organizationId: string | null;
  value: number;
}

/** An APPROVED indicator report (only approved values are published). */
export interface IatiReport extends Period {
  organizationId: string | null;
  value: number | null;
  valueFemale: number | null;
  valueMale: number | null;
  valueOther: number | null;
}

/** A text's French and Spanish versions ("" or missing: none), each written as its own narrative. */
export interface Versions {
  fr?: string;
  es?: string;
}

export interface IatiIndicator {
  code: string;
  title: string;
  titleVersions?: Versions;
  definition: string;
  unit: IndicatorUnit;
  currency: string | null;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: Date | null;
  resultArea: { id: string; code: string; title: string; description: string; level: ResultLevel } | null;
  targets: readonly IatiTarget[];
  /** Approved reports (a manually reported indicator). */
  reports: readonly IatiReport[];
  /** A computed indicator's values for its periods (null: a manually reported indicator). */
  computed: readonly ComputedActual[] | null;
}

/** The value of a computed indicator for one period, from the app's own rows. */
export interface ComputedActual extends Period {
  actual: PeriodActual;
}

export interface IatiProgramme {
  code: string;
  title: string;
  summary: string;
  objectives: string;
  /** French and Spanish versions of title, summary and objectives. */
  versions?: { title?: Versions; summary?: Versions; objectives?: Versions };
  region: string;
  status: ProgrammeStatus;
  startDate: Date;
  endDate: Date;
  budgetAmount: number | null;
  budgetCurrency: string;
  updatedAt: Date;
  donors: readonly { name: string }[];
  beneficiaries: readonly { name: string; acronym: string; countryCode: string | null; countryName: string | null }[];
  indicators: readonly IatiIndicator[];
}

export interface IatiOptions {
  /** The reporting organisation's IATI identifier (IATI_REPORTING_ORG_REF). */
  orgRef: string;
  /** When the file is generated (generated-datetime; also "today" for actual dates). */
  now: Date;
}

// ───────────────────────── small pure helpers ─────────────────────────

/** Text XML 1.0 can hold: control characters (but tab and line breaks) and lone surrogates removed, trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .trim();
}

/** yyyy-mm-dd of a calendar day stored as UTC midnight. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** An xsd:dateTime without milliseconds. */
export const isoDateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A number as IATI wants it in @value: plain decimal, at most two decimals, no trailing zeros. */
export function formatValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** `count` shares of 100 (two decimals) that add up to exactly 100: the first ones take the rounding. */
export function splitPercentages(count: number): string[] {
  if (count <= 0) return [];
  const base = Math.floor(10_000 / count);
  const extra = 10_000 - base * count;
  return Array.from({ length: count }, (_, i) => formatValue((base + (i < extra ? 1 : 0)) / 100));
}

const DAY = 86_400_000;
const days = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / DAY) + 1;

export interface BudgetPeriod extends Period {
  /** The amount, two decimals, as text. */
  value: string;
}

/**
 * The programme budget as IATI budgets, each period at most one year long (IATI's rule):
 * consecutive years from the start date, the last one cut at the end date. The amount is
 * shared in proportion to each period's days, in cents, the last period taking the rounding.
 */
export function budgetPeriods(start: Date, end: Date, amount: number): BudgetPeriod[] {
  if (end.getTime() < start.getTime()) return [];
  const periods: Period[] = [];
  let from = start;
  while (from.getTime() <= end.getTime()) {
    const yearLater = new Date(Date.UTC(from.getUTCFullYear() + 1, from.getUTCMonth(), from.getUTCDate()) - DAY);
    const to = yearLater.getTime() < end.getTime() ? yearLater : end;
    periods.push({ periodStart: from, periodEnd: to });
    from = new Date(to.getTime() + DAY);
  }
  const total = BigInt(Math.round(amount * 100));
  const totalDays = BigInt(days(start, end));
  let left = total;
  return periods.map((period, i) => {
    const cents = i === periods.length - 1 ? left : (total * BigInt(days(period.periodStart, period.periodEnd))) / totalDays;
    left -= cents;
    const whole = cents / 100n;
    const rest = (cents % 100n).toString().padStart(2, "0");
    return { ...period, value: `${whole}.${rest}` };
  });
}

/**
 * Several values of one indicator for one period, as one: counts and amounts add up,
 * percentages are averaged, and a yes/no is yes only when every value is yes (an
 * indicator is not reported as met while one NSB says it is not).
 */
export function aggregate(unit: IndicatorUnit, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  switch (unit) {
    case "COUNT":
    case "CURRENCY":
      return values.reduce((sum, v) => sum + v, 0);
    case "PERCENT":
      return values.reduce((sum, v) => sum + v, 0) / values.length;
    case "YES_NO":
      return Math.min(...values);
  }
}

export interface PeriodActual {
  value: number;
  /** By sex, only where every counted report gives it. */
  female: number | null;
  male: number | null;
  other: number | null;
}

export interface IndicatorPeriod extends Period {
  target: number | null;
  actual: PeriodActual | null;
}

const within = (inner: Period, outer: Period) =>
  outer.periodStart.getTime() <= inner.periodStart.getTime() && inner.periodEnd.getTime() <= outer.periodEnd.getTime();

/** One value for a period from its approved reports: programme-wide reports when there are any, else the NSBs'. */
export function periodActual(unit: IndicatorUnit, reports: readonly IatiReport[]): PeriodActual | null {
  const withValue = reports.filter((r) => r.value != null);
  const wide = withValue.filter((r) => r.organizationId === null);
  const counted = wide.length > 0 ? wide : withValue;
  const value = aggregate(unit, counted.map((r) => r.value as number));
  if (value === null) return null;
  const bySex = (pick: (r: IatiReport) => number | null) =>
    counted.every((r) => pick(r) != null) ? aggregate(unit, counted.map((r) => pick(r) as number)) : null;
  const female = bySex((r) => r.valueFemale);
  const male = bySex((r) => r.valueMale);
  // "Other" may be left empty (meaning none) when women and men are given.
  const others = counted.filter((r) => r.valueOther != null).map((r) => r.valueOther as number);
  const other = female !== null && male !== null ? aggregate(unit, others) : null;
  return { value, female, male, other: other !== null && other > 0 ? other : null };
}

/**
 * The periods published for an indicator, with a target and an actual each:
 * - the periods it is reported for (reportingPeriods: its target periods, a period that
 *   contains shorter ones left out; without targets, the programme's half-years);
 * - a computed indicator's actual is its value for exactly that period;
 * - a reported indicator's: its approved reports lying within the period; a report that
 *   lies within none of the periods brings its own;
 * - target: the overall target of exactly that period, else its per-NSB targets aggregated;
 * - a period with neither a target nor an approved value is left out.
 */
export function indicatorPeriods(indicator: Pick<IatiIndicator, "unit" | "targets" | "reports" | "computed">, span: { start: Date; end: Date }): IndicatorPeriod[] {
  const periods: Period[] = reportingPeriods(indicator.targets, span);
  const assigned = new Map<Period, IatiReport[]>(periods.map((p) => [p, []]));
  for (const report of indicator.computed === null ? indicator.reports : []) {
    let home = periods.find((p) => within(report, p));
    if (!home) {
      home = { periodStart: report.periodStart, periodEnd: report.periodEnd };
      periods.push(home);
      assigned.set(home, []);
    }
    assigned.get(home)!.push(report);
  }
  periods.sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.periodEnd.getTime() - b.periodEnd.getTime());
  const result: IndicatorPeriod[] = [];
  for (const period of periods) {
    const exact = indicator.targets.filter((t) => samePeriod(t, period));
    const overall = exact.filter((t) => t.organizationId === null);
    const target = aggregate(indicator.unit, (overall.length > 0 ? overall : exact).map((t) => t.value));
    const actual =
      indicator.computed === null
        ? periodActual(indicator.unit, assigned.get(period) ?? [])
        : (indicator.computed.find((c) => samePeriod(c, period))?.actual ?? null);
    if (target === null && actual === null) continue;
    result.push({ periodStart: period.periodStart, periodEnd: period.periodEnd, target, actual });
  }
  return result;
}

// ───────────────────────────── XML ─────────────────────────────

/**
 * An element with its narrative in the activity's language (English, no xml:lang) and one
 * more narrative per language it was translated into, marked with its xml:lang.
 */
function narrative(parent: XMLBuilder, name: string, text: string, attributes: Record<string, string> = {}, versions: Versions = {}) {
  const node = parent.ele(name, attributes);
  node.ele("narrative").txt(cleanText(text)).up();
  for (const lang of ["fr", "es"] as const) {
    const version = cleanText(versions[lang] ?? "");
    if (version) node.ele("narrative", { "xml:lang": lang }).txt(version).up();
  }
  node.up();
}

function description(parent: XMLBuilder, text: string) {
  const clean = cleanText(text);
  if (clean) parent.ele("description").ele("narrative").txt(clean).up().up();
}

function activity(root: XMLBuilder, programme: IatiProgramme, options: IatiOptions) {
  const today = isoDate(options.now);
  const node = root.ele("iati-activity", {
    "last-updated-datetime": isoDateTime(programme.updatedAt),
    "xml:lang": LANGUAGE,
    "default-currency": programme.budgetCurrency,
  });
  node.ele("iati-identifier").txt(`${options.orgRef}-${programme.code}`).up();
  narrative(node, "reporting-org", REPORTING_ORG_NAME, { ref: options.orgRef, type: REPORTING_ORG_TYPE });
  narrative(node, "title", programme.title, {}, programme.versions?.title);

  // description: general (summary), objectives, target groups (the beneficiary NSBs); at least one.
  const descriptions: [string, string, Versions?][] = [];
  if (cleanText(programme.summary)) descriptions.push([DESCRIPTION_TYPE.general, programme.summary, programme.versions?.summary]);
  if (cleanText(programme.objectives)) descriptions.push([DESCRIPTION_TYPE.objectives, programme.objectives, programme.versions?.objectives]);
  if (programme.beneficiaries.length > 0) {
    const names = programme.beneficiaries.map((b) => `${b.name} (${b.acronym}${b.countryName ? `, ${b.countryName}` : ""})`);
    descriptions.push([DESCRIPTION_TYPE.targetGroups, `National standards bodies: ${names.join("; ")}.`]);
  }
  if (descriptions.length === 0) descriptions.push([DESCRIPTION_TYPE.general, programme.title, programme.versions?.title]);
  for (const [type, text, versions] of descriptions) narrative(node, "description", text, { type }, versions);

  for (const donor of programme.donors) narrative(node, "participating-org", donor.name, { role: ORG_ROLE.funding });
  narrative(node, "participating-org", REPORTING_ORG_NAME, { ref: options.orgRef, type: REPORTING_ORG_TYPE, role: ORG_ROLE.implementing });

  node.ele("activity-status", { code: ACTIVITY_STATUS[programme.status] }).up();
  const start = isoDate(programme.startDate);
  const end = isoDate(programme.endDate);
  node.ele("activity-date", { type: ACTIVITY_DATE.plannedStart, "iso-date": start }).up();
  // Actual dates only once they are reached (IATI: an actual date is never in the future).
  if (programme.status !== "PLANNED" && start <= today) node.ele("activity-date", { type: ACTIVITY_DATE.actualStart, "iso-date": start }).up();
  node.ele("activity-date", { type: ACTIVITY_DATE.plannedEnd, "iso-date": end }).up();
  if (programme.status === "CLOSED" && end <= today) node.ele("activity-date", { type: ACTIVITY_DATE.actualEnd, "iso-date": end }).up();

  const countries = new Map<string, string | null>();
  for (const b of programme.beneficiaries) if (b.countryCode && !countries.has(b.countryCode)) countries.set(b.countryCode, b.countryName);
  if (countries.size > 0) {
    const scope = countries.size === 1 ? ACTIVITY_SCOPE.national : cleanText(programme.region) ? ACTIVITY_SCOPE.regional : ACTIVITY_SCOPE.multiNational;
    node.ele("activity-scope", { code: scope }).up();
  }
  const shares = splitPercentages(countries.size);
  [...countries.entries()].forEach(([code, name], i) => {
    const country = node.ele("recipient-country", countries.size > 1 ? { code, percentage: shares[i]! } : { code });
    if (name) country.ele("narrative").txt(cleanText(name)).up();
  });

  narrative(node, "sector", SECTOR.name, { vocabulary: SECTOR.vocabulary, code: SECTOR.code });
  node.ele("collaboration-type", { code: DEFAULTS.collaborationType }).up();
  node.ele("default-flow-type", { code: DEFAULTS.flowType }).up();
  node.ele("default-finance-type", { code: DEFAULTS.financeType }).up();
  node.ele("default-aid-type", { code: DEFAULTS.aidType }).up();

  if (programme.budgetAmount !== null) {
    for (const budget of budgetPeriods(programme.startDate, programme.endDate, programme.budgetAmount)) {
      const b = node.ele("budget", { type: BUDGET.type, status: BUDGET.status });
      b.ele("period-start", { "iso-date": isoDate(budget.periodStart) }).up();
      b.ele("period-end", { "iso-date": isoDate(budget.periodEnd) }).up();
      b.ele("value", { currency: programme.budgetCurrency, "value-date": isoDate(budget.periodStart) }).txt(budget.value).up();
    }
  }

  results(node, programme);
}

/** One result per Action Plan outcome or output measured, holding its indicators. */
function results(node: XMLBuilder, programme: IatiProgramme) {
  const groups = new Map<string, IatiIndicator[]>();
  for (const indicator of programme.indicators) {
    const key = indicator.resultArea?.id ?? "";
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  const span = { start: programme.startDate, end: programme.endDate };
  for (const indicators of groups.values()) {
    const area = indicators[0]!.resultArea;
    const result = node.ele("result", { type: area ? RESULT_TYPE[area.level] : RESULT_TYPE.none });
    narrative(result, "title", area ? `${area.code} ${area.title}` : "Other results");
    if (area) description(result, area.description);
    for (const indicator of indicators) {
      const ind = result.ele("indicator", { measure: INDICATOR_MEASURE[indicator.unit], ascending: indicator.direction === "INCREASE" ? "1" : "0" });
      narrative(ind, "title", indicator.title, {}, indicator.titleVersions);
      const definition = [cleanText(indicator.definition), indicator.unit === "CURRENCY" && indicator.currency ? `Values in ${indicator.currency}.` : ""]
        .filter(Boolean)
        .join(" ");
      description(ind, definition);
      ind.ele("reference", { vocabulary: INDICATOR_VOCABULARY, code: indicator.code }).up();
      if (indicator.baselineValue !== null) {
        const date = indicator.baselineDate ?? programme.startDate;
        ind
          .ele("baseline", {
            year: String(date.getUTCFullYear()),
            ...(indicator.baselineDate ? { "iso-date": isoDate(indicator.baselineDate) } : {}),
            value: formatValue(indicator.baselineValue),
          })
          .up();
      }
      for (const period of indicatorPeriods(indicator, span)) {
        const p = ind.ele("period");
        p.ele("period-start", { "iso-date": isoDate(period.periodStart) }).up();
        p.ele("period-end", { "iso-date": isoDate(period.periodEnd) }).up();
        if (period.target !== null) p.ele("target", { value: formatValue(period.target) }).up();
        if (period.actual) {
          p.ele("actual", { value: formatValue(period.actual.value) }).up();
          const bySex: [string, number | null][] = [
            ["female", period.actual.female],
            ["male", period.actual.male],
            ["other", period.actual.other],
          ];
          for (const [sex, value] of bySex) {
            if (value === null) continue;
            p.ele("actual", { value: formatValue(value) }).ele("dimension", { name: "sex", value: sex }).up().up();
          }
        }
      }
    }
  }
}

/** The iati-activities document (one iati-activity per programme), pretty-printed. */
export function iatiActivitiesXml(programmes: readonly IatiProgramme[], options: IatiOptions): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: IATI_VERSION,
    "generated-datetime": isoDateTime(options.now),
  });
  for (const programme of programmes) activity(root, programme, options);
  return root.end({ prettyPrint: true });
}
