import type { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { APPLIED_MIN_MONTHS } from "./templates";
import type { AnswerFacts } from "./rules";

/*
 * The follow-up survey indicators, computed from submitted answers. Each person counts
 * once whatever the number of their answers (several activities, a 3- and a 6-month
 * follow-up):
 *
 * - SURVEY_APPLIED_SHARE: of the distinct people who answered "did you apply what you
 *   learned" in a follow-up at least 6 months after the activity, the percentage who said
 *   yes or partly in at least one such answer.
 * - SURVEY_STANDARDS_USED: the distinct standards (references normalised: "iso 9001:2015"
 *   and "ISO 9001" are one) that respondents reported using or helping adopt nationally.
 *   Its people figure: respondents who reported at least one.
 * - SURVEY_COMMITTEE_JOINED: the distinct people who answered that they joined or became
 *   more active in a technical or mirror committee, in at least one answer.
 *
 * Breakdowns by sex, age band, stakeholder group and NSB use the same rules within each group.
 */

export const SURVEY_SOURCES = ["SURVEY_APPLIED_SHARE", "SURVEY_STANDARDS_USED", "SURVEY_COMMITTEE_JOINED"] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];
export const isSurveySource = (source: string): source is SurveySource => (SURVEY_SOURCES as readonly string[]).includes(source);

/** One submitted answer, with the person's attributes. */
export interface SurveyAnswerRow extends AnswerFacts {
  invitationId: string;
  participantId: string;
  sex: Sex;
  ageBand: AgeBand;
  stakeholderGroup: StakeholderGroup;
  nsbId: string;
  monthsAfter: number;
}

export interface SurveyFigure {
  /** The indicator's value for the group (null: nobody to count). */
  value: number | null;
  /** People counted (who applied, reported a standard, joined a committee). */
  people: number;
  /** People whose answers were read for this indicator. */
  respondents: number;
}

export interface SurveyIndicatorFigures extends SurveyFigure {
  bySex: Record<string, SurveyFigure>;
  byAgeBand: Record<string, SurveyFigure>;
  byGroup: Record<string, SurveyFigure>;
  byNsb: Record<string, SurveyFigure>;
  /** Rows read (answers), and which of them were a person already counted. */
  rows: { invitationId: string; participantId: string; repeat: boolean }[];
}

interface Person {
  row: SurveyAnswerRow;
  counted: boolean;
  standards: Set<string>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a row says anything this indicator reads. */
function relevant(source: SurveySource, row: SurveyAnswerRow): boolean {
  switch (source) {
    case "SURVEY_APPLIED_SHARE":
      return row.monthsAfter >= APPLIED_MIN_MONTHS && row.applied !== null;
    case "SURVEY_STANDARDS_USED":
      return true;
    case "SURVEY_COMMITTEE_JOINED":
      return row.committee !== null;
  }
}

function countsOf(source: SurveySource, row: SurveyAnswerRow): boolean {
  switch (source) {
    case "SURVEY_APPLIED_SHARE":
      return row.applied === "YES" || row.applied === "PARTLY";
    case "SURVEY_STANDARDS_USED":
      return row.standards.length > 0;
    case "SURVEY_COMMITTEE_JOINED":
      return row.committee === true;
  }
}

function figureOf(source: SurveySource, people: readonly Person[]): SurveyFigure {
  const counted = people.filter((p) => p.counted).length;
  const respondents = people.length;
  switch (source) {
    case "SURVEY_APPLIED_SHARE":
      return { value: respondents ? round2((100 * counted) / respondents) : null, people: counted, respondents };
    case "SURVEY_STANDARDS_USED":
      return { value: new Set(people.flatMap((p) => [...p.standards])).size, people: counted, respondents };
    case "SURVEY_COMMITTEE_JOINED":
      return { value: counted, people: counted, respondents };
  }
}

function groupBy(source: SurveySource, people: readonly Person[], key: (row: SurveyAnswerRow) => string): Record<string, SurveyFigure> {
  const groups = new Map<string, Person[]>();
  for (const p of people) {
    const k = key(p.row);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  return Object.fromEntries([...groups].map(([k, list]) => [k, figureOf(source, list)]));
}

/** The indicator's figures from submitted answers (any order; each person once). */
export function surveyIndicatorFigures(source: SurveySource, answers: readonly SurveyAnswerRow[]): SurveyIndicatorFigures {
  const people = new Map<string, Person>();
  const rows: SurveyIndicatorFigures["rows"] = [];
  for (const row of answers) {
    if (!relevant(source, row)) continue;
    const person = people.get(row.participantId);
    rows.push({ invitationId: row.invitationId, participantId: row.participantId, repeat: person !== undefined });
    const target = person ?? { row, counted: false, standards: new Set<string>() };
    target.counted ||= countsOf(source, row);
    for (const s of row.standards) target.standards.add(s);
    people.set(row.participantId, target);
  }
  const list = [...people.values()];
  return {
    ...figureOf(source, list),
    bySex: groupBy(source, list, (r) => r.sex),
    byAgeBand: groupBy(source, list, (r) => r.ageBand),
    byGroup: groupBy(source, list, (r) => r.stakeholderGroup),
    byNsb: groupBy(source, list, (r) => r.nsbId),
    rows,
  };
}

/** Response rate in percent (null when nobody was invited). */
export const responseRate = (answered: number, invited: number) => (invited ? round2((100 * answered) / invited) : null);
