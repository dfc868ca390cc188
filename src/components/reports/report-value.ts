import type { IndicatorUnit } from "@/generated/prisma/enums";
import { formatMoney, formatNumber } from "@/lib/format";

/**
 * A reported value as text for its unit: "12", "45 %", "Yes", "CHF 1,250.50"; "—" when empty.
 * The space before "%" does not break, so a narrow cell never leaves the sign on a line of its own.
 */
export function formatReportValue(
  value: { toString(): string } | number | null | undefined,
  unit: IndicatorUnit,
  currency: string | null,
  labels: { yes: string; no: string },
): string {
  if (value == null) return "—";
  const n = Number(value.toString());
  switch (unit) {
    case "PERCENT":
      return `${formatNumber(n)}\u00a0%`;
    case "YES_NO":
      return n === 1 ? labels.yes : labels.no;
    case "CURRENCY":
      return currency ? formatMoney(n, currency) : formatNumber(n);
    case "COUNT":
      return formatNumber(n);
  }
}
