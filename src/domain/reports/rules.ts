import type { IndicatorUnit } from "@/generated/prisma/enums";
import { valueProblem } from "@/domain/indicators/rules";
import type { FieldErrors } from "@/domain/errors";

/** A reporting period: whole calendar days, both ends included (midnight UTC). */
export interface Period {
  periodStart: Date;
  periodEnd: Date;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** "2023-01-01_2023-06-30": a period in a URL or a select. */
export const periodKey = (p: Period) => `${iso(p.periodStart)}_${iso(p.periodEnd)}`;

/** The period a key names, or null when it is not one. */
export function parsePeriodKey(key: string): Period | null {
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (!match) return null;
  const periodStart = day(match[1]!);
  const periodEnd = day(match[2]!);
  if (Number.isNaN(periodStart.getTime()) || Number.isNaN(periodEnd.getTime())) return null;
  if (iso(periodStart) !== match[1] || iso(periodEnd) !== match[2] || periodEnd < periodStart) return null;
  return { periodStart, periodEnd };
}

export const samePeriod = (a: Period, b: Period) =>
  a.periodStart.getTime() === b.periodStart.getTime() && a.periodEnd.getTime() === b.periodEnd.getTime();

/** Whole-day periods that share at least one day. */
export const periodsOverlap = (a: Period, b: Period) =>
  a.periodStart.getTime() <= b.periodEnd.getTime() && b.periodStart.getTime() <= a.periodEnd.getTime();

/** At most this many half-years are offered for an indicator without period targets. */
export const MAX_HALF_YEARS = 40;

/** Calendar half-years (1 Jan – 30 Jun, 1 Jul – 31 Dec) that overlap [start, end]. */
export function halfYears(start: Date, end: Date): Period[] {
  const out: Period[] = [];
  let year = start.getUTCFullYear();
  let half = start.getUTCMonth() < 6 ? 0 : 1;
  while (out.length < MAX_HALF_YEARS) {
    const period = half === 0 ? { periodStart: day(`${year}-01-01`), periodEnd: day(`${year}-06-30`) } : { periodStart: day(`${year}-07-01`), periodEnd: day(`${year}-12-31`) };
    if (period.periodStart > end) break;
    out.push(period);
    if (half === 1) year += 1;
    half = 1 - half;
  }
  return out;
}

/**
 * The periods an indicator is reported for:
 * - its period targets' periods (overall and per NSB), each distinct start/end once,
 *   leaving out a period that contains another one (a target for the whole programme
 *   is a cumulative goal, reported through its shorter periods);
 * - without period targets: the calendar half-years that overlap `span` (the programme's
 *   dates, or the Action Plan's years for a plan-wide indicator).
 * Sorted by start.
 */
export function reportingPeriods(targets: readonly Period[], span: { start: Date; end: Date } | null): Period[] {
  const distinct: Period[] = [];
  for (const t of targets) if (!distinct.some((d) => samePeriod(d, t))) distinct.push({ periodStart: t.periodStart, periodEnd: t.periodEnd });
  const contains = (outer: Period, inner: Period) =>
    !samePeriod(outer, inner) && outer.periodStart.getTime() <= inner.periodStart.getTime() && inner.periodEnd.getTime() <= outer.periodEnd.getTime();
  const periods = distinct.filter((p) => !distinct.some((other) => contains(p, other)));
  const chosen = periods.length ? periods : span ? halfYears(span.start, span.end) : [];
  return chosen.sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.periodEnd.getTime() - b.periodEnd.getTime());
}

export interface ReportValues {
  value: number | null;
  valueFemale: number | null;
  valueMale: number | null;
  valueOther: number | null;
}

const cents = (n: number) => Math.round(n * 100);

/**
 * The value rules of a report: the value is required and fits the unit (count: whole
 * number ≥ 0; percent: 0-100; yes/no: 0 or 1; currency: ≥ 0, two decimals). When the
 * indicator is disaggregated by sex, the values for women and men are required (other:
 * empty means 0), each fits the unit, and for counts and currency amounts the three add
 * up to the total (percentages and yes/no values by sex are not added up).
 */
export function reportValueErrors(indicator: { unit: IndicatorUnit; disaggregateBySex: boolean }, values: ReportValues): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (values.value == null) add("value", "Enter the value for this period.");
  else {
    const problem = valueProblem(indicator.unit, values.value);
    if (problem) add("value", problem);
  }
  if (!indicator.disaggregateBySex) return errors;
  const sexFields = [
    ["valueFemale", "Enter the value for women."],
    ["valueMale", "Enter the value for men."],
    ["valueOther", null],
  ] as const;
  for (const [field, missing] of sexFields) {
    const v = values[field];
    if (v == null) {
      if (missing) add(field, missing);
      continue;
    }
    const problem = valueProblem(indicator.unit, v);
    if (problem) add(field, problem);
  }
  const summed = indicator.unit === "COUNT" || indicator.unit === "CURRENCY";
  if (summed && values.value != null && values.valueFemale != null && values.valueMale != null && Object.keys(errors).length === 0) {
    const total = cents(values.valueFemale) + cents(values.valueMale) + cents(values.valueOther ?? 0);
    if (total !== cents(values.value)) {
      add("value", `The values by sex add up to ${total / 100}, not ${values.value}: women, men and other must add up to the total.`);
    }
  }
  return errors;
}

export const MAX_EVIDENCE_LINKS = 10;
export const MAX_LINK_LENGTH = 2000;

/** Evidence links: at most 10, each an http(s) address. */
export function evidenceLinkErrors(links: readonly string[]): FieldErrors {
  const problems: string[] = [];
  if (links.length > MAX_EVIDENCE_LINKS) problems.push(`At most ${MAX_EVIDENCE_LINKS} evidence links.`);
  links.forEach((link, i) => {
    if (link.length > MAX_LINK_LENGTH) {
      problems.push(`Link ${i + 1} is too long (at most ${MAX_LINK_LENGTH} characters).`);
      return;
    }
    let url: URL | null = null;
    try {
      url = new URL(link);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
      problems.push(`Link ${i + 1} is not a web address: use one starting with https:// or http://.`);
    }
  });
  return problems.length ? { evidenceLinks: problems } : {};
}
