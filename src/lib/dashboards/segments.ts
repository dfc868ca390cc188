/*
 * Periods ("windows") of one programme cut into elementary segments, so that one pass over
 * the participations can answer every window at once: each participation falls in at most
 * one segment, each window is a set of consecutive segments, and a person counts in a
 * window when any of their segments is among its segments. With at most 62 segments a set
 * is a bigint bit mask (PostgreSQL's bigint has 63 usable bits, and bit 62 would make the
 * mask negative); more windows are split into several such groups ("chunks").
 */

export interface Window {
  start: Date; // first day, UTC midnight
  end: Date; // last day, inclusive
}

export interface Chunk<W extends Window> {
  /** Segment boundaries as ISO dates: segment i is [bounds[i], bounds[i + 1]). */
  bounds: string[];
  /** The windows of this chunk, each with the mask of the segments it covers. */
  windows: { window: W; mask: bigint }[];
}

export const MAX_SEGMENTS = 62;
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayAfter = (d: Date) => new Date(d.getTime() + DAY);

function boundsOf(windows: readonly Window[]): string[] {
  return [...new Set(windows.flatMap((w) => [iso(w.start), iso(dayAfter(w.end))]))].sort();
}

function maskOf(window: Window, bounds: string[]): bigint {
  const first = bounds.indexOf(iso(window.start));
  const afterLast = bounds.indexOf(iso(dayAfter(window.end)));
  let mask = 0n;
  for (let segment = first; segment < afterLast; segment++) mask |= 1n << BigInt(segment);
  return mask;
}

/**
 * The windows (start <= end) in chunks of at most MAX_SEGMENTS segments, in order of start;
 * usually one chunk. A window always fits: it adds at most two boundaries.
 */
export function segmentWindows<W extends Window>(windows: readonly W[]): Chunk<W>[] {
  const sorted = [...windows].sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  const groups: W[][] = [];
  for (const window of sorted) {
    const current = groups.at(-1);
    if (current && boundsOf([...current, window]).length - 1 <= MAX_SEGMENTS) current.push(window);
    else groups.push([window]);
  }
  return groups.map((group) => {
    const bounds = boundsOf(group);
    return { bounds, windows: group.map((window) => ({ window, mask: maskOf(window, bounds) })) };
  });
}
