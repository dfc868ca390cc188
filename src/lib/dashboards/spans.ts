/* Day spans of an Action Plan view: years, clipping (pure). */

export interface Span {
  start: Date;
  end: Date;
}

export const yearStart = (y: number) => new Date(Date.UTC(y, 0, 1));
export const yearEnd = (y: number) => new Date(Date.UTC(y, 11, 31));
export const later = (a: Date, b: Date) => (a > b ? a : b);
export const earlier = (a: Date, b: Date) => (a < b ? a : b);

/** The part of a span within the bound, or null when they do not meet. */
export function clip(span: Span, bound: Span): Span | null {
  const start = later(span.start, bound.start);
  const end = earlier(span.end, bound.end);
  return end < start ? null : { start, end };
}

/** The span itself, then each of the years clipped to it. */
export function spanAndYears(span: Span, years: readonly number[]): Span[] {
  return [span, ...years.map((y) => clip({ start: yearStart(y), end: yearEnd(y) }, span)).filter((s): s is Span => s !== null)];
}
