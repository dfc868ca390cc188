import type { Period } from "@/domain/reports/rules";

export interface PeriodTarget extends Period {
  targetValue: { toString(): string };
}

/**
 * The period target that applies on `day` (one indicator's whole-indicator targets, not
 * per-NSB ones): the shortest period containing the day, else the next one to start, else
 * the last one to end. Lists and the programme page show it beside the overall target, so
 * an indicator with only period targets no longer reads as having none.
 */
export function applicableTarget<T extends PeriodTarget>(targets: readonly T[], day: Date = new Date()): T | null {
  const t = day.getTime();
  const length = (p: Period) => p.periodEnd.getTime() - p.periodStart.getTime();
  const containing = targets.filter((p) => p.periodStart.getTime() <= t && t <= p.periodEnd.getTime() + 86_399_999);
  if (containing.length) return containing.toSorted((a, b) => length(a) - length(b))[0]!;
  const upcoming = targets.filter((p) => p.periodStart.getTime() > t).toSorted((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  if (upcoming.length) return upcoming[0]!;
  return targets.toSorted((a, b) => b.periodEnd.getTime() - a.periodEnd.getTime())[0] ?? null;
}

/** "2026" for a calendar year, "2026-01-01 – 2026-06-30"-style days otherwise (the caller formats days). */
export function periodLabel(p: Period, formatDay: (d: Date) => string): string {
  const start = p.periodStart.toISOString().slice(0, 10);
  const end = p.periodEnd.toISOString().slice(0, 10);
  if (start.slice(5) === "01-01" && end.slice(5) === "12-31") {
    return start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
  }
  return `${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}`;
}
