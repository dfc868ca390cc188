import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { programmeScope } from "@/server/auth/scopes";
import { boundNsbId, seesAggregatesOnly } from "@/server/auth/roles";
import { env } from "@/env";
import { resolveScope } from "@/server/dashboards/scope";
import { cachedResult } from "@/server/dashboards/cache";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { publishSurveyFigure, type PublishedSurveyFigure } from "@/lib/dashboards/suppression";
import { answerFacts, type SurveyAnswers } from "@/domain/surveys/rules";
import { SURVEY_SOURCES, surveyIndicatorFigures, type SurveyAnswerRow, type SurveyIndicatorFigures, type SurveySource } from "@/domain/surveys/indicators";
import type { ComputedSampleRow, SourceResult } from "@/server/indicators/computed/types";
import { questionsOf } from "./access";
import { programmeSurveyTracking, type Tracking } from "./tracking";

/*
 * The follow-up survey indicators (src/domain/surveys/indicators.ts has the rules), read from
 * submitted answers of follow-ups of activities that start in the period, the same period
 * rule as the other computed indicators. `surveyIndicatorValue` is what the computed
 * sources' registry calls (src/server/indicators/computed/sources/surveys.ts), within the
 * caller's view that viewerScope built; `surveyDashboard` gives the dashboards their figures.
 * Donors get figures only: no name, no answer, no free text.
 */

const SAMPLE_SIZE = 20;
const iso = (d: Date) => d.toISOString().slice(0, 10);

interface AnswerScope {
  /** The programmes the caller may see (programmeScope). */
  programmeWhere: Prisma.ProgrammeWhereInput;
  /** Programmes the activities belong to (null: every programme in the caller's scope). */
  programmeIds: string[] | null;
  /** People of these NSBs only (null: everyone the caller may count). */
  nsbIds: string[] | null;
  start: Date | null;
  end: Date | null;
}

