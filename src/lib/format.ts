/** Dates are stored as calendar days (UTC); show them as such, whatever the server's zone. */
export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return "—";
  const d = typeof date === "string" ? new Date(date) : date;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatDateTime(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatMoney(amount: { toString(): string } | number | null | undefined, currency: string): string {
  if (amount == null) return "—";
  return new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0 }).format(Number(amount.toString()));
}

export function formatNumber(value: { toString(): string } | number | null | undefined): string {
  if (value == null) return "—";
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(Number(value.toString()));
}

/** A date as the yyyy-mm-dd string a date input wants. */
export const toDateInput = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");
