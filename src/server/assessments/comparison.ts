import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/permissions";
import { assessmentRoundScope, nsbScope } from "@/server/auth/scopes";
import { compareRounds, type Comparison } from "@/domain/assessments/scoring";
import type { LocalizedText } from "@/domain/assessments/template";
import { cachedResult } from "@/server/dashboards/cache";
import { scored } from "./round-data";

/*
 * Each NSB's baseline against its latest validated follow-up, per programme: what the NSB
 * page and the programme dashboard show, and what the CAPACITY_SCORE_CHANGE indicator
 * averages. Only VALIDATED rounds count. Scores only: no notes, no names, so donors (the
 * programmes they fund) read the same figures as staff; round ids (links to the rounds'
 * pages) only for those who may open them.
 */

export interface CapacityFilters {
  programmeId?: string | null;
  /** One NSB, or several (the computed indicator's NSBs in scope). */
  nsbIds?: readonly string[] | null;
  /** Only rounds that describe a day up to this one (the computed indicator's period end). */
  asOf?: Date | null;
}

export interface CapacityRound {
  id: string | null;
  assessedOn: Date;
  templateVersion: number;
}

export interface CapacityRow {
  programme: { id: string; code: string };
  nsb: { id: string; acronym: string; name: string };
  baseline: CapacityRound | null;
  latest: CapacityRound | null;
  comparison: Comparison;
  /** Area titles (the latest round's version, else the baseline's), by key. */
  areaTitles: Record<string, LocalizedText>;
}

const SELECT = {
  id: true,
  kind: true,
  assessedOn: true,
  programme: { select: { id: true, code: true } },
  organization: { select: { id: true, acronym: true, name: true } },
  templateVersion: { select: { number: true, content: true } },
  answers: { select: { questionKey: true, score: true } },
} as const satisfies Prisma.AssessmentRoundSelect;
type Row = Prisma.AssessmentRoundGetPayload<{ select: typeof SELECT }>;

function rowOf(rounds: Row[], links: boolean): CapacityRow {
  // Rounds come newest first: the first baseline and the first follow-up are the latest of each.
  const baseline = rounds.find((r) => r.kind === "BASELINE") ?? null;
  const latest = rounds.find((r) => r.kind === "FOLLOW_UP" && (!baseline || r.assessedOn >= baseline.assessedOn)) ?? null;
  const [b, l] = [baseline && scored(baseline), latest && scored(latest)];
  const empty = { overall: null, areas: [] };
  const areaTitles: Record<string, LocalizedText> = {};
  for (const area of [...(b?.content.areas ?? []), ...(l?.content.areas ?? [])]) areaTitles[area.key] = area.title;
  const brief = (r: Row | null): CapacityRound | null => (r ? { id: links ? r.id : null, assessedOn: r.assessedOn, templateVersion: r.templateVersion.number } : null);
  const first = rounds[0]!;
  return {
    programme: first.programme,
    nsb: first.organization,
    baseline: brief(baseline),
    latest: brief(latest),
    comparison: compareRounds(b?.scores ?? empty, l?.scores ?? null),
    areaTitles,
  };
}

/**
 * Per programme and NSB in the caller's scope, the validated baseline against the latest
 * validated follow-up. Kept while the database is unchanged (src/server/dashboards/cache.ts:
 * per role and organisation, which decide the scope and whether round ids show): the
 * programme dashboard shows it on every view.
 */
export async function capacityComparison(actor: Actor, filters: CapacityFilters = {}): Promise<CapacityRow[]> {
  assertCan(actor, "assessments.read");
  return cachedResult("capacityComparison", actor, filters, () =>
    validatedComparisons({ AND: [assessmentRoundScope(actor), { organization: nsbScope(actor) }] }, filters, can(actor, "assessments.write")),
  );
}

/**
 * The same within a scope the caller already holds (the computed indicators' view, built by
 * viewerScope): validated rounds only; `links` says whether round ids may be shown.
 */
export async function validatedComparisons(scope: Prisma.AssessmentRoundWhereInput, filters: CapacityFilters, links: boolean): Promise<CapacityRow[]> {
  const rounds = await db().assessmentRound.findMany({
    where: {
      AND: [
        scope,
        { status: "VALIDATED" },
        filters.programmeId ? { programmeId: filters.programmeId } : {},
        filters.nsbIds ? { organizationId: { in: [...filters.nsbIds] } } : {},
        filters.asOf ? { assessedOn: { lte: filters.asOf } } : {},
      ],
    },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    select: SELECT,
  });
  const groups = new Map<string, Row[]>();
  for (const r of rounds) {
    const key = `${r.programme.id}:${r.organization.id}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((group) => rowOf(group, links))
    .sort((a, b) => a.programme.code.localeCompare(b.programme.code) || a.nsb.acronym.localeCompare(b.nsb.acronym));
}
