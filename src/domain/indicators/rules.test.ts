import { describe, expect, it } from "vitest";
import { indicatorRuleErrors, isCurrencyCode, targetRuleErrors, valueProblem } from "@/domain/indicators/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("valueProblem", () => {
  it("keeps values within what the unit means", () => {
    expect(valueProblem("PERCENT", 100)).toBeNull();
    expect(valueProblem("PERCENT", 100.5)).toMatch(/between 0 and 100/);
    expect(valueProblem("COUNT", 2.5)).toMatch(/whole number/);
    expect(valueProblem("YES_NO", 2)).toMatch(/1 for yes/);
    expect(valueProblem("CURRENCY", 1234.56)).toBeNull();
    expect(valueProblem("CURRENCY", 1.005)).toMatch(/two decimal/);
    expect(valueProblem("COUNT", -1)).toMatch(/zero or a positive/);
  });
});

describe("indicatorRuleErrors", () => {
  const base = { unit: "COUNT", currency: null, source: "MANUAL", baselineValue: null, baselineDate: null, targetValue: null, targetDate: null } as const;
  it("asks for an ISO 4217 currency only for currency indicators", () => {
    expect(indicatorRuleErrors({ ...base, unit: "CURRENCY" }).currency).toBeDefined();
    expect(indicatorRuleErrors({ ...base, unit: "CURRENCY", currency: "XYZ" }).currency).toBeDefined();
    expect(indicatorRuleErrors({ ...base, unit: "CURRENCY", currency: "CHF" })).toEqual({});
    expect(indicatorRuleErrors({ ...base, currency: "CHF" }).currency).toBeDefined();
    expect(isCurrencyCode("usd")).toBe(false);
  });
  it("matches computed sources to their unit and orders the dates", () => {
    expect(indicatorRuleErrors({ ...base, source: "WOMEN_SHARE" }).unit).toBeDefined();
    expect(indicatorRuleErrors({ ...base, unit: "PERCENT", source: "WOMEN_SHARE", targetValue: 101 }).targetValue).toBeDefined();
    expect(indicatorRuleErrors({ ...base, baselineDate: day("2024-01-01"), targetDate: day("2023-01-01") }).targetDate).toBeDefined();
  });
});

describe("targetRuleErrors", () => {
  const row = (start: string, end: string, organizationId: string | null = null, targetValue = 1) => ({
    periodStart: day(start), periodEnd: day(end), organizationId, targetValue,
  });
  it("refuses overlapping periods of the same NSB, not of different ones", () => {
    expect(targetRuleErrors("COUNT", [row("2024-01-01", "2024-06-30"), row("2024-07-01", "2024-12-31")])).toEqual({});
    expect(targetRuleErrors("COUNT", [row("2024-01-01", "2024-06-30", "a"), row("2024-01-01", "2024-06-30", "b"), row("2024-01-01", "2024-06-30")])).toEqual({});
    const errors = targetRuleErrors("COUNT", [row("2024-01-01", "2024-06-30", "a"), row("2024-06-30", "2024-12-31", "a")]);
    expect(Object.keys(errors)).toEqual(["targets.1.periodStart"]);
    expect(errors["targets.1.periodStart"]![0]).toMatch(/row 1/);
  });
  it("checks each period's dates and value", () => {
    const errors = targetRuleErrors("PERCENT", [row("2024-06-30", "2024-01-01", null, 120)]);
    expect(Object.keys(errors).sort()).toEqual(["targets.0.periodEnd", "targets.0.targetValue"]);
  });
});
