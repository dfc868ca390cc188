import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { IndicatorSource } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { groupBy } from "@/lib/collections";
import { segmentWindows } from "@/lib/dashboards/segments";
import { num } from "./scope";
import { keptWindows } from "./kept-scope";

/*
 * The participant-based computed indicators (PARTICIPANTS_TRAINED, WOMEN_SHARE,
 * AVG_KNOWLEDGE_GAIN, AVG_SATISFACTION) of many programme indicators and periods in two
 * aggregate queries. src/server/indicators/computed/ stays the definition (its
 * computeIndicatorValue explains each value row by row); this is the same arithmetic for
 * dashboards, which need hundreds of values at once: computed/ reads every source row
 * into the app, which at 2 000 000 participations takes minutes for the Action Plan
 * dashboard (README, Performance). tests/integration/dashboards.test.ts checks that both
 * give the same values for every such indicator and period of the demo data.
 *
 * The rules, as in computed/sources/: activities of the programme starting within the period;
 * trainers never count; people trained = distinct people with attendance ATTENDED or
 * PARTIAL; share of women = women among them (percent, 2 decimals); averages over every
 * participation with the scores or the rating (2 decimals); with an NSB, its people only.
 */

export const BATCHED_SOURCES: readonly IndicatorSource[] = ["PARTICIPANTS_TRAINED", "WOMEN_SHARE", "AVG_KNOWLEDGE_GAIN", "AVG_SATISFACTION"];
export const isBatched = (source: IndicatorSource) => BATCHED_SOURCES.includes(source);

/** A period of one programme to compute the figures of (its start and end days included). */
export interface FigurePeriod {
  programmeId: string;
  start: Date;
  end: Date;
}

/** A computed value by programme, period and source (null: nothing to count or average, or a period not asked for). */
export type Figures = (period: FigurePeriod, source: IndicatorSource) => number | null;

const keyOf = (p: FigurePeriod) => `${p.programmeId}|${p.start.toISOString()}|${p.end.toISOString()}`;

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Totals {
  trained: number;
  women: number;
  gain: number;
  gainN: number;
  satisfaction: number;
  satisfactionN: number;
}

/** Each source's value from a period's totals. */
const valueOf =
  ({ trained, women, gain, gainN, satisfaction, satisfactionN }: Totals) =>
  (source: IndicatorSource): number | null => {
    switch (source) {
      case "PARTICIPANTS_TRAINED":
        return trained;
      case "WOMEN_SHARE":
        return trained ? round2((100 * women) / trained) : null;
      case "AVG_KNOWLEDGE_GAIN":
        return gainN ? round2(gain / gainN) : null;
      case "AVG_SATISFACTION":
        return satisfactionN ? round2(satisfaction / satisfactionN) : null;
      default:
        return null;
    }
  };

/** A row of the figures query: people by chunk and mask ("people"), or sums by chunk and segment ("sums"). */
interface FigureRow {
  kind: "people" | "sums";
  chunk: number;
  mask: string | null;
  female: boolean | null;
  n: number;
  segment: number | null;
  gainSum: unknown;
  gainN: number;
  satisfactionSum: unknown;
  satisfactionN: number;
}

/**
 * The figures of the given periods (the same period may be given several times).
 *
 * Without an NSB, a period whose first and last years are whole as far as the programme's
 * activities go (every Action Plan year, most report periods of a year) is answered by the
 * kept counts (./kept-scope.ts: keptWindows), in one small query. The others:
 * one query reads each row of the dashboard aggregates (./aggregates.ts: per programme, day,
 * type and person, kept by triggers) once, whatever the number of periods
 * (src/lib/dashboards/segments.ts): each programme's periods are cut into segments; per
 * programme and person, the mask of the segments they were trained in; per segment, the
 * sums behind the averages. A period's people are then those whose mask meets the
 * period's, its averages the sums over its segments.
 */
