import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { IndicatorSource } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { num } from "./scope";

/*
 * The participant-based computed indicators (PARTICIPANTS_TRAINED, WOMEN_SHARE,
 * AVG_KNOWLEDGE_GAIN, AVG_SATISFACTION) of many programme indicators and periods in ONE
 * aggregate query. src/server/indicators/computed.ts stays the definition (its
 * computeIndicatorValue explains each value row by row); this is the same arithmetic for
 * dashboards, which need hundreds of values at once: computed.ts reads every source row
 * into the app, which at 2 000 000 participations takes minutes for the Action Plan
 * dashboard (README, Performance). tests/integration/dashboards.test.ts checks that both
 * give the same values for every such indicator and period of the demo data.
 *
 * The rules, as in computed.ts: activities of the programme starting within the period;
 * trainers never count; people trained = distinct people with attendance ATTENDED or
 * PARTIAL; share of women = women among them (percent, 2 decimals); averages over every
 * participation with the scores or the rating (2 decimals); with an NSB, its people only.
 */

export const BATCHED_SOURCES: readonly IndicatorSource[] = ["PARTICIPANTS_TRAINED", "WOMEN_SHARE", "AVG_KNOWLEDGE_GAIN", "AVG_SATISFACTION"];
export const isBatched = (source: IndicatorSource) => BATCHED_SOURCES.includes(source);

export interface FigureRequest {
  key: string;
  programmeId: string;
  start: Date;
  end: Date;
}

interface Row {
  key: string;
  people: number;
  women: number;
  gain: unknown;
  satisfaction: unknown;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Values by request key, for the given source (null: nothing to count or average). */
export async function participantFigures(requests: FigureRequest[], nsbId: string | null) {
  const out = new Map<string, (source: IndicatorSource) => number | null>();
  if (requests.length === 0) return out;
  // Distinct people through a grouped subquery (hashed) rather than COUNT(DISTINCT) (sorted).
  const rows = await db().$queryRaw<Row[]>`
    WITH r AS (
      SELECT * FROM unnest(${requests.map((r) => r.key)}::text[], ${requests.map((r) => r.programmeId)}::text[], ${requests.map((r) => r.start)}::date[], ${requests.map((r) => r.end)}::date[])
        AS r(key, "programmeId", s, e)
    ),
    -- Each participation is read once, then matched to every period it falls in.
    rows AS MATERIALIZED (
      SELECT a."programmeId", a."startDate", p."participantId", pt."sex" = 'FEMALE'::"Sex" AS female,
             p."attendance" IN ('ATTENDED'::"Attendance", 'PARTIAL'::"Attendance") AS trained,
             p."postTestScore" - p."preTestScore" AS gain, p."satisfaction"
      FROM "Activity" a
      JOIN "Participation" p ON p."activityId" = a.id AND p."role" <> 'TRAINER'::"ParticipationRole"
      JOIN "Participant" pt ON pt.id = p."participantId"
      WHERE a."programmeId" = ANY(${[...new Set(requests.map((r) => r.programmeId))]}::text[])
        AND a."startDate" >= ${new Date(Math.min(...requests.map((r) => r.start.getTime())))}::date
        AND a."startDate" <= ${new Date(Math.max(...requests.map((r) => r.end.getTime())))}::date
        ${nsbId === null ? Prisma.empty : Prisma.sql`AND pt."organizationId" = ${nsbId}`}
    ),
    x AS (
      SELECT r.key, rows.* FROM rows JOIN r ON r."programmeId" = rows."programmeId" AND rows."startDate" >= r.s AND rows."startDate" <= r.e
    ),
    people AS (
      SELECT key, count(*)::int AS people, count(*) FILTER (WHERE female)::int AS women
      FROM (SELECT key, "participantId", bool_or(female) AS female FROM x WHERE trained GROUP BY key, "participantId") d
      GROUP BY key
    ),
    averages AS (SELECT key, avg(gain) AS gain, avg("satisfaction") AS satisfaction FROM x GROUP BY key)
    SELECT averages.key, coalesce(people.people, 0) AS people, coalesce(people.women, 0) AS women, averages.gain, averages.satisfaction
    FROM averages LEFT JOIN people ON people.key = averages.key`;
  for (const r of requests) out.set(r.key, () => null);
  for (const row of rows) {
    const people = num(row.people);
    const women = num(row.women);
    const gain = row.gain === null ? null : round2(num(row.gain));
    const satisfaction = row.satisfaction === null ? null : round2(num(row.satisfaction));
    out.set(row.key, (source) => {
      switch (source) {
        case "PARTICIPANTS_TRAINED":
          return people;
        case "WOMEN_SHARE":
          return people ? round2((100 * women) / people) : null;
        case "AVG_KNOWLEDGE_GAIN":
          return gain;
        case "AVG_SATISFACTION":
          return satisfaction;
        default:
          return null;
      }
    });
  }
  // A period without any participation: 0 people, no share, no averages (as computed.ts).
  for (const r of requests) if (!rows.some((row) => row.key === r.key)) out.set(r.key, (source) => (source === "PARTICIPANTS_TRAINED" ? 0 : null));
  return out;
}
