import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { asPercentOfMax, averageChange } from "@/domain/assessments/scoring";
import { validatedComparisons } from "./comparison";

/*
 * The CAPACITY_SCORE_CHANGE computed indicator: for the programme (a plan-wide indicator:
 * every programme in the caller's scope), each NSB's change of overall self-assessment
 * score from its validated baseline to its latest validated follow-up describing a day up
 * to the period's end, averaged across the NSBs that have both. In points of the 0-4 scale
 * (unit COUNT) or in percentage points of the maximum (unit PERCENT). The computed sources'
 * registry (src/server/indicators/computed/sources/capacity.ts) calls it within its caller's view.
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface CapacityChangeQuery {
  /** The rounds the caller may see (the programmes and NSBs of its view). */
  scope: Prisma.AssessmentRoundWhereInput;
  programmeId: string | null;
  /** NSBs the figure is limited to (null: every NSB in scope). */
  nsbIds: string[] | null;
  nsbLabel: string | null;
  programmeCode: string | null;
  start: Date;
  end: Date;
  unit: IndicatorUnit;
}

/** The value, by NSB, and how it was computed, with one sample row per NSB and programme. */
export async function capacityScoreChange(query: CapacityChangeQuery) {
  const rows = (await validatedComparisons(query.scope, { programmeId: query.programmeId, nsbIds: query.nsbIds, asOf: query.end }, false)).filter((r) => r.comparison.overall.change !== null);
  const inUnit = (points: number | null) => (query.unit === "PERCENT" ? asPercentOfMax(points) : points);
  const perNsb = new Map<string, { acronym: string; changes: number[] }>();
  for (const r of rows) {
    const entry = perNsb.get(r.nsb.id) ?? { acronym: r.nsb.acronym, changes: [] };
    entry.changes.push(r.comparison.overall.change!);
    perNsb.set(r.nsb.id, entry);
  }
  // Each NSB counts once: its programmes' changes are averaged first.
  const nsbChanges = [...perNsb.entries()].map(([nsbId, e]) => ({ nsbId, acronym: e.acronym, value: averageChange(e.changes), rows: e.changes.length }));
  const whose = query.nsbLabel ?? (query.programmeCode ? `the beneficiary NSBs of programme ${query.programmeCode}` : "every NSB you can see");
  const scale = query.unit === "PERCENT" ? "in percentage points of the highest level (4 = 100)" : "in levels of the 0-4 scale";
  return {
    value: inUnit(averageChange(nsbChanges.map((n) => n.value))),
    byNsb: nsbChanges.map((n) => ({ ...n, value: inUnit(n.value) })).sort((a, b) => a.acronym.localeCompare(b.acronym)),
    explanation: {
      formula: `The change of overall self-assessment score, ${scale}, from each NSB's validated baseline to its latest validated follow-up describing a day up to ${iso(query.end)}, averaged across ${whose} that have both (${nsbChanges.length}).`,
      rows: rows.length,
      sample: rows.slice(0, 20).map((r) => ({
        id: r.latest!.id ?? `${r.programme.code}:${r.nsb.acronym}`,
        kind: "assessmentRound" as const,
        date: iso(r.latest!.assessedOn),
        nsbId: r.nsb.id,
        nsb: r.nsb.acronym,
        label: `${r.programme.code}: ${r.comparison.overall.baseline} → ${r.comparison.overall.latest}`,
        counted: {},
      })),
    },
  };
}
