/** Dates are stored as calendar days (UTC); show them as such, whatever the server's zone. */
export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return "—";
  const d = typeof date === "string" ? new Date(date) : date;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** A moment, with the day written as `formatDate` writes it: "17 Jul 2024, 09:30 UTC". */
export function formatDateTime(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return `${formatDate(d)}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** A calendar month given as "yyyy-mm" (how dashboards key months): "Jul 2022". */
export function formatMonth(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return month;
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

/*
 * Money. Whole amounts stay whole ("95,000", as budgets are usually set); an amount with
 * cents shows them to the currency's minor unit ("1,000.50", never a rounded "1,001" or a
 * clipped "1,000.5").
 */
const amountFormats = new Map<string, Intl.NumberFormat>();
function amountFormat(currency: string): Intl.NumberFormat {
  let format = amountFormats.get(currency);
  if (!format) {
    // The currency's minor unit: 2 for most, 0 for JPY, 3 for KWD.
    const digits = new Intl.NumberFormat("en-GB", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    format = new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits, trailingZeroDisplay: "stripIfInteger" });
    amountFormats.set(currency, format);
  }
  return format;
}

/** An amount with its currency code, once: "CHF 1,000.50", "CHF 95,000". */
export function formatMoney(amount: { toString(): string } | number | null | undefined, currency: string): string {
  if (amount == null) return "—";
  // A no-break space: the code never ends one line and the amount starts the next.
  return `${currency}\u00a0${formatAmount(amount, currency)}`;
}

/** An amount without its code, for a table whose currency is in a column of its own. */
export function formatAmount(amount: { toString(): string } | number | null | undefined, currency: string): string {
  if (amount == null) return "—";
  return amountFormat(currency).format(Number(amount.toString()));
}

export function formatNumber(value: { toString(): string } | number | null | undefined): string {
  if (value == null) return "—";
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(Number(value.toString()));
}

/** A date as the yyyy-mm-dd string a date input wants. */
export const toDateInput = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");
