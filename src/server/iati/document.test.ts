import { describe, expect, it } from "vitest";
import { aggregate, budgetPeriods, cleanText, formatValue, iatiActivitiesXml, indicatorPeriods, periodActual, splitPercentages, type IatiProgramme, type IatiReport } from "./document";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = (start: string, end: string) => ({ periodStart: day(start), periodEnd: day(end) });
const report = (start: string, end: string, values: Partial<IatiReport>): IatiReport => ({
  ...period(start, end),
  organizationId: "nsb",
  value: null,
  valueFemale: null,
  valueMale: null,
  valueOther: null,
  ...values,
});

describe("cleanText", () => {
  it("removes characters XML cannot hold and keeps the rest, markup included, for the builder to escape", () => {
    expect(cleanText(" a\u0001b\u001Fc\tline\nend\uD800 ")).toBe("abc\tline\nend");
    expect(cleanText("<script>alert(1)</script> & 😀")).toBe("<script>alert(1)</script> & 😀");
  });
});

describe("formatValue", () => {
  it("writes plain decimals with at most two places", () => {
    expect(formatValue(14)).toBe("14");
    expect(formatValue(33.333333)).toBe("33.33");
    expect(formatValue(0.5)).toBe("0.5");
    expect(formatValue(999_999_999_999.99)).toBe("999999999999.99");
  });
});

describe("splitPercentages", () => {
  it.each([1, 2, 3, 6, 7, 11])("%i shares add up to exactly 100", (n) => {
    const shares = splitPercentages(n);
    expect(shares).toHaveLength(n);
    expect(shares.reduce((sum, s) => sum + Math.round(Number(s) * 100), 0)).toBe(10_000);
  });
  it("gives the rounding to the first shares", () => {
    expect(splitPercentages(3)).toEqual(["33.34", "33.33", "33.33"]);
    expect(splitPercentages(0)).toEqual([]);
  });
});

