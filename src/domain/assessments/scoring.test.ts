import { describe, expect, it } from "vitest";
import { asPercentOfMax, averageChange, compareRounds, roundScores, unansweredQuestions } from "./scoring";
import type { TemplateContent } from "./template";

const text = (en: string) => ({ en, fr: "", es: "" });
const question = (key: string) => ({ key, text: text(key), levels: [0, 1, 2, 3, 4].map((l) => text(`${key} level ${l}`)) });
const content = (areas: Record<string, string[]>): TemplateContent => ({
  areas: Object.entries(areas).map(([key, questions]) => ({ key, title: text(key), questions: questions.map(question) })),
});

describe("round scores", () => {
  const two = content({ governance: ["g1", "g2"], gsp: ["p1"] });

  it("scores an area as the mean of its answered questions and the round as the mean of its areas", () => {
    const scores = roundScores(two, [
      { questionKey: "g1", score: 1 },
      { questionKey: "g2", score: 4 },
      { questionKey: "p1", score: 2 },
    ]);
    expect(scores.areas).toEqual([
      { key: "governance", score: 2.5, answered: 2, questions: 2 },
      { key: "gsp", score: 2, answered: 1, questions: 1 },
    ]);
    // Each area weighs the same: (2.5 + 2) / 2, not (1 + 4 + 2) / 3.
    expect(scores.overall).toBe(2.25);
  });

  it("leaves unanswered questions and answers to questions of another version out", () => {
    const scores = roundScores(two, [
      { questionKey: "g1", score: 3 },
      { questionKey: "g2", score: null },
      { questionKey: "gone", score: 0 },
    ]);
    expect(scores.areas.map((a) => a.score)).toEqual([3, null]);
    expect(scores.overall).toBe(3);
    expect(roundScores(two, []).overall).toBeNull();
  });

  it("lists the questions still without a level (0 is an answer)", () => {
    expect(unansweredQuestions(two, [{ questionKey: "g1", score: 0 }, { questionKey: "p1", score: null }])).toEqual(["g2", "p1"]);
    expect(unansweredQuestions(two, ["g1", "g2", "p1"].map((questionKey) => ({ questionKey, score: 4 })))).toEqual([]);
  });

  it("rounds to two decimals", () => {
    const three = content({ a: ["a1", "a2", "a3"] });
    expect(roundScores(three, [{ questionKey: "a1", score: 1 }, { questionKey: "a2", score: 1 }, { questionKey: "a3", score: 2 }]).overall).toBe(1.33);
  });
});

describe("baseline against latest", () => {
  it("compares area by area, including areas only one version has", () => {
    const baseline = { overall: 1.5, areas: [{ key: "governance", score: 1, answered: 1, questions: 1 }, { key: "old", score: 2, answered: 1, questions: 1 }] };
    const latest = { overall: 3, areas: [{ key: "gender", score: 4, answered: 1, questions: 1 }, { key: "governance", score: 2, answered: 1, questions: 1 }] };
    expect(compareRounds(baseline, latest)).toEqual({
      overall: { baseline: 1.5, latest: 3, change: 1.5 },
      areas: [
        { key: "gender", baseline: null, latest: 4, change: null },
        { key: "governance", baseline: 1, latest: 2, change: 1 },
        { key: "old", baseline: 2, latest: null, change: null },
      ],
    });
  });

  it("has no change without a later round", () => {
    const baseline = { overall: 2, areas: [{ key: "a", score: 2, answered: 1, questions: 1 }] };
    expect(compareRounds(baseline, null).overall).toEqual({ baseline: 2, latest: null, change: null });
  });

  it("averages the changes of the NSBs that have both rounds, and converts points to percentage points", () => {
    expect(averageChange([1, 0.5, null])).toBe(0.75);
    expect(averageChange([null])).toBeNull();
    expect(asPercentOfMax(0.75)).toBe(18.75);
    expect(asPercentOfMax(null)).toBeNull();
  });
});
