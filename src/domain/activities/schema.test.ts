import { describe, expect, it } from "vitest";
import { activityFormSchema, parseTopics } from "@/domain/activities/schema";

describe("parseTopics", () => {
  it("splits on commas, trims, collapses spaces and drops duplicates in any case", () => {
    expect(parseTopics(" CET,  NSS , cet,, JTC   1 ")).toEqual(["CET", "NSS", "JTC 1"]);
    expect(parseTopics(["GSP", "gsp, Climate"])).toEqual(["GSP", "Climate"]);
    expect(parseTopics(undefined)).toEqual([]);
  });
});

describe("activityFormSchema", () => {
  const form = {
    programmeId: "p1",
    resultAreaId: "",
    title: "Webinar",
    description: "",
    type: "WEBINAR",
    level: "REGIONAL",
    modality: "ONLINE",
    status: "PLANNED",
    startDate: "2026-04-01",
    endDate: "2026-04-01",
    venueCity: "",
    venueCountryCode: "",
    topics: "CET",
    budgetAmount: "",
    actualCost: "",
    currency: "CHF",
  };

  it("accepts a one-day online activity without venue, result or targets", () => {
    const parsed = activityFormSchema.parse(form);
    expect([parsed.resultAreaId, parsed.venueCountryCode, parsed.targetNsbIds, parsed.topics]).toEqual([null, null, [], ["CET"]]);
  });

  it("refuses an end before the start, unknown values and too many topics", () => {
    const result = activityFormSchema.safeParse({ ...form, endDate: "2026-03-31", level: "GLOBAL", topics: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") });
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["endDate", "level", "topics"]);
  });
});
