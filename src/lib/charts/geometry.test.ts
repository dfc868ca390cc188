import { describe, expect, it } from "vitest";
import { needsSlant, niceTicks, pct, scale, shownTicks, slantOverhang } from "./geometry";

describe("chart geometry", () => {
  it("covers the data and zero with round ticks, whole ones for counts", () => {
    expect(niceTicks([3, 5, 12, 1])).toEqual([0, 5, 10, 15]);
    expect(niceTicks([1, 3])).toEqual([0, 1, 2, 3]);
    expect(niceTicks([125000, 98250.5])).toEqual([0, 25000, 50000, 75000, 100000, 125000]);
    expect(niceTicks([72.5, 110])).toEqual([0, 25, 50, 75, 100, 125]);
    expect(niceTicks([0.2, 0.7])).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks([])).toEqual([0, 1]);
    expect(niceTicks([-4, 10])[0]).toBeLessThanOrEqual(-4);
  });

  it("places values between the first and last tick, in short percentages", () => {
    const at = scale([0, 25, 50, 75, 100]);
    expect(at(50)).toBe(0.5);
    expect(pct(at(72.5))).toBe("72.5%");
    expect(pct(1 / 3)).toBe("33.333%");
  });

  it("slants category names only where they would collide", () => {
    const statuses = ["Planned", "Ongoing", "Completed", "Cancelled"];
    expect(needsSlant(statuses, 12, 540)).toBe(false);
    expect(needsSlant([...statuses, ...statuses], 12, 280)).toBe(true);
    // Slanted, the first long name reaches left of the plot; the chart leaves that room.
    expect(slantOverhang(["Non communiqué", "15-24"], 12, 280, 35)).toBeGreaterThan(0);
    expect(slantOverhang(["A", "B"], 12, 280, 35)).toBe(0);
  });

  it("names every k-th month on a narrow axis, always the first and the last, without crowding the last", () => {
    const months = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, "0")} 2024`);
    const shown = shownTicks(months, 12, 280);
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(11);
    expect(shown.length).toBeLessThan(12);
    const gaps = shown.slice(1).map((v, i) => v - shown[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(gaps[0]!);
    expect(shownTicks(["2021", "2022", "2023"], 12, 280)).toEqual([0, 1, 2]);
  });
});
