import { formatNumber } from "@/lib/format";

/** A score on the 0-4 scale ("—" when there is none). */
export const formatScore = (value: number | null) => (value === null ? "—" : formatNumber(value));

/** A change of score, with its sign ("+0.83", "−0.5", "0"). */
export function formatChange(value: number | null): string {
  if (value === null) return "—";
  if (value === 0) return formatNumber(0);
  return `${value > 0 ? "+" : "−"}${formatNumber(Math.abs(value))}`;
}
