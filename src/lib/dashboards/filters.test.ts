import { describe, expect, it } from "vitest";
import { filterQuery, parseDashboardFilters, planReportYear, planYears } from "./filters";

describe("dashboard filters in the URL", () => {
  it("reads the filters and writes them back the same", () => {
    const filters = parseDashboardFilters({ programmeId: "p1", nsbId: "n1", from: "2023-01-01", to: "2023-12-31", activityType: "TRAINING" });
    expect(filters).toEqual({ programmeId: "p1", nsbId: "n1", from: new Date("2023-01-01T00:00:00Z"), to: new Date("2023-12-31T00:00:00Z"), activityType: "TRAINING" });
    expect(parseDashboardFilters(new URLSearchParams(filterQuery(filters).slice(1)))).toEqual(filters);
  });

  it("drops bad values and swaps a backwards range", () => {
    expect(parseDashboardFilters({ activityType: "PARTY", from: "2023-02-30x", programmeId: "" })).toEqual({});
    expect(parseDashboardFilters({ from: "2024-01-01", to: "2023-01-01" })).toEqual({ from: new Date("2023-01-01T00:00:00Z"), to: new Date("2024-01-01T00:00:00Z") });
    expect(filterQuery({})).toBe("");
    expect(filterQuery({ activityType: "WEBINAR" }, { planId: "x", year: undefined })).toBe("?activityType=WEBINAR&planId=x");
  });
});

describe("the year of a yearly plan report", () => {
  const plan = { startYear: 2021, endYear: 2025 };
  it("is one of the plan's years", () => {
    expect(planYears(plan)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(planReportYear("2023", plan)).toEqual({ year: 2023 });
    expect(planReportYear(["2021", "1999"], plan)).toEqual({ year: 2021 });
  });

  it("is refused outside the plan's years, and missing when absent or not a year", () => {
    expect(planReportYear("1999", plan)).toEqual({ problem: "outside", asked: 1999 });
    expect(planReportYear("2026", plan)).toEqual({ problem: "outside", asked: 2026 });
    for (const raw of [undefined, "", "20x3", "2023.5", "-2023"]) expect(planReportYear(raw, plan)).toEqual({ problem: "missing" });
  });
});
