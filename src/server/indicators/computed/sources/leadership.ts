import "server-only";
import { db } from "@/server/db";
import { isoDay } from "@/lib/dashboards/figures";
import { countByNsb, evidenceNsbWhere, SAMPLE_SIZE, scopeWords } from "../shared";
import type { ComputedSampleRow, SourceResult } from "../types";
import type { SourceDefinition } from "./source";

/*
 * LEADERSHIP_POSITIONS: CommitteeRole rows with a leadership role (not NONE) held at any time
 * in the period (from ≤ period end, and no end or end ≥ period start), by the same NSBs as
 * national adoptions.
 */

export const leadershipPositions: SourceDefinition = {
  async compute(ctx, period): Promise<SourceResult> {
    const rows = await db().committeeRole.findMany({
      where: {
        organization: evidenceNsbWhere(ctx),
        leadership: { not: "NONE" },
        fromDate: { lte: period.end },
        OR: [{ toDate: null }, { toDate: { gte: period.start } }],
      },
      select: { id: true, committee: true, leadership: true, fromDate: true, organization: { select: { id: true, acronym: true } } },
      orderBy: [{ fromDate: "asc" }, { id: "asc" }],
    });
    return {
      value: rows.length,
      byNsb: await countByNsb(ctx, rows),
      explanation: {
        formula: `ISO committee roles with a leadership position (chair, secretary, convener or twinning) held by ${scopeWords(ctx, period).whose} at any time from ${isoDay(period.start)} to ${isoDay(period.end)}.`,
        rows: rows.length,
        sample: rows.slice(0, SAMPLE_SIZE).map((r): ComputedSampleRow => ({
          id: r.id,
          kind: "committeeRole",
          date: isoDay(r.fromDate),
          nsbId: r.organization.id,
          nsb: r.organization.acronym,
          label: r.committee,
          counted: { leadership: r.leadership },
        })),
      },
    };
  },
};
