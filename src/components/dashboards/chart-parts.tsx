import { formatNumber } from "@/lib/format";
import { LAYOUTS, needsSlant, shownTicks, slantedHeight, type Layout, type Widths } from "@/lib/charts/geometry";
import { el, fragment, type Child, type Markup } from "@/lib/markup";
import "./chart.css";

/*
 * What the server-drawn charts share (chart-bars.tsx, chart-lines.tsx). A chart repeats
 * what the data table beside it says, so it is hidden from assistive technology (the table
 * is the accessible version); series differ by pattern, line style and marker shape and
 * carry text labels, never by colour alone, so they also read in black and white. Nothing
 * runs in the browser: the SVG is drawn with horizontal positions in percent of the plot,
 * the room for axis names is the chart's padding (the SVG draws into it, overflow visible).
 *
 * A chart is hundreds of small elements that nothing in the browser touches, so it is
 * written as one string of markup (src/lib/markup.ts, every value escaped) that React
 * passes through as is, rather than as React elements: far less work per request, and a
 * smaller page. What every tick, grid line or value label shares (font, colours, dashes,
 * anchors) is set once in chart.css, not on each element.
 */

export interface Series {
  key: string;
  label: string;
}

export type Datum = Record<string, string | number | null | undefined>;

export const FILLS = ["#0b5fa5", "#475569", "#b45309", "#047857", "#7c3aed", "#be123c"] as const;
const PATTERNS = ["solid", "stripes", "dots", "cross", "solid", "stripes"] as const;
export const DASHES = ["", "6 4", "2 3", "10 3 2 3"] as const;
export const TICK_FONT = 12;
export const LABEL_FONT = 11;
export const TOP = 16;
export const ANGLE = 35;

/** A pixel position, to a tenth of a pixel (enough on any screen, and short). */
export const px = (n: number) => Math.round(n * 10) / 10;

const patternOf = (color: string, kind: (typeof PATTERNS)[number]) => {
  if (kind === "stripes") return el("rect", { width: 3, height: 6, fill: color });
  if (kind === "dots") return el("circle", { cx: 3, cy: 3, r: 1.6, fill: color });
  return el("path", { d: "M0 0L6 6M6 0L0 6", stroke: color, "stroke-width": 1.4 });
};

/** The fill patterns of the first `count` series (a solid series needs none). */
export function patterns(id: string, count: number): Markup {
  const defs = FILLS.slice(0, count).map((color, i) => {
    const kind = PATTERNS[i]!;
    if (kind === "solid") return null;
    return el(
      "pattern",
      { id: `${id}-p${i}`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: kind === "stripes" ? "rotate(45)" : undefined },
      el("rect", { width: 6, height: 6, fill: "#fff" }),
      patternOf(color, kind),
    );
  });
  return defs.some(Boolean) ? el("defs", null, defs) : fragment();
}

export const fillOf = (id: string, i: number) => (PATTERNS[i % PATTERNS.length] === "solid" ? FILLS[i % FILLS.length] : `url(#${id}-p${i % PATTERNS.length})`);
export const strokeOf = (i: number) => FILLS[i % FILLS.length]!;

