/* Small pure helpers shared by the dashboards and the computed indicators. */

/** A day as yyyy-mm-dd (UTC). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Rounded to 2 decimals, as every computed figure is. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** The mean to 2 decimals, or null for no values. */
export const mean = (values: readonly number[]) => (values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null);

/** Appends a value to its key's list. */
export function pushTo<K>(groups: Map<K, number[]>, key: K, value: number) {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

export interface DaySpan {
  start: Date;
  end: Date;
}

/** Calendar years within [start, end], clipped to it (at most 50). */
export function calendarYears(start: Date, end: Date): DaySpan[] {
  const out: DaySpan[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear() && out.length < 50; year++) {
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year, 11, 31));
    out.push({ start: from < start ? start : from, end: to > end ? end : to });
  }
  return out;
}
