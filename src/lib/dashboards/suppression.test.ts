import { describe, expect, it } from "vitest";
import { publishCount, publishSurveyFigure } from "./suppression";

describe("publishCount", () => {
  it("suppresses 1 to 4, keeps 0, rounds the rest to a multiple of 5", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 100].map((n) => publishCount(n, 5))).toEqual([0, null, null, null, null, 5, 5, 5, 10, 10, 15, 100]);
    expect(publishCount(3, 1)).toBe(3);
    expect(publishCount(null, 5)).toBeNull();
  });

  it("a row's total minus its other cells does not give a suppressed cell back", () => {
    // Every row of three cells (0-30 each) with one suppressed cell (1-4).
    const possible = (published: number | null) => Array.from({ length: 80 }, (_, v) => v).filter((v) => publishCount(v, 5) === published);
    let rows = 0;
    let pinned = 0;
    for (let a = 1; a < 5; a++) {
      for (let b = 0; b <= 30; b++) {
        for (let c = 0; c <= 30; c++) {
          if (publishCount(b, 5) === null || publishCount(c, 5) === null) continue;
          rows++;
          const total = publishCount(a + b + c, 5)!;
          // The subtraction itself never lands on the hidden value.
          expect(total - publishCount(b, 5)! - publishCount(c, 5)!, `cells ${a}, ${b}, ${c}`).not.toBe(a);
          // Reasoning over every value each published figure could stand for leaves several
          // candidates, but for rare edge rows (such as 1, 8, 8): README, Security and privacy.
          const totals = possible(total);
          const others = possible(publishCount(b, 5)).flatMap((x) => possible(publishCount(c, 5)).map((y) => x + y));
          if ([1, 2, 3, 4].filter((x) => totals.some((t) => others.includes(t - x))).length < 2) pinned++;
        }
      }
    }
    expect(pinned / rows).toBeLessThan(0.02);
  });
});

describe("publishSurveyFigure", () => {
  it("publishes a group's people and respondents and draws its share from them", () => {
    expect(publishSurveyFigure({ value: 78.95, people: 30, respondents: 38 }, "share", 5)).toEqual({ value: 75, people: 30, respondents: 40 });
    // 3 of 7: the share would give the 3 back.
    expect(publishSurveyFigure({ value: 42.86, people: 3, respondents: 7 }, "share", 5)).toEqual({ value: null, people: null, respondents: 5 });
    expect(publishSurveyFigure({ value: 12, people: 12, respondents: 38 }, "people", 5)).toEqual({ value: 10, people: 10, respondents: 40 });
    // Standards named are not people: their count stays, the people who named them are published.
    expect(publishSurveyFigure({ value: 8, people: 3, respondents: 4 }, "other", 5)).toEqual({ value: 8, people: null, respondents: null });
  });
});