/** Ticks and value labels read like the tables beside them ("95,000", not "95000"), in the page's language. */
export const label = (v: unknown) => (typeof v === "number" ? formatNumber(v) : String(v ?? ""));
/** A value label with its unit, as the app writes it: "85 %". */
export const withUnit = (unit: string | undefined) => (v: unknown) => (unit && typeof v === "number" ? `${label(v)}${unit === "%" ? " %" : ` ${unit}`}` : label(v));
export const numberOf = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The chart's box: padding for the axis names, and the SVG's height for each layout
 * (--chart-h-narrow, --chart-h-wide; chart.css picks one by the box's width).
 */
export function ChartBox({ left, right, heights, legend, children }: { left: number; right: number; heights: Record<Layout, number>; legend?: Markup | null; children: Child[] }) {
  const style = { paddingLeft: left, paddingRight: right, "--chart-h-narrow": `${px(heights.narrow)}px`, "--chart-h-wide": `${px(heights.wide)}px` } as React.CSSProperties;
  const svg = el("svg", { class: "chart-surface", width: "100%", focusable: "false" }, children);
  return <div aria-hidden="true" className="chart" style={style} dangerouslySetInnerHTML={fragment(svg, legend)} />;
}

/** Horizontal grid lines and their value names on the left (vertical bars, lines). */
export function valueAxis(ticks: number[], y: (v: number) => number, format: (v: unknown) => string): Markup {
  return fragment(
    el("g", { class: "chart-grid" }, ticks.map((v) => el("line", { x2: "100%", y1: px(y(v)), y2: px(y(v)) }))),
    el("g", { class: "chart-y-ticks" }, ticks.map((v) => el("text", { x: -8, y: px(y(v) + 4) }, format(v)))),
  );
}

/** Vertical grid lines and their value names below the plot (horizontal bars), as many names as fit in each layout. */
export function valueAxisBelow(ticks: number[], x: (v: number) => string, bottom: number, format: (v: unknown) => string, widths: Widths): Markup {
  const names = ticks.map(format);
  const shown = Object.fromEntries(LAYOUTS.map((l) => [l, shownTicks(names, TICK_FONT, widths[l])])) as Record<Layout, number[]>;
  const draw = (indexes: number[]) => indexes.map((i) => el("text", { x: x(ticks[i]!), y: px(bottom + 16) }, names[i]));
  return fragment(
    el("g", { class: "chart-grid" }, ticks.map((v) => el("line", { x1: x(v), x2: x(v), y1: TOP, y2: px(bottom) }))),
    el("g", { class: "chart-x-ticks" }, String(shown.narrow) === String(shown.wide) ? draw(shown.wide) : LAYOUTS.map((l) => el("g", { class: `chart-${l}` }, draw(shown[l])))),
  );
}

/** The room below the plot for category names in each layout: straight, or slanted when they would collide. */
export function categoryRoom(names: string[], widths: Widths): Record<Layout, { slanted: boolean; height: number }> {
  const room = (layout: Layout) => {
    const slanted = needsSlant(names, TICK_FONT, widths[layout]);
    return { slanted, height: slanted ? slantedHeight(names, TICK_FONT, ANGLE) : 30 };
  };
  return { narrow: room("narrow"), wide: room("wide") };
}

/**
 * Category names under the plot at the given positions (percent), straight or slanted as
 * each layout needs, or only those `shown` in each layout; when both layouts agree, drawn once.
 */
export function categoryAxis(names: string[], at: (i: number) => string, bottom: number, widths: Widths, shown?: Record<Layout, number[]>): Markup {
  const rooms = categoryRoom(names, widths);
  const draw = (layout: Layout) => {
    // Names already spaced out (`shown`) stay straight.
    const slanted = !shown && rooms[layout].slanted;
    const indexes = shown?.[layout] ?? names.map((_, i) => i);
    return indexes.map((i) =>
      slanted
        ? el("svg", { x: at(i), y: px(bottom + 8) }, el("text", { transform: `rotate(-${ANGLE})`, y: 4 }, names[i]))
        : el("text", { x: at(i), y: px(bottom + 18) }, names[i]),
    );
  };
  const same = shown ? String(shown.narrow) === String(shown.wide) : rooms.narrow.slanted === rooms.wide.slanted;
  return el(
    "g",
    { class: "chart-x-ticks" },
    el("line", { class: "chart-axis", x2: "100%", y1: px(bottom), y2: px(bottom) }),
    same ? draw("wide") : LAYOUTS.map((layout) => el("g", { class: `chart-${layout}` }, draw(layout))),
  );
}

/** The series' names with their pattern or line style, below the chart (HTML, so it wraps on a phone). */
export function legend(id: string, series: Series[], lines = false): Markup {
  const swatch = (i: number) =>
    lines
      ? fragment(el("line", { x1: 1, x2: 21, y1: 6, y2: 6, stroke: strokeOf(i), "stroke-width": 2, "stroke-dasharray": DASHES[i % DASHES.length] || undefined }), el("g", markerStyle(i), marker(i, "11", 6)))
      : el("rect", { x: 4, y: 1, width: 14, height: 10, fill: fillOf(id, i), stroke: strokeOf(i) });
  return el(
    "ul",
    { class: "chart-legend" },
    series.map((s, i) => el("li", null, el("svg", { width: 22, height: 12, focusable: "false" }, swatch(i)), s.label)),
  );
}

/** The colours of a series' markers, set once on the group that holds them. */
export function markerStyle(index: number) {
  const color = strokeOf(index);
  const shape = index % 4;
  if (shape === 0) return { fill: "#fff", stroke: color, "stroke-width": 2 };
  if (shape === 2) return { fill: "#fff", stroke: color, "stroke-width": 1.6 };
  return { fill: color };
}

const SHAPES = [el("circle", { r: 3.5 }), el("rect", { x: -3.5, y: -3.5, width: 7, height: 7 }), el("path", { d: "M0 -5L5 0L0 5L-5 0Z" }), el("path", { d: "M0 -5L5 4L-5 4Z" })];

/** A line's point: circle, square, diamond or triangle by series (the shape tells the series apart, not only the colour), in a group styled by markerStyle. */
export function marker(index: number, x: string, y: number): Markup {
  return el("svg", { x, y: px(y) }, SHAPES[index % 4]);
}
