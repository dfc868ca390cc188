import { describe, expect, it } from "vitest";
import { calendarYears, isoDay, mean, pushTo, round2 } from "./figures";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("dashboard figure helpers", () => {
  it("clips calendar years to the span", () => {
    expect(calendarYears(day("2024-03-05"), day("2026-02-01")).map((y) => [isoDay(y.start), isoDay(y.end)])).toEqual([
      ["2024-03-05", "2024-12-31"],
      ["2025-01-01", "2025-12-31"],
      ["2026-01-01", "2026-02-01"],
    ]);
    expect(calendarYears(day("2026-01-01"), day("2025-01-01"))).toEqual([]);
  });

  it("rounds means to 2 decimals and gives none for no values", () => {
    expect(mean([1, 2, 2])).toBe(1.67);
    expect(mean([])).toBeNull();
    expect(round2(2 / 3)).toBe(0.67);
  });

  it("groups values by key", () => {
    const groups = new Map<string, number[]>();
    pushTo(groups, "a", 1);
    pushTo(groups, "a", 2);
    pushTo(groups, "b", 3);
    expect([...groups]).toEqual([["a", [1, 2]], ["b", [3]]]);
  });
});
