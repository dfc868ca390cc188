import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { mean, pushTo, type DaySpan } from "@/lib/dashboards/figures";
import type { SourceContext } from "../context";
import { participationSample, participationsOf, type SourceParticipation } from "../participations";
import { byNsbOf, scopeWords } from "../shared";
import type { ComputedSampleRow, SourceResult } from "../types";
import type { SourceDefinition } from "./source";

/*
 * AVG_KNOWLEDGE_GAIN: the mean of (post-test − pre-test) over participations (trainers
 * excepted) in the indicator's activities starting in the period with both scores, in
 * percentage points.
 * AVG_SATISFACTION: the mean satisfaction (1-5) over those participations with a rating.
 */

interface Average {
  /** Which participations have a value. */
  where: Prisma.ParticipationWhereInput;
  valueOf: (r: SourceParticipation) => number;
  counted: (r: SourceParticipation) => ComputedSampleRow["counted"];
  formula: (rows: number, over: string) => string;
}

async function averageOf(ctx: SourceContext, period: DaySpan, average: Average): Promise<SourceResult> {
  const rows = await participationsOf(ctx, period, average.where);
  const groups = new Map<string, number[]>();
  for (const r of rows) pushTo(groups, r.participant.organizationId, average.valueOf(r));
  const words = scopeWords(ctx, period);
  const over = `participations (trainers excepted) in activities of ${words.where} starting from ${words.period}${words.nsb}`;
  return {
    value: mean(rows.map(average.valueOf)),
    byNsb: await byNsbOf(ctx, groups, mean),
    explanation: { formula: average.formula(rows.length, over), rows: rows.length, sample: await participationSample(ctx, rows, average.counted) },
  };
}

const gainOf = (r: SourceParticipation) => r.postTestScore! - r.preTestScore!;

export const knowledgeGain: SourceDefinition = {
  compute: (ctx, period) =>
    averageOf(ctx, period, {
      where: { preTestScore: { not: null }, postTestScore: { not: null } },
      valueOf: gainOf,
      counted: (r) => ({ pre: r.preTestScore!, post: r.postTestScore!, gain: gainOf(r) }),
      formula: (rows, over) => `The average of (post-test score − pre-test score), in percentage points, over the ${rows} ${over} that have both scores.`,
    }),
};

export const satisfaction: SourceDefinition = {
  compute: (ctx, period) =>
    averageOf(ctx, period, {
      where: { satisfaction: { not: null } },
      valueOf: (r) => r.satisfaction!,
      counted: (r) => ({ satisfaction: r.satisfaction! }),
      formula: (rows, over) => `The average satisfaction rating (1 to 5) over the ${rows} ${over} that have a rating.`,
    }),
};
