import "server-only";
import { capacityScoreChange } from "@/server/assessments/indicator";
import type { SourceDefinition } from "./source";

/*
 * CAPACITY_SCORE_CHANGE: each NSB's change of self-assessment score, baseline to latest,
 * averaged across NSBs (src/server/assessments/indicator.ts), within the caller's view.
 */
export const capacityScoreChangeSource: SourceDefinition = {
  compute: (ctx, period) =>
    capacityScoreChange({
      scope: { programme: ctx.programmeWhere, organization: ctx.nsbWhere },
      programmeId: ctx.indicator.programmeId,
      nsbIds: ctx.nsbIds,
      nsbLabel: ctx.nsbLabel,
      programmeCode: ctx.indicator.programme?.code ?? null,
      start: period.start,
      end: period.end,
      unit: ctx.indicator.unit,
    }),
};
