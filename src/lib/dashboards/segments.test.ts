import { describe, expect, it } from "vitest";
import { MAX_SEGMENTS, segmentWindows } from "./segments";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const w = (start: string, end: string) => ({ start: d(start), end: d(end) });

/** The segment a day falls in, as PostgreSQL's width_bucket(day, bounds) - 1 gives it (-1 or bounds.length - 1: outside). */
const segmentOf = (bounds: string[], day: string) => bounds.filter((b) => b <= day).length - 1;
const inWindow = (mask: bigint, segment: number) => segment >= 0 && (mask & (1n << BigInt(segment))) !== 0n;

describe("segmentWindows", () => {
  it("cuts years and the whole span into one segment per year, the whole covering them all", () => {
    const years = [w("2022-07-01", "2022-12-31"), w("2023-01-01", "2023-12-31"), w("2024-01-01", "2024-06-30")];
    const whole = w("2022-07-01", "2024-06-30");
    const [chunk, ...rest] = segmentWindows([whole, ...years]);
    expect(rest).toEqual([]);
    expect(chunk!.bounds).toEqual(["2022-07-01", "2023-01-01", "2024-01-01", "2024-07-01"]);
    const masks = new Map(chunk!.windows.map((x) => [x.window, x.mask]));
    expect(masks.get(whole)).toBe(0b111n);
    expect(years.map((y) => masks.get(y))).toEqual([0b001n, 0b010n, 0b100n]);
  });

  it("puts every day in exactly the windows that contain it, overlapping windows included", () => {
    const windows = [w("2023-01-01", "2023-12-31"), w("2023-07-01", "2024-06-30"), w("2023-03-15", "2023-03-15"), w("2024-01-01", "2024-12-31")];
    const [chunk] = segmentWindows(windows);
    for (let t = d("2022-12-30").getTime(); t <= d("2025-01-02").getTime(); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const segment = segmentOf(chunk!.bounds, day);
      for (const { window, mask } of chunk!.windows) {
        const contains = window.start <= new Date(t) && new Date(t) <= window.end;
        expect(inWindow(mask, segment < chunk!.bounds.length - 1 ? segment : -1), `${day} in ${window.start.toISOString()}`).toBe(contains);
      }
    }
  });

  it("splits more windows than a mask holds into chunks of at most 62 segments", () => {
    const months = Array.from({ length: 40 }, (_, k) => w(`${2020 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}-01`, `${2020 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}-10`));
    const chunks = segmentWindows(months);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.windows).length).toBe(40);
    for (const chunk of chunks) {
      expect(chunk.bounds.length - 1).toBeLessThanOrEqual(MAX_SEGMENTS);
      for (const { mask } of chunk.windows) expect(mask > 0n && mask < 1n << 62n).toBe(true);
    }
  });
});
