import "server-only";
import type { ComputedSource } from "./types";
import type { SourceDefinition } from "./sources/source";
import { participantsTrained, womenShare } from "./sources/people-trained";
import { knowledgeGain, satisfaction } from "./sources/averages";
import { nationalAdoptions } from "./sources/adoptions";
import { leadershipPositions } from "./sources/leadership";
import { surveySource } from "./sources/surveys";
import { capacityScoreChangeSource } from "./sources/capacity";

/**
 * Every computed source and its definition (./sources/*): one line per IndicatorSource
 * other than MANUAL. TypeScript refuses a source left out.
 */
export const COMPUTED_SOURCES: Readonly<Record<ComputedSource, SourceDefinition>> = {
  PARTICIPANTS_TRAINED: participantsTrained,
  WOMEN_SHARE: womenShare,
  AVG_KNOWLEDGE_GAIN: knowledgeGain,
  AVG_SATISFACTION: satisfaction,
  NATIONAL_ADOPTIONS: nationalAdoptions,
  LEADERSHIP_POSITIONS: leadershipPositions,
  SURVEY_APPLIED_SHARE: surveySource("SURVEY_APPLIED_SHARE"),
  SURVEY_STANDARDS_USED: surveySource("SURVEY_STANDARDS_USED"),
  SURVEY_COMMITTEE_JOINED: surveySource("SURVEY_COMMITTEE_JOINED"),
  CAPACITY_SCORE_CHANGE: capacityScoreChangeSource,
};
