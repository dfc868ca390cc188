import { describe, expect, it } from "vitest";
import { gridControlName, rowStamp, type GridValues } from "@/domain/participations/grid-form";
import { answerOf, NO_ANSWER } from "./grid-answer";

const shown: GridValues = {
  attendance: "ATTENDED", role: "PARTICIPANT", completed: false, preTestScore: "", postTestScore: "", satisfaction: "",
  feedback: "", testimonial: "", consentToQuote: false,
};
const values = {
  activityId: "act1",
  r: [rowStamp("p1", 1, shown), rowStamp("p2", 4, shown)],
  [gridControlName("attendance", 0)]: "ATTENDED", [gridControlName("role", 0)]: "PARTICIPANT",
  [gridControlName("attendance", 1)]: "ATTENDED", [gridControlName("role", 1)]: "PARTICIPANT", [gridControlName("postTestScore", 1)]: "150",
};

describe("the grid's start after a native submit", () => {
  it("starts as usual when nothing was submitted, and with the outcome alone after a save", () => {
    expect(answerOf({ status: "idle" })).toBe(NO_ANSWER);
    expect(answerOf({ status: "success", message: "1 row saved." })).toEqual({ ...NO_ANSWER, outcome: { tone: "success", message: "1 row saved." } });
  });

  it("after field errors keeps the typed rows as unsaved edits, with their errors", () => {
    const answer = answerOf({ status: "error", message: "Check the fields.", fieldErrors: { "postTestScore.p2": ["A score from 0 to 100."] }, values });
    expect(answer.edits).toEqual({ p2: { version: 4, values: { ...shown, postTestScore: "150" } } });
    expect(answer.errors).toEqual({ p2: { postTestScore: ["A score from 0 to 100."] } });
    expect(answer.outcome).toEqual({ tone: "error", message: "Check the fields." });
  });

  it("after a conflict shows the row and keeps the user's values over the version stored now", () => {
    const current = { id: "p2", version: 5, postTestScore: 60 };
    const answer = answerOf({ status: "conflict", message: "Changed by Ana.", conflict: { changedBy: "Ana", changedAt: "2026-01-01T00:00:00Z", current }, values });
    expect(answer.conflicts).toEqual({ p2: { message: "Changed by Ana.", current, kept: true } });
    expect(answer.edits.p2).toEqual({ version: 5, values: { ...shown, postTestScore: "150" } });
  });
});
