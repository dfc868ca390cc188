import "server-only";
import { surveyIndicatorValue } from "@/server/surveys/indicators";
import type { SurveySource } from "@/domain/surveys/indicators";
import type { SourceDefinition } from "./source";

/*
 * SURVEY_APPLIED_SHARE, SURVEY_STANDARDS_USED, SURVEY_COMMITTEE_JOINED: follow-up survey
 * answers, computed by src/server/surveys/indicators.ts within the caller's view.
 */
export const surveySource = (source: SurveySource): SourceDefinition => ({
  compute: (ctx, period) =>
    surveyIndicatorValue(
      {
        programmeWhere: ctx.programmeWhere,
        programmeId: ctx.indicator.programmeId,
        programmeCode: ctx.indicator.programme?.code ?? null,
        nsbIds: ctx.nsbIds,
        nsbLabel: ctx.nsbLabel,
        names: ctx.names,
      },
      source,
      period.start,
      period.end,
    ),
});