async function answerRows(scope: AnswerScope) {
  const activity: Prisma.ActivityWhereInput = {
    AND: [
      { programme: scope.programmeWhere },
      scope.programmeIds ? { programmeId: { in: scope.programmeIds } } : {},
      scope.start ? { startDate: { gte: scope.start } } : {},
      scope.end ? { startDate: { lte: scope.end } } : {},
    ],
  };
  // A focal point's view is limited to their NSB's people (nsbIds: viewerScope, resolveScope).
  const person: Prisma.ParticipantWhereInput = scope.nsbIds ? { organizationId: { in: scope.nsbIds } } : {};
  const rows = await db().surveyInvitation.findMany({
    where: { submittedAt: { not: null }, survey: { activity }, participation: { participant: person } },
    select: {
      id: true,
      answers: true,
      participationId: true,
      survey: { select: { monthsAfter: true, questions: true } },
      participation: { select: { activityId: true, activity: { select: { startDate: true } }, participant: { select: { id: true, sex: true, ageBand: true, stakeholderGroup: true, organizationId: true } } } },
    },
    orderBy: [{ participation: { activity: { startDate: "asc" } } }, { submittedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => {
    const p = r.participation.participant;
    const answer: SurveyAnswerRow = {
      invitationId: r.id,
      participantId: p.id,
      sex: p.sex,
      ageBand: p.ageBand,
      stakeholderGroup: p.stakeholderGroup,
      nsbId: p.organizationId,
      monthsAfter: r.survey.monthsAfter,
      ...answerFacts(questionsOf(r.survey.questions), (r.answers ?? {}) as SurveyAnswers),
    };
    return { answer, participationId: r.participationId, activityId: r.participation.activityId, date: iso(r.participation.activity.startDate) };
  });
}

const FORMULAS: Record<SurveySource, (where: string) => string> = {
  SURVEY_APPLIED_SHARE: (where) =>
    `Of the distinct people who answered "did you apply what you learned" in a follow-up at least 6 months after an activity of ${where}, the percentage who answered yes or partly (each person once, applied if any of their answers says so).`,
  SURVEY_STANDARDS_USED: (where) =>
    `Distinct standards that participants of activities of ${where} reported, in their follow-up answers, using or helping adopt nationally (references compared without case, spaces or year); people counted: respondents who reported at least one.`,
  SURVEY_COMMITTEE_JOINED: (where) =>
    `Distinct people who answered, in a follow-up of an activity of ${where}, that they joined or became more active in a technical or mirror committee (each person once).`,
};

export interface SurveyIndicatorContext {
  /** The programmes the caller may see (programmeScope). */
  programmeWhere: Prisma.ProgrammeWhereInput;
  programmeId: string | null;
  programmeCode: string | null;
  nsbIds: string[] | null;
  nsbLabel: string | null;
  /** Names and titles in sample rows (not for donors). */
  names: boolean;
}

/** One survey indicator's value for a period, in the shape of the other computed indicators. */
export async function surveyIndicatorValue(ctx: SurveyIndicatorContext, source: SurveySource, start: Date, end: Date): Promise<SourceResult> {
  const rows = await answerRows({ programmeWhere: ctx.programmeWhere, programmeIds: ctx.programmeId ? [ctx.programmeId] : null, nsbIds: ctx.nsbIds, start, end });
  const figures = surveyIndicatorFigures(source, rows.map((r) => r.answer));
  const counted = new Map(figures.rows.map((r) => [r.invitationId, r.repeat]));
  const read = rows.filter((r) => counted.has(r.answer.invitationId));
  const nsbIds = Object.keys(figures.byNsb);
  const picked = read.slice(0, SAMPLE_SIZE);
  const [orgs, people, activities] = await Promise.all([
    db().organization.findMany({ where: { id: { in: [...new Set([...nsbIds, ...picked.map((r) => r.answer.nsbId)])] } }, select: { id: true, acronym: true } }),
    ctx.names ? db().participant.findMany({ where: { id: { in: picked.map((r) => r.answer.participantId) } }, select: { id: true, fullName: true } }) : [],
    ctx.names ? db().activity.findMany({ where: { id: { in: picked.map((r) => r.activityId) } }, select: { id: true, title: true } }) : [],
  ]);
  const acronym = new Map(orgs.map((o) => [o.id, o.acronym]));
  const person = new Map(people.map((p) => [p.id, p.fullName]));
  const activity = new Map(activities.map((a) => [a.id, a.title]));
  const where = `${ctx.programmeCode ? `programme ${ctx.programmeCode}` : "any programme you can see"} starting from ${iso(start)} to ${iso(end)}${ctx.nsbLabel ? `, people of ${ctx.nsbLabel} only` : ""}`;
  const sample = picked.map((r): ComputedSampleRow => ({
    id: r.participationId,
    kind: "participation",
    date: r.date,
    nsbId: r.answer.nsbId,
    nsb: acronym.get(r.answer.nsbId) ?? null,
    participantId: r.answer.participantId,
    activityId: r.activityId,
    ...(ctx.names ? { participantName: person.get(r.answer.participantId) ?? "", activityTitle: activity.get(r.activityId) ?? "" } : {}),
    counted: { sex: r.answer.sex, repeat: counted.get(r.answer.invitationId) ?? false },
  }));
  return {
    value: figures.value,
    byNsb: nsbIds.map((id) => ({ nsbId: id, acronym: acronym.get(id) ?? "?", value: figures.byNsb[id]!.value, rows: figures.byNsb[id]!.respondents })).sort((a, b) => a.acronym.localeCompare(b.acronym)),
    bySex: { FEMALE: figures.bySex.FEMALE?.people ?? 0, MALE: figures.bySex.MALE?.people ?? 0, OTHER: figures.bySex.OTHER?.people ?? 0, UNDISCLOSED: figures.bySex.UNDISCLOSED?.people ?? 0 },
    explanation: {
      formula: FORMULAS[source](where),
      rows: read.length,
      ...(source === "SURVEY_APPLIED_SHARE" ? { numerator: figures.people, denominator: figures.respondents } : {}),
      sample,
    },
  };
}

const BREAKDOWNS = ["bySex", "byAgeBand", "byGroup", "byNsb"] as const;
type Breakdown = (typeof BREAKDOWNS)[number];
/** An indicator's figures on a dashboard: the whole, and per group (published for donors). */
export type SurveyDashboardFigures = Omit<SurveyIndicatorFigures, "rows" | Breakdown> & Record<Breakdown, Record<string, PublishedSurveyFigure>>;

export interface SurveyDashboard {
  tracking: Tracking | null;
  indicators: Record<SurveySource, SurveyDashboardFigures>;
  /** Donors: the small-cell threshold the groups' counts are published under (null: exact counts). */
  suppressedBelow: number | null;
}

const VALUE_KIND: Record<SurveySource, "share" | "people" | "other"> = { SURVEY_APPLIED_SHARE: "share", SURVEY_COMMITTEE_JOINED: "people", SURVEY_STANDARDS_USED: "other" };

/**
 * What a donor sees of the groups: the small-cell rule of the GEDSI figures beside them
 * (src/lib/dashboards/suppression.ts), since a group of a sex, age band or stakeholder group
 * among a few respondents is as small a cell as any.
 */
function publishBreakdowns(source: SurveySource, figures: Omit<SurveyIndicatorFigures, "rows">, threshold: number): SurveyDashboardFigures {
  const published = BREAKDOWNS.map((b) => [b, Object.fromEntries(Object.entries(figures[b]).map(([k, f]) => [k, publishSurveyFigure(f, VALUE_KIND[source], threshold)]))]);
  return { ...figures, ...Object.fromEntries(published) };
}

/**
 * The survey figures of a dashboard's filters: the three indicators with their breakdowns, and
 * (one programme) its response tracking. Kept while the database is unchanged, like the
 * dashboards' own figures (src/server/dashboards/cache.ts: per role and organisation, which
 * decide every scope read here).
 */
export async function surveyDashboard(actor: Actor, filters: DashboardFilters, options: { planId?: string } = {}): Promise<SurveyDashboard> {
  assertCan(actor, "dashboards.read");
  return cachedResult("surveyDashboard", actor, { ...filters, planId: options.planId ?? null }, () => computeSurveyDashboard(actor, filters, options));
}

async function computeSurveyDashboard(actor: Actor, filters: DashboardFilters, options: { planId?: string }): Promise<SurveyDashboard> {
  const scope = await resolveScope(actor, filters);
  // The Action Plan dashboard: the programmes serving one of the plan's results.
  const programmeIds = options.planId
    ? (await db().programme.findMany({ where: { id: { in: scope.programmeIds }, resultAreas: { some: { resultArea: { actionPlanId: options.planId } } } }, select: { id: true } })).map((p) => p.id)
    : scope.programmeIds;
  const own = boundNsbId(actor);
  const nsbIds = scope.nsbId ? [scope.nsbId] : own ? [own] : null;
  const rows = await answerRows({ programmeWhere: programmeScope(actor), programmeIds, nsbIds, start: scope.from, end: scope.to });
  const answers = rows.map((r) => r.answer);
  const suppressedBelow = seesAggregatesOnly(actor) ? env().SMALL_CELL_THRESHOLD : null;
  // Figures only: the rows behind them (invitation and person ids) stay here.
  const indicators = Object.fromEntries(
    SURVEY_SOURCES.map((source) => {
      const { rows: _rows, ...figures } = surveyIndicatorFigures(source, answers);
      void _rows;
      return [source, suppressedBelow === null ? figures : publishBreakdowns(source, figures, suppressedBelow)];
    }),
  ) as SurveyDashboard["indicators"];
  const tracking = filters.programmeId ? await programmeSurveyTracking(actor, filters.programmeId) : null;
  return { tracking, indicators, suppressedBelow };
}
