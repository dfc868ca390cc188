import "server-only";
import type { Sex } from "@/generated/prisma/enums";
import { pushTo, round2, type DaySpan } from "@/lib/dashboards/figures";
import type { SourceContext } from "../context";
import { participationSample, participationsOf, TRAINED } from "../participations";
import { byNsbOf, scopeWords } from "../shared";
import type { SourceResult } from "../types";
import type { SourceDefinition } from "./source";

/*
 * PARTICIPANTS_TRAINED: distinct people with a participation marked ATTENDED or PARTIAL in an
 * activity of the programme that starts in the period; trainers are not counted (they train,
 * they are not trained). A person who attended several activities counts once. By sex and by
 * the person's NSB.
 * WOMEN_SHARE: the percentage of those same people who are FEMALE.
 */

const SEXES: readonly Sex[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];

/** The distinct people trained, their first row each, and per NSB 1 per woman and 0 per other person. */
async function peopleOf(ctx: SourceContext, period: DaySpan) {
  const rows = await participationsOf(ctx, period, TRAINED);
  const people = new Map<string, { sex: Sex; nsbId: string }>();
  const firstRowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    if (people.has(r.participantId)) return;
    people.set(r.participantId, { sex: r.participant.sex, nsbId: r.participant.organizationId });
    firstRowOf.set(r.participantId, i);
  });
  const bySex = Object.fromEntries(SEXES.map((s) => [s, 0])) as Record<Sex, number>;
  // Per NSB: 1 per woman, 0 per other person (a share is their mean; a count their length).
  const groups = new Map<string, number[]>();
  for (const p of people.values()) {
    bySex[p.sex] += 1;
    pushTo(groups, p.nsbId, p.sex === "FEMALE" ? 1 : 0);
  }
  const sample = await participationSample(ctx, rows, (r, i) => ({ sex: r.participant.sex, repeat: firstRowOf.get(r.participantId) !== i }));
  const words = scopeWords(ctx, period);
  const attended = `attended (fully or partly) at least one activity of ${words.where} starting from ${words.period}${words.nsb}; trainers are not counted, and a person who attended several activities counts once`;
  return { rows: rows.length, total: people.size, women: bySex.FEMALE, bySex, groups, sample, attended };
}

export const participantsTrained: SourceDefinition = {
  async compute(ctx, period): Promise<SourceResult> {
    const p = await peopleOf(ctx, period);
    return {
      value: p.total,
      byNsb: await byNsbOf(ctx, p.groups, (v) => v.length),
      bySex: p.bySex,
      explanation: { formula: `Distinct people who ${p.attended}.`, rows: p.rows, sample: p.sample },
    };
  },
};

export const womenShare: SourceDefinition = {
  async compute(ctx, period): Promise<SourceResult> {
    const p = await peopleOf(ctx, period);
    return {
      value: p.total ? round2((100 * p.women) / p.total) : null,
      byNsb: await byNsbOf(ctx, p.groups, (v) => (v.length ? round2((100 * v.reduce((a, b) => a + b, 0)) / v.length) : null)),
      bySex: p.bySex,
      explanation: {
        formula: `Women as a percentage of the distinct people who ${p.attended}: ${p.women} of ${p.total}.`,
        rows: p.rows,
        numerator: p.women,
        denominator: p.total,
        sample: p.sample,
      },
    };
  },
};
