import { describe, expect, it } from "vitest";
import { applicableTarget, periodLabel } from "@/domain/indicators/targets";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const target = (start: string, end: string, value: number) => ({ periodStart: d(start), periodEnd: d(end), targetValue: value });

describe("applicableTarget", () => {
  const targets = [target("2025-01-01", "2025-12-31", 20), target("2026-01-01", "2026-12-31", 40), target("2025-01-01", "2027-12-31", 100)];
  it("takes the shortest period containing the day", () => {
    expect(applicableTarget(targets, d("2026-03-10"))?.targetValue).toBe(40);
    expect(applicableTarget(targets, new Date("2026-12-31T18:00:00Z"))?.targetValue).toBe(40);
  });
  it("takes the next period before any starts, the last one after all ended", () => {
    expect(applicableTarget(targets, d("2024-05-01"))?.targetValue).toBe(20);
    expect(applicableTarget([target("2026-01-01", "2026-12-31", 40)], d("2028-01-01"))?.targetValue).toBe(40);
  });
  it("answers null without targets", () => {
    expect(applicableTarget([], d("2026-01-01"))).toBeNull();
  });
});

describe("periodLabel", () => {
  const day = (x: Date) => x.toISOString().slice(0, 10);
  it("names calendar years by their year", () => {
    expect(periodLabel({ periodStart: d("2026-01-01"), periodEnd: d("2026-12-31") }, day)).toBe("2026");
    expect(periodLabel({ periodStart: d("2025-01-01"), periodEnd: d("2027-12-31") }, day)).toBe("2025–2027");
  });
  it("gives other periods as days", () => {
    expect(periodLabel({ periodStart: d("2026-01-01"), periodEnd: d("2026-06-30") }, day)).toBe("2026-01-01 – 2026-06-30");
  });
});
