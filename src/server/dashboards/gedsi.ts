import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ActivityType, AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { indicatorScope } from "@/server/auth/scopes";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import {
  AGE_BANDS,
  emptyBySex,
  SEXES,
  shareOf,
  STAKEHOLDER_GROUPS,
  type BySex,
  type GedsiBreakdownRow,
  type GedsiCell,
  type GedsiDashboard,
} from "@/lib/dashboards/types";
import { num, peopleWhere, reachedRows, resolveScope, type DashboardScope } from "./scope";
import { cachedResult } from "./cache";
import { keptGedsi } from "./kept-scope";
import { publishGedsi } from "@/lib/dashboards/suppression";
import { env } from "@/env";
import { seesAggregatesOnly } from "@/server/auth/roles";

/*
 * GEDSI: the distinct people reached (attended, fully or partly, not as trainers), by sex ×
 * age band × stakeholder group, and by sex per programme, NSB, activity type and year.
 * Each cell counts a person once: a person has one sex, age band and group, so the cells
 * of the cube add up to the total; a person who attended in two years (or two programmes)
 * counts once in each of those rows, never twice in one.
 * Parity targets: the target of a WOMEN_SHARE indicator of the programme (for one
 * programme, or per programme row), where one is set.
 */

type GedsiSet = "cube" | "programme" | "nsb" | "type" | "year";

export interface GedsiRow {
  set: GedsiSet;
  sex: Sex;
  ageBand: AgeBand | null;
  stakeholderGroup: StakeholderGroup | null;
  /** The programme, NSB, activity type or year of the row's set (null in the cube). */
  key: string | null;
  people: number;
}

/** Distinct people by sex and one column of the reached rows `r`. */
const bySexAnd = (set: GedsiSet, column: string) =>
  Prisma.raw(`SELECT '${set}' AS "set", sex, NULL AS "ageBand", NULL AS "stakeholderGroup", ${column} AS key, count(*)::int AS people
    FROM (SELECT DISTINCT "participantId", sex, ${column} FROM r) x GROUP BY sex, ${column}`);

/**
 * Every set: over a kept scope, from its counts (./kept-scope.ts); else in one query over
 * the reached rows, read once. Each set counts distinct (person, key) pairs by hashing them: count(DISTINCT) under GROUPING SETS would sort the
 * rows once per set, which over every programme took twice as long.
 */
async function gedsiAggregates(scope: DashboardScope) {
  if (scope.kept !== null) return keptGedsi(scope.kept, scope.programmeIds);
  return db().$queryRaw<GedsiRow[]>`
    WITH r AS MATERIALIZED (
      SELECT r."participantId", r."programmeId", pt."organizationId" AS "nsbId", r."activityType"::text AS "activityType",
             date_part('year', r."day")::int::text AS year,
             pt."sex"::text AS sex, pt."ageBand"::text AS "ageBand", pt."stakeholderGroup"::text AS "stakeholderGroup"
      FROM ${reachedRows(scope)}
      JOIN "Participant" pt ON pt.id = r."participantId"
      WHERE ${peopleWhere(scope)}
    )
    SELECT 'cube' AS "set", sex, "ageBand", "stakeholderGroup", NULL AS key, count(*)::int AS people
    FROM (SELECT DISTINCT "participantId", sex, "ageBand", "stakeholderGroup" FROM r) x GROUP BY sex, "ageBand", "stakeholderGroup"
    UNION ALL ${bySexAnd("programme", '"programmeId"')}
    UNION ALL ${bySexAnd("nsb", '"nsbId"')}
    UNION ALL ${bySexAnd("type", '"activityType"')}
    UNION ALL ${bySexAnd("year", "year")}`;
}

/** Targets of WOMEN_SHARE indicators per programme (the first live one with a target). */
async function parityTargets(actor: Actor, programmeIds: string[]): Promise<Map<string, number>> {
  const rows = await db().indicator.findMany({
    where: { AND: [indicatorScope(actor), { programmeId: { in: programmeIds }, source: "WOMEN_SHARE", archived: false, targetValue: { not: null } }] },
    select: { programmeId: true, targetValue: true },
    orderBy: [{ code: "asc" }, { id: "asc" }],
  });
  const out = new Map<string, number>();
  for (const r of rows) if (r.programmeId && !out.has(r.programmeId)) out.set(r.programmeId, num(r.targetValue));
  return out;
}

/** Cube cells in the order of the sexes, age bands and groups (the same whichever query gave them). */
const byCell = (a: GedsiCell, b: GedsiCell) =>
  SEXES.indexOf(a.sex) - SEXES.indexOf(b.sex) ||
  AGE_BANDS.indexOf(a.ageBand) - AGE_BANDS.indexOf(b.ageBand) ||
  STAKEHOLDER_GROUPS.indexOf(a.stakeholderGroup) - STAKEHOLDER_GROUPS.indexOf(b.stakeholderGroup);

