/*
 * The arithmetic of the dashboards' charts, which the server draws as SVG
 * (src/components/dashboards/chart-*.tsx). The server does not know how wide the chart
 * will be on screen: horizontal positions are percentages of the plot's width, vertical
 * ones pixels, and what depends on the width (slanted names, skipped ticks) is worked out
 * for two widths, a phone's and a wider screen's, between which the browser chooses with
 * a container query (chart.css).
 */

/** The chart widths, in px, that the two layouts are worked out for: the narrowest of each (a phone's; the container query's threshold, chart.css). */
const BOX = { narrow: 320, wide: 576 } as const;
export type Layout = keyof typeof BOX;
export const LAYOUTS: Layout[] = ["narrow", "wide"];
export type Widths = Record<Layout, number>;

/** The plot's width in each layout, once the room for axis names (left, right) is taken. */
export const plotWidths = (left: number, right: number): Widths => ({ narrow: Math.max(60, BOX.narrow - left - right), wide: Math.max(60, BOX.wide - left - right) });

/*
 * Text widths are estimated from the character count (a generous 0.62 em a character; the
 * digits of the system fonts are about 0.55), not measured: nothing runs in the browser.
 */
export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.62);
export const longest = (texts: string[], fontSize: number) => texts.reduce((max, t) => Math.max(max, textWidth(t, fontSize)), 0);

const round = (n: number) => Number(n.toPrecision(12));

/** Round tick values covering the data and zero: 0, 20, 40… or 0, 0.5, 1… (about `count` steps); whole steps for whole data. */
export function niceTicks(values: number[], count = 5): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const whole = finite.every((v) => Number.isInteger(v));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9) && (!whole || Number.isInteger(round(s))))!;
  const start = Math.floor(round(lo / step)) * step;
  const end = Math.ceil(round(hi / step)) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(round(v));
  return ticks;
}

/** Where a value falls between the first and last tick, from 0 to 1. */
export function scale(ticks: number[]) {
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  return (v: number) => (hi === lo ? 0 : (v - lo) / (hi - lo));
}

/** A percentage for an SVG attribute, short: "12.5%". */
export const pct = (fraction: number) => `${round(fraction * 100).toFixed(3).replace(/\.?0+$/, "")}%`;

/** The centre of the i-th of n equal bands, as a fraction of the width. */
export const bandCentre = (i: number, n: number) => (i + 0.5) / n;

/** Whether category names side by side would collide on a plot this wide: then they are slanted. */
export function needsSlant(names: string[], fontSize: number, plotWidth: number): boolean {
  return names.length > 0 && longest(names, fontSize) > plotWidth / names.length - 6;
}

/**
 * Which of n ordered ticks (months, years) to name on a plot this wide: every k-th, so that
 * names do not collide, and always the first and the last (the order tells the rest).
 */
export function shownTicks(names: string[], fontSize: number, plotWidth: number): number[] {
  const n = names.length;
  if (n === 0) return [];
  const room = longest(names, fontSize) + 8;
  const every = Math.max(1, Math.ceil((n * room) / plotWidth));
  const shown = [];
  for (let i = 0; i < n; i += every) if (i === 0 || n - 1 - i >= every) shown.push(i);
  if (shown[shown.length - 1] !== n - 1) shown.push(n - 1);
  return shown;
}

/** The height in px that names slanted at `angle` degrees take below the axis. */
export const slantedHeight = (names: string[], fontSize: number, angle: number) => Math.ceil(longest(names, fontSize) * Math.sin((angle * Math.PI) / 180)) + 20;

/** How far (px) names slanted at `angle` degrees, each ending under its band's centre, reach left of the plot. */
export function slantOverhang(names: string[], fontSize: number, plotWidth: number, angle: number): number {
  const cos = Math.cos((angle * Math.PI) / 180);
  return names.reduce((max, name, i) => Math.max(max, Math.ceil(textWidth(name, fontSize) * cos - bandCentre(i, names.length) * plotWidth)), 0);
}
