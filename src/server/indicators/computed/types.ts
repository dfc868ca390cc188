import type { AdoptionDegree, IndicatorSource, IndicatorUnit, Leadership, Sex } from "@/generated/prisma/enums";

/* The shapes of computed values, as pages, dashboards and exports read them. */

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

/** What one source gives for a period: its value, disaggregations and explanation. */
export type SourceResult = Omit<ComputedValue, "indicatorId" | "source" | "unit" | "periodStart" | "periodEnd">;