/** People by sex for each key of one set. */
function breakdown(rows: GedsiRow[], set: GedsiSet): Map<string, BySex> {
  const out = new Map<string, BySex>();
  for (const r of rows) {
    const key = r.key;
    if (r.set !== set || key === null) continue;
    let bySex = out.get(key);
    if (!bySex) out.set(key, (bySex = emptyBySex()));
    bySex[r.sex] += num(r.people);
  }
  return out;
}

const total = (bySex: BySex) => SEXES.reduce((sum, s) => sum + bySex[s], 0);
const rowOf = (key: string, label: string, bySex: BySex, parityTarget: number | null = null): GedsiBreakdownRow => ({
  key,
  label,
  bySex,
  total: total(bySex),
  womenShare: shareOf(bySex.FEMALE, total(bySex)),
  parityTarget,
});

/** The GEDSI dashboard for the filters; a programme or NSB out of scope answers NotFoundError. Kept while the data is unchanged (./cache.ts). */
export function gedsiDashboard(actor: Actor, filters: DashboardFilters = {}): Promise<GedsiDashboard> {
  return cachedResult("gedsi", actor, filters, () => computeGedsiDashboard(actor, filters));
}

/** The GEDSI dashboard computed afresh from the tables; donors get it with small cells suppressed (src/lib/dashboards/suppression.ts). */
export async function computeGedsiDashboard(actor: Actor, filters: DashboardFilters = {}): Promise<GedsiDashboard> {
  const exact = await exactGedsi(actor, filters);
  return seesAggregatesOnly(actor) ? publishGedsi(exact, env().SMALL_CELL_THRESHOLD) : exact;
}

async function exactGedsi(actor: Actor, filters: DashboardFilters): Promise<GedsiDashboard> {
  const scope = await resolveScope(actor, filters);
  const [rows, targets] = await Promise.all([gedsiAggregates(scope), parityTargets(actor, scope.programmeIds)]);

  const cube: GedsiCell[] = rows
    .filter((r) => r.set === "cube" && r.ageBand && r.stakeholderGroup)
    .map((r) => ({ sex: r.sex, ageBand: r.ageBand!, stakeholderGroup: r.stakeholderGroup!, people: num(r.people) }))
    .sort(byCell);
  const bySex = emptyBySex();
  const ageMap = new Map<AgeBand, BySex>(AGE_BANDS.map((a) => [a, emptyBySex()]));
  const groupMap = new Map<StakeholderGroup, BySex>(STAKEHOLDER_GROUPS.map((g) => [g, emptyBySex()]));
  for (const c of cube) {
    const n = c.people ?? 0;
    bySex[c.sex] += n;
    ageMap.get(c.ageBand)![c.sex] += n;
    groupMap.get(c.stakeholderGroup)![c.sex] += n;
  }
  const people = total(bySex);

  const byProgrammeMap = breakdown(rows, "programme");
  const byNsbMap = breakdown(rows, "nsb");
  const byTypeMap = breakdown(rows, "type");
  const byYearMap = breakdown(rows, "year");
  const nsbs = await db().organization.findMany({ where: { id: { in: [...byNsbMap.keys()] } }, select: { id: true, acronym: true } });
  const acronym = new Map(nsbs.map((o) => [o.id, o.acronym]));

  const singleTarget = scope.programmes.length === 1 ? (targets.get(scope.programmes[0]!.id) ?? null) : null;
  return {
    people,
    bySex,
    womenShare: shareOf(bySex.FEMALE, people),
    parityTarget: singleTarget,
    cube,
    byAgeBand: AGE_BANDS.map((ageBand) => ({ ageBand, bySex: ageMap.get(ageBand)!, total: total(ageMap.get(ageBand)!) })),
    byGroup: STAKEHOLDER_GROUPS.map((stakeholderGroup) => ({ stakeholderGroup, bySex: groupMap.get(stakeholderGroup)!, total: total(groupMap.get(stakeholderGroup)!) })),
    byProgramme: scope.programmes
      .filter((p) => byProgrammeMap.has(p.id) || targets.has(p.id))
      .map((p) => rowOf(p.id, p.code, byProgrammeMap.get(p.id) ?? emptyBySex(), targets.get(p.id) ?? null)),
    byNsb: [...byNsbMap.entries()].map(([id, s]) => rowOf(id, acronym.get(id) ?? "?", s)).sort((a, b) => a.label.localeCompare(b.label)),
    byActivityType: [...byTypeMap.entries()]
      .map(([type, s]) => ({ ...rowOf(type, type, s), activityType: type as ActivityType }))
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.key.localeCompare(b.key)),
    byYear: [...byYearMap.entries()].map(([year, s]) => rowOf(year, year, s, singleTarget)).sort((a, b) => a.key.localeCompare(b.key)),
    suppressedBelow: null,
  };
}
