import { describe, expect, it } from "vitest";
import { addMonths, answerFacts, nextReminderAt, normalizeStandard, readAnswers, standardsIn, surveyWindow } from "./rules";
import { templateQuestions } from "./templates";
import { questionSetSchema } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dates", () => {
  it("adds months, keeping to the end of a shorter month", () => {
    expect(addMonths(day("2022-11-17"), 6)).toEqual(day("2023-05-17"));
    expect(addMonths(day("2023-08-31"), 6)).toEqual(day("2024-02-29"));
  });

  it("opens a survey N months after the end, and keeps it open for its days from then or from today", () => {
    const now = day("2026-01-10");
    expect(surveyWindow(day("2026-01-01"), 3, 30, now)).toEqual({ opensAt: day("2026-04-01"), closesAt: day("2026-05-01") });
    expect(surveyWindow(day("2022-11-17"), 6, 30, now)).toEqual({ opensAt: day("2023-05-17"), closesAt: day("2026-02-09") });
  });

  it("allows one reminder a week", () => {
    const now = day("2026-01-10");
    expect(nextReminderAt(null, now)).toBeNull();
    expect(nextReminderAt(day("2026-01-02"), now)).toBeNull();
    expect(nextReminderAt(day("2026-01-05"), now)).toEqual(day("2026-01-12"));
  });
});

describe("answers", () => {
  const questions = templateQuestions("standard");

  it("keeps a partial draft, and asks a final answer for every counted choice", () => {
    expect(readAnswers(questions, { a_applied: "YES", a_changes: " More audits " , a_unknown: "x" }, false)).toEqual({ answers: { applied: "YES", changes: "More audits" }, errors: {} });
    const final = readAnswers(questions, { a_applied: "YES" }, true);
    expect(Object.keys(final.errors).sort()).toEqual(["a_committee", "a_usefulness"]);
  });

  it("refuses values a question does not offer", () => {
    const { errors } = readAnswers(questions, { a_applied: "MAYBE", a_committee: "perhaps", a_usefulness: "9" }, false);
    expect(Object.keys(errors).sort()).toEqual(["a_applied", "a_committee", "a_usefulness"]);
  });

  it("reads the facts the indicators count", () => {
    const { answers } = readAnswers(questions, { a_applied: "PARTLY", a_committee: "yes", a_usefulness: "4", a_standards: "iso 9001:2015\nISO/IEC27001; ISO 9001, none" }, true);
    expect(answerFacts(questions, answers)).toEqual({ applied: "PARTLY", committee: true, standards: ["ISO 9001", "ISO/IEC 27001"] });
  });
});

describe("standards", () => {
  it("normalises references so one standard counts once", () => {
    expect(normalizeStandard(" iso  9001:2015 ")).toBe("ISO 9001");
    expect(normalizeStandard("ISO / IEC 27001")).toBe("ISO/IEC 27001");
    expect(standardsIn("ISO 14001, iso 14001:2015; nothing")).toEqual(["ISO 14001"]);
  });
});

describe("question sets", () => {
  it("accepts the templates and refuses a counted question asked twice or an unworded own question", () => {
    expect(questionSetSchema.safeParse(templateQuestions("short")).success).toBe(true);
    const twice = [...templateQuestions("short"), { id: "again", kind: "APPLIED", prompt: "" }];
    expect(questionSetSchema.safeParse(twice).success).toBe(false);
    expect(questionSetSchema.safeParse([{ id: "own", kind: "TEXT", prompt: "" }]).success).toBe(false);
  });
});