describe("budgetPeriods", () => {
  it("cuts the budget into periods of at most a year within the programme's dates, adding up to the amount", () => {
    const periods = budgetPeriods(day("2022-07-01"), day("2024-06-30"), 850_000);
    expect(periods.map((p) => [p.periodStart.toISOString().slice(0, 10), p.periodEnd.toISOString().slice(0, 10)])).toEqual([
      ["2022-07-01", "2023-06-30"],
      ["2023-07-01", "2024-06-30"],
    ]);
    expect(periods.reduce((sum, p) => sum + Math.round(Number(p.value) * 100), 0)).toBe(85_000_000);
  });
  it("shares by days, the last (short) period taking the rounding", () => {
    const periods = budgetPeriods(day("2025-01-01"), day("2026-01-31"), 1000.01);
    expect(periods).toHaveLength(2);
    expect(periods[1]!.periodStart.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(periods[1]!.periodEnd.toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(Number(periods[0]!.value) + Number(periods[1]!.value)).toBeCloseTo(1000.01, 2);
    expect(Number(periods[1]!.value)).toBeCloseTo((1000.01 * 31) / 396, 1);
    for (const p of periods) expect(p.value).toMatch(/^\d+\.\d{2}$/);
  });
  it("handles a one-day programme and a 29 February start", () => {
    expect(budgetPeriods(day("2024-03-01"), day("2024-03-01"), 10)).toEqual([{ ...period("2024-03-01", "2024-03-01"), value: "10.00" }]);
    const leap = budgetPeriods(day("2024-02-29"), day("2026-02-28"), 100);
    expect(leap.map((p) => p.periodEnd.toISOString().slice(0, 10))).toEqual(["2025-02-28", "2026-02-28"]);
  });
});

describe("aggregate", () => {
  it("adds counts and amounts, averages percentages, and says yes only when every value is yes", () => {
    expect(aggregate("COUNT", [1, 2, 3])).toBe(6);
    expect(aggregate("CURRENCY", [1.5, 2.25])).toBe(3.75);
    expect(aggregate("PERCENT", [40, 60, 50])).toBe(50);
    expect(aggregate("YES_NO", [1, 1])).toBe(1);
    expect(aggregate("YES_NO", [1, 0])).toBe(0);
    expect(aggregate("COUNT", [])).toBeNull();
  });
});

describe("periodActual", () => {
  it("sums the NSBs' values and their values by sex when every report gives them", () => {
    const actual = periodActual("COUNT", [
      report("2023-01-01", "2023-06-30", { value: 5, valueFemale: 3, valueMale: 2 }),
      report("2023-01-01", "2023-06-30", { value: 4, valueFemale: 1, valueMale: 2, valueOther: 1 }),
    ]);
    expect(actual).toEqual({ value: 9, female: 4, male: 4, other: 1 });
  });
  it("leaves the sexes out when a report lacks them", () => {
    const actual = periodActual("COUNT", [report("2023-01-01", "2023-06-30", { value: 5, valueFemale: 3, valueMale: 2 }), report("2023-01-01", "2023-06-30", { value: 4 })]);
    expect(actual).toEqual({ value: 9, female: null, male: null, other: null });
  });
  it("prefers programme-wide reports over the NSBs' (no double count)", () => {
    const actual = periodActual("COUNT", [report("2023-01-01", "2023-06-30", { value: 5 }), report("2023-01-01", "2023-06-30", { value: 7, organizationId: null })]);
    expect(actual?.value).toBe(7);
  });
  it("is null without a value", () => {
    expect(periodActual("COUNT", [])).toBeNull();
  });
});

describe("indicatorPeriods", () => {
  const span = { start: day("2022-07-01"), end: day("2024-06-30") };
  it("publishes the target periods with their target and the approved values within them", () => {
    const periods = indicatorPeriods(
      {
        unit: "COUNT",
        targets: [
          { ...period("2022-07-01", "2022-12-31"), organizationId: null, value: 3 },
          { ...period("2023-01-01", "2023-06-30"), organizationId: null, value: 6 },
          // A per-NSB target for the whole programme contains the half-years: not a period of its own.
          { ...period("2022-07-01", "2024-06-30"), organizationId: "nsb", value: 4 },
        ],
        reports: [report("2022-07-01", "2022-12-31", { value: 1 }), report("2022-07-01", "2022-12-31", { value: 2, organizationId: "other" })],
        computed: null,
      },
      span,
    );
    expect(periods).toEqual([
      { ...period("2022-07-01", "2022-12-31"), target: 3, actual: { value: 3, female: null, male: null, other: null } },
      { ...period("2023-01-01", "2023-06-30"), target: 6, actual: null },
    ]);
  });
  it("aggregates per-NSB targets of a period without an overall one", () => {
    const periods = indicatorPeriods(
      {
        unit: "COUNT",
        targets: [
          { ...period("2022-07-01", "2024-06-30"), organizationId: "a", value: 2 },
          { ...period("2022-07-01", "2024-06-30"), organizationId: "b", value: 4 },
        ],
        reports: [],
        computed: null,
      },
      span,
    );
    expect(periods).toEqual([{ ...period("2022-07-01", "2024-06-30"), target: 6, actual: null }]);
  });
  it("gives a report outside every target period its own period, and skips periods with nothing", () => {
    const periods = indicatorPeriods({ unit: "PERCENT", targets: [], reports: [report("2023-03-01", "2023-09-30", { value: 40 })], computed: null }, span);
    expect(periods).toEqual([{ ...period("2023-03-01", "2023-09-30"), target: null, actual: { value: 40, female: null, male: null, other: null } }]);
  });
  it("takes a computed indicator's actuals from its computed values for exactly the period, ignoring reports", () => {
    const actual = { value: 12, female: 7, male: 5, other: null };
    const periods = indicatorPeriods(
      {
        unit: "COUNT",
        targets: [
          { ...period("2022-07-01", "2022-12-31"), organizationId: null, value: 10 },
          { ...period("2023-01-01", "2023-06-30"), organizationId: null, value: 10 },
        ],
        reports: [report("2022-07-01", "2022-12-31", { value: 99 })],
        computed: [{ ...period("2022-07-01", "2022-12-31"), actual }],
      },
      span,
    );
    expect(periods).toEqual([
      { ...period("2022-07-01", "2022-12-31"), target: 10, actual },
      { ...period("2023-01-01", "2023-06-30"), target: 10, actual: null },
    ]);
  });
});

describe("iatiActivitiesXml", () => {
  const programme: IatiProgramme = {
    code: "X-1",
    title: "<script>alert('x')</script> & friends",
    summary: "",
    objectives: "",
    region: "",
    status: "PLANNED",
    startDate: day("2027-01-01"),
    endDate: day("2027-12-31"),
    budgetAmount: null,
    budgetCurrency: "CHF",
    updatedAt: new Date("2026-11-20T10:00:00.123Z"),
    donors: [],
    beneficiaries: [{ name: "Kenya Bureau of Standards", acronym: "KEBS", countryCode: "KE", countryName: "Kenya" }],
    indicators: [],
  };
  const xml = iatiActivitiesXml([programme], { orgRef: "XI-ISO", now: new Date("2026-11-22T08:00:00Z") });

  it("escapes text and markup", () => {
    expect(xml).toContain("&lt;script&gt;alert('x')&lt;/script&gt; &amp; friends");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain('<iati-activities version="2.03" generated-datetime="2026-11-22T08:00:00Z">');
    expect(xml).toContain("<iati-identifier>XI-ISO-X-1</iati-identifier>");
  });
  it("writes a single country without a percentage, national scope, and no actual dates for a planned programme", () => {
    expect(xml).toContain('<recipient-country code="KE">');
    expect(xml).not.toContain("percentage=");
    expect(xml).toContain('<activity-scope code="4"/>');
    expect(xml).not.toMatch(/activity-date type="[24]"/);
    expect(xml).not.toContain("<budget");
  });
  it("falls back to the title for the one description IATI requires", () => {
    const bare = iatiActivitiesXml([{ ...programme, title: "Bare", beneficiaries: [] }], { orgRef: "XI-ISO", now: new Date("2026-11-22T08:00:00Z") });
    expect(bare).toMatch(/<description type="1">\s*<narrative>Bare<\/narrative>/);
    expect(bare).not.toContain("recipient-country");
    expect(bare).not.toContain("activity-scope");
  });
});
