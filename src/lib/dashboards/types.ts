import type { ActivityStatus, ActivityType, AgeBand, IndicatorSource, IndicatorUnit, Sex, StakeholderGroup } from "@/generated/prisma/enums";

/** What the dashboard data functions return (plain, serialisable numbers and strings). */

export const ACTIVITY_STATUSES = ["PLANNED", "ONGOING", "COMPLETED", "CANCELLED"] as const satisfies readonly ActivityStatus[];
export const SEXES = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const satisfies readonly Sex[];
export const AGE_BANDS = ["UNDER_25", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_PLUS", "UNDISCLOSED"] as const satisfies readonly AgeBand[];
export const STAKEHOLDER_GROUPS = [
  "NSB_STAFF",
  "GOVERNMENT_REGULATOR",
  "INDUSTRY",
  "SME",
  "WOMEN_OWNED_BUSINESS",
  "ACADEMIA_RESEARCH",
  "CONSUMER",
  "NGO",
  "OTHER",
] as const satisfies readonly StakeholderGroup[];

export type BySex = Record<Sex, number>;
export const emptyBySex = (): BySex => ({ FEMALE: 0, MALE: 0, OTHER: 0, UNDISCLOSED: 0 });

/** Women as a percentage of people, or null when there is nobody. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

export interface Reach {
  /** Distinct people who took part (each person once, however many activities). */
  people: number;
  /** Participations: one per person per activity. */
  participations: number;
  women: number;
  /** Women among people, in percent; null without people. */
  womenShare: number | null;
}

export interface MoneyByCurrency {
  currency: string;
  /** Sum of the programmes' budgets in this currency (not narrowed by date or type). */
  programmeBudget: number | null;
  /** Sum of activity budgets (cancelled activities left out). */
  activityBudget: number;
  /** Sum of recorded actual costs. */
  actualCost: number;
  /** Activities with an actual cost recorded. */
  costedActivities: number;
}

export interface BreakdownRow extends Reach {
  key: string;
  label: string;
  /** Extra label, e.g. the country of an NSB. */
  detail?: string;
  /** The ISO code of the country `detail` names, so a table writes it in the reader's language. */
  detailCountry?: string;
}

export interface NsbBreakdownRow extends BreakdownRow {
  /** Activities in the selection that target this NSB. */
  activitiesTargeted: number;
}

export interface TimelinePoint {
  /** yyyy-mm */
  month: string;
  planned: number;
  ongoing: number;
  completed: number;
  cancelled: number;
  participations: number;
}

export interface ProgrammeRow extends Reach {
  id: string;
  code: string;
  title: string;
  activities: number;
}

export interface IndicatorProgressPeriod {
  periodStart: string;
  periodEnd: string;
  target: number | null;
  actual: number | null;
}

export interface IndicatorProgress {
  id: string;
  code: string;
  title: string;
  programmeCode: string | null;
  unit: IndicatorUnit;
  currency: string | null;
  source: IndicatorSource;
  baseline: number | null;
  target: number | null;
  /** Cumulative (counts, amounts) or latest (percentages, yes/no) actual value. */
  actual: number | null;
  /** actual vs target in percent (null without both). */
  progress: number | null;
  periods: IndicatorProgressPeriod[];
}

export interface ProgrammeDashboard {
  programmes: { id: string; code: string; title: string }[];
  activitiesByStatus: Record<ActivityStatus, number>;
  activities: number;
  reach: Reach;
  nsbsReached: number;
  satisfaction: { average: number | null; responses: number };
  knowledgeGain: { average: number | null; tested: number };
  money: MoneyByCurrency[];
  byNsb: NsbBreakdownRow[];
  byCountry: BreakdownRow[];
  byProgramme: ProgrammeRow[];
  timeline: TimelinePoint[];
}

/**
 * A count of people as published: exact for staff and focal points; for donors rounded, or
 * null when it is under the small-cell threshold (shown "< 5"): src/lib/dashboards/suppression.ts.
 */
export type Count = number | null;
export type CountBySex = Record<Sex, Count>;

export interface GedsiCell {
  sex: Sex;
  ageBand: AgeBand;
  stakeholderGroup: StakeholderGroup;
  people: Count;
}

export interface GedsiBreakdownRow {
  key: string;
  label: string;
  bySex: CountBySex;
  total: Count;
  womenShare: number | null;
  /** The parity target (a WOMEN_SHARE indicator's target, in percent) where one is set. */
  parityTarget: number | null;
}

export interface GedsiDashboard {
  people: Count;
  bySex: CountBySex;
  womenShare: number | null;
  parityTarget: number | null;
  cube: GedsiCell[];
  byAgeBand: { ageBand: AgeBand; bySex: CountBySex; total: Count }[];
  byGroup: { stakeholderGroup: StakeholderGroup; bySex: CountBySex; total: Count }[];
  byProgramme: GedsiBreakdownRow[];
  byNsb: GedsiBreakdownRow[];
  byActivityType: (GedsiBreakdownRow & { activityType: ActivityType })[];
  byYear: GedsiBreakdownRow[];
  /** Set for donors: counts under it are null (shown "< n") and the others rounded to a multiple of it. */
  suppressedBelow: number | null;
}

export interface YearValue {
  year: number;
  target: number | null;
  actual: number | null;
}

/** How a roll-up combines its indicators' values. */
export type RollupMethod = "sum" | "average" | "uniquePeople";

export interface PlanIndicatorRow {
  id: string;
  code: string;
  title: string;
  programmeCode: string | null;
  unit: IndicatorUnit;
  currency: string | null;
  source: IndicatorSource;
  target: number | null;
  actual: number | null;
  progress: number | null;
  /** Why no progress can be charted (null: it can). */
  chartGap?: "noTarget" | "targetsOutsidePlan" | "noOverallTarget" | "noActual" | null;
  byYear: YearValue[];
}

export interface PlanRollup {
  key: string;
  source: IndicatorSource;
  unit: IndicatorUnit;
  currency: string | null;
  method: RollupMethod;
  indicators: number;
  programmes: number;
  target: number | null;
  actual: number | null;
  progress: number | null;
  byYear: YearValue[];
}

export interface PlanArea {
  id: string;
  code: string;
  title: string;
  level: "GOAL" | "OUTCOME" | "OUTPUT";
  depth: number;
  indicators: PlanIndicatorRow[];
  rollups: PlanRollup[];
}

export interface ActionPlanDashboard {
  plan: { id: string; title: string; startYear: number; endYear: number };
  years: number[];
  areas: PlanArea[];
}
