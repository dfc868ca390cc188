import { describe, expect, it } from "vitest";
import { responseRate, surveyIndicatorFigures, type SurveyAnswerRow } from "./indicators";

let n = 0;
const row = (participantId: string, over: Partial<SurveyAnswerRow> = {}): SurveyAnswerRow => ({
  invitationId: `inv${++n}`,
  participantId,
  sex: "FEMALE",
  ageBand: "AGE_25_34",
  stakeholderGroup: "NSB_STAFF",
  nsbId: "bsn",
  monthsAfter: 6,
  applied: null,
  standards: [],
  committee: null,
  ...over,
});

describe("share who applied what they learned after 6 months", () => {
  it("counts each person once, yes or partly in any 6-month answer, 3-month answers left out", () => {
    const f = surveyIndicatorFigures("SURVEY_APPLIED_SHARE", [
      row("ana", { applied: "NO" }),
      row("ana", { applied: "PARTLY" }), // a second activity: Ana counts once, as having applied
      row("ben", { sex: "MALE", applied: "NO" }),
      row("cai", { sex: "MALE", applied: "YES", monthsAfter: 3 }), // too early: not read
      row("dia", { applied: "YES", monthsAfter: 12 }),
      row("eve", { applied: null }), // did not answer this question
    ]);
    expect(f).toMatchObject({ value: 66.67, people: 2, respondents: 3 });
    expect(f.bySex.FEMALE).toEqual({ value: 100, people: 2, respondents: 2 });
    expect(f.bySex.MALE).toEqual({ value: 0, people: 0, respondents: 1 });
    expect(f.rows.filter((r) => r.repeat)).toHaveLength(1);
  });

  it("has no value when nobody answered", () => {
    expect(surveyIndicatorFigures("SURVEY_APPLIED_SHARE", []).value).toBeNull();
  });
});

describe("standards used or adopted nationally", () => {
  it("counts distinct standards, and the people who reported one", () => {
    const f = surveyIndicatorFigures("SURVEY_STANDARDS_USED", [
      row("ana", { standards: ["ISO 9001", "ISO/IEC 27001"] }),
      row("ben", { sex: "MALE", stakeholderGroup: "INDUSTRY", standards: ["ISO/IEC 27001"] }),
      row("ben", { sex: "MALE", stakeholderGroup: "INDUSTRY", monthsAfter: 3, standards: ["ISO 14001"] }),
      row("cai", { standards: [] }),
    ]);
    expect(f).toMatchObject({ value: 3, people: 2, respondents: 3 });
    expect(f.bySex.MALE).toEqual({ value: 2, people: 1, respondents: 1 });
    expect(f.byGroup.NSB_STAFF).toEqual({ value: 2, people: 1, respondents: 2 });
  });
});

describe("people who joined a committee", () => {
  it("counts a person once across answers, by age band and NSB", () => {
    const f = surveyIndicatorFigures("SURVEY_COMMITTEE_JOINED", [
      row("ana", { committee: true }),
      row("ana", { committee: true, monthsAfter: 3 }),
      row("ben", { ageBand: "UNDER_25", nsbId: "tisi", committee: false }),
      row("cai", { ageBand: "UNDER_25", nsbId: "tisi", committee: true }),
    ]);
    expect(f).toMatchObject({ value: 2, people: 2, respondents: 3 });
    expect(f.byAgeBand.UNDER_25).toEqual({ value: 1, people: 1, respondents: 2 });
    expect(f.byNsb.bsn).toEqual({ value: 1, people: 1, respondents: 1 });
  });
});

describe("response rate", () => {
  it("is a percentage, none without invitations", () => {
    expect(responseRate(1, 3)).toBe(33.33);
    expect(responseRate(0, 0)).toBeNull();
  });
});
