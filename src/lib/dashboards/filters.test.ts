import { describe, expect, it } from "vitest";
import { filterQuery, parseDashboardFilters } from "./filters";

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
