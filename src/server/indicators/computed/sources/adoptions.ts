import "server-only";
import { db } from "@/server/db";
import { isoDay } from "@/lib/dashboards/figures";
import { countByNsb, evidenceNsbWhere, SAMPLE_SIZE, scopeWords } from "../shared";
import type { ComputedSampleRow, SourceResult } from "../types";
import type { SourceDefinition } from "./source";

/*
 * NATIONAL_ADOPTIONS: NationalAdoption rows adopted in the period by the programme's
 * beneficiary NSBs (a plan-wide indicator: every NSB in the caller's scope), by NSB.
 */

export const nationalAdoptions: SourceDefinition = {
  async compute(ctx, period): Promise<SourceResult> {
    const rows = await db().nationalAdoption.findMany({
      where: { organization: evidenceNsbWhere(ctx), adoptionDate: { gte: period.start, lte: period.end } },
      select: { id: true, standardReference: true, nationalReference: true, adoptionDate: true, degree: true, organization: { select: { id: true, acronym: true } } },
      orderBy: [{ adoptionDate: "asc" }, { id: "asc" }],
    });
    return {
      value: rows.length,
      byNsb: await countByNsb(ctx, rows),
      explanation: {
        formula: `National adoptions of ISO standards (identical or modified) recorded for ${scopeWords(ctx, period).whose}, with an adoption date from ${isoDay(period.start)} to ${isoDay(period.end)}.`,
        rows: rows.length,
        sample: rows.slice(0, SAMPLE_SIZE).map((r): ComputedSampleRow => ({
          id: r.id,
          kind: "nationalAdoption",
          date: isoDay(r.adoptionDate),
          nsbId: r.organization.id,
          nsb: r.organization.acronym,
          label: `${r.standardReference} → ${r.nationalReference}`,
          counted: { degree: r.degree },
        })),
      },
    };
  },
};