export async function participantFigures(periods: FigurePeriod[], nsbId: string | null): Promise<Figures> {
  const out = new Map<string, (source: IndicatorSource) => number | null>();
  const figures: Figures = (period, source) => out.get(keyOf(period))?.(source) ?? null;
  let distinct = [...new Map(periods.map((p) => [keyOf(p), p])).values()];
  // Everyone's figures: from the kept counts where they can answer (./kept-scope.ts).
  if (nsbId === null && distinct.length > 0) {
    const kept = await keptWindows(distinct);
    distinct.forEach((period, k) => {
      const w = kept[k]!;
      if (!w.partial) out.set(keyOf(period), valueOf({ trained: w.people, women: w.women, gain: w.gainSum, gainN: w.gainN, satisfaction: w.satisfactionSum, satisfactionN: w.satisfactionN }));
    });
    distinct = distinct.filter((p) => !out.has(keyOf(p)));
  }
  if (distinct.length === 0) return figures;
  const byProgramme = groupBy(distinct, (r) => r.programmeId);
  const chunks = [...byProgramme].flatMap(([programmeId, windows]) => segmentWindows(windows).map((chunk) => ({ programmeId, ...chunk })));

  // Each aggregate row's segment in each chunk of its programme (./aggregates.ts; -1 or beyond the last: none).
  // The boundaries are cast to dates once per chunk, and each row's segment found once.
  const segmented = Prisma.sql`
    WITH c AS MATERIALIZED (
      SELECT chunk, "programmeId", bounds::date[] AS bounds
      FROM unnest(${chunks.map((_, k) => k)}::int[], ${chunks.map((c) => c.programmeId)}::text[], ${chunks.map((c) => `{${c.bounds.join(",")}}`)}::text[])
        AS c(chunk, "programmeId", bounds)
    ),
    s AS MATERIALIZED (
      SELECT * FROM (
        SELECT d."participantId", d."reached", d."gainSum", d."gainN", d."satisfactionSum", d."satisfactionN",
               c.chunk, width_bucket(d."day", c.bounds) - 1 AS segment, cardinality(c.bounds) - 1 AS segments
        FROM "DashboardPersonDay" d JOIN c ON c."programmeId" = d."programmeId"
      ) x WHERE segment BETWEEN 0 AND segments - 1
    )`;
  const ofNsb = nsbId === null ? Prisma.empty : Prisma.sql`AND pt."organizationId" = ${nsbId}`;
  // People first grouped per chunk and person (then joined to their sex), sums per segment;
  // both from the one read of the rows in s.
  const rows = await db().$queryRaw<FigureRow[]>`${segmented}
    SELECT 'people' AS kind, person.chunk, person.mask::text AS mask, pt."sex" = 'FEMALE'::"Sex" AS female, count(*)::int AS n,
           NULL::int AS segment, NULL::numeric AS "gainSum", 0 AS "gainN", NULL::numeric AS "satisfactionSum", 0 AS "satisfactionN"
    FROM (
      SELECT s.chunk, s."participantId", bit_or(1::bigint << s.segment) AS mask FROM s WHERE s."reached" > 0 GROUP BY s.chunk, s."participantId"
    ) person
    JOIN "Participant" pt ON pt.id = person."participantId"
    WHERE true ${ofNsb}
    GROUP BY person.chunk, person.mask, pt."sex" = 'FEMALE'::"Sex"
    UNION ALL
    SELECT 'sums', s.chunk, NULL, NULL, 0, s.segment, sum(s."gainSum"), sum(s."gainN")::int, sum(s."satisfactionSum"), sum(s."satisfactionN")::int
    FROM s ${nsbId === null ? Prisma.empty : Prisma.sql`JOIN "Participant" pt ON pt.id = s."participantId" WHERE true ${ofNsb}`}
    GROUP BY s.chunk, s.segment`;
  const people = rows.filter((r) => r.kind === "people");
  const sums = rows.filter((r) => r.kind === "sums");

  const peopleOf = groupBy(people.map((r) => ({ ...r, mask: BigInt(r.mask!) })), (r) => r.chunk);
  const sumsOf = groupBy(sums, (r) => r.chunk);
  chunks.forEach((chunk, k) => {
    for (const { window, mask } of chunk.windows) {
      let trained = 0;
      let women = 0;
      for (const r of peopleOf.get(k) ?? []) {
        if ((r.mask & mask) === 0n) continue;
        trained += r.n;
        if (r.female) women += r.n;
      }
      let gain = 0, gainN = 0, satisfaction = 0, satisfactionN = 0;
      for (const r of sumsOf.get(k) ?? []) {
        if ((mask & (1n << BigInt(r.segment!))) === 0n) continue;
        gain += num(r.gainSum);
        gainN += r.gainN;
        satisfaction += num(r.satisfactionSum);
        satisfactionN += r.satisfactionN;
      }
      out.set(keyOf(window), valueOf({ trained, women, gain, gainN, satisfaction, satisfactionN }));
    }
  });
  return figures;
}
