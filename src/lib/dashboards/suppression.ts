import { SEXES, shareOf, type Count, type CountBySex, type GedsiBreakdownRow, type GedsiDashboard } from "./types";

/*
 * Small-cell protection for what donors see of people (the GEDSI breakdowns). A count from 1
 * to threshold − 1 is suppressed (shown "< 5"); every other count, totals included, is
 * rounded to the nearest multiple of the threshold (0 stays 0). Suppressing cells alone would
 * not do: a row's total minus its other cells gives the hidden one back. With every published
 * figure rounded, each carries up to ±threshold/2 of uncertainty, so total − others only says
 * the hidden cells lie in a range at least as wide as the threshold, never which value. The
 * same rounding applies across tables (the cube, its margins, the breakdowns by programme,
 * NSB, type and year), so no combination of them pins a small cell down either. Shares of
 * women are computed from the published figures, so they cannot undo the rounding. Staff and
 * focal points see exact figures.
 */

/** A count as a donor sees it: null under the threshold, otherwise rounded to a multiple of it. */
export function publishCount(value: Count, threshold: number): Count {
  if (value === null || value === 0 || threshold <= 1) return value;
  if (value < threshold) return null;
  return Math.round(value / threshold) * threshold;
}

const publishBySex = (bySex: CountBySex, threshold: number): CountBySex =>
  Object.fromEntries(SEXES.map((s) => [s, publishCount(bySex[s], threshold)])) as CountBySex;

const shareFrom = (women: Count, total: Count) => (women === null || total === null ? null : shareOf(women, total));

function publishRow<R extends GedsiBreakdownRow>(row: R, threshold: number): R {
  const bySex = publishBySex(row.bySex, threshold);
  const total = publishCount(row.total, threshold);
  return { ...row, bySex, total, womenShare: shareFrom(bySex.FEMALE, total) };
}

/** The GEDSI dashboard as donors may see it. */
export function publishGedsi(d: GedsiDashboard, threshold: number): GedsiDashboard {
  const bySex = publishBySex(d.bySex, threshold);
  const people = publishCount(d.people, threshold);
  return {
    ...d,
    people,
    bySex,
    womenShare: shareFrom(bySex.FEMALE, people),
    cube: d.cube.map((c) => ({ ...c, people: publishCount(c.people, threshold) })),
    byAgeBand: d.byAgeBand.map((r) => ({ ...r, bySex: publishBySex(r.bySex, threshold), total: publishCount(r.total, threshold) })),
    byGroup: d.byGroup.map((r) => ({ ...r, bySex: publishBySex(r.bySex, threshold), total: publishCount(r.total, threshold) })),
    byProgramme: d.byProgramme.map((r) => publishRow(r, threshold)),
    byNsb: d.byNsb.map((r) => publishRow(r, threshold)),
    byActivityType: d.byActivityType.map((r) => publishRow(r, threshold)),
    byYear: d.byYear.map((r) => publishRow(r, threshold)),
    suppressedBelow: threshold,
  };
}

/** How a published count is written: "< 5" when suppressed. */
export const suppressedLabel = (threshold: number) => `< ${threshold}`;

/** A follow-up survey figure of one group (a sex, age band, stakeholder group or NSB), counts possibly published. */
export interface PublishedSurveyFigure {
  value: number | null;
  people: Count;
  respondents: Count;
}

/**
 * A survey breakdown's figure as donors see it: its people and respondents published as
 * above, and its value drawn from them: a share of people (`share`), a count of people
 * (`people`), or a count of something else that stays (`other`: distinct standards named).
 * A share is given to one decimal, and none when either count is suppressed.
 */
export function publishSurveyFigure(figure: { value: number | null; people: number; respondents: number }, kind: "share" | "people" | "other", threshold: number): PublishedSurveyFigure {
  const people = publishCount(figure.people, threshold);
  const respondents = publishCount(figure.respondents, threshold);
  if (kind === "other") return { value: figure.value, people, respondents };
  if (kind === "people") return { value: people, people, respondents };
  const value = people === null || respondents === null || respondents === 0 ? null : Math.round((1000 * people) / respondents) / 10;
  return { value, people, respondents };
}
