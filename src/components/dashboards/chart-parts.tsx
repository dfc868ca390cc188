import { formatNumber } from "@/lib/format";
import { LAYOUTS, needsSlant, shownTicks, slantedHeight, type Layout, type Widths } from "@/lib/charts/geometry";
import "./chart.css";

/*
 * What the server-drawn charts share (chart-bars.tsx, chart-lines.tsx). A chart repeats
 * what the data table beside it says, so it is hidden from assistive technology (the table
 * is the accessible version); series differ by pattern, line style and marker shape and
 * carry text labels, never by colour alone, so they also read in black and white. Nothing
 * runs in the browser: the SVG is drawn with horizontal positions in percent of the plot,
 * the room for axis names is the chart's padding (the SVG draws into it, overflow visible).
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
const GRID = "#e2e8f0";
export const INK = "#334155";

export function Patterns({ id }: { id: string }) {
  return (
    <defs>
      {FILLS.map((color, i) => {
        const kind = PATTERNS[i];
        if (kind === "solid") return null;
        return (
          <pattern key={i} id={`${id}-p${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={kind === "stripes" ? "rotate(45)" : undefined}>
            <rect width="6" height="6" fill="#ffffff" />
            {kind === "stripes" ? <rect width="3" height="6" fill={color} /> : null}
            {kind === "dots" ? <circle cx="3" cy="3" r="1.6" fill={color} /> : null}
            {kind === "cross" ? <path d="M0 0L6 6M6 0L0 6" stroke={color} strokeWidth="1.4" /> : null}
          </pattern>
        );
      })}
    </defs>
  );
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
export function ChartBox({ left, right, heights, legend, children }: { left: number; right: number; heights: Record<Layout, number>; legend?: React.ReactNode; children: React.ReactNode }) {
  const style = { paddingLeft: left, paddingRight: right, "--chart-h-narrow": `${heights.narrow}px`, "--chart-h-wide": `${heights.wide}px` } as React.CSSProperties;
  return (
    <div aria-hidden="true" className="chart" style={style}>
      <svg className="chart-surface" width="100%" overflow="visible" focusable="false">
        {children}
      </svg>
      {legend}
    </div>
  );
}

/** Horizontal grid lines and their value names on the left (vertical bars, lines). */
export function ValueAxis({ ticks, y, format }: { ticks: number[]; y: (v: number) => number; format: (v: unknown) => string }) {
  return (
    <g className="chart-y-ticks">
      {ticks.map((v) => (
        <g key={v}>
          <line x1="0" x2="100%" y1={y(v)} y2={y(v)} stroke={GRID} strokeDasharray="3 3" />
          <text x={-8} y={y(v)} dy={4} textAnchor="end" fontSize={TICK_FONT} fill={INK}>
            {format(v)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Vertical grid lines and their value names below the plot (horizontal bars), as many names as fit in each layout. */
export function ValueAxisBelow({ ticks, x, bottom, format, widths }: { ticks: number[]; x: (v: number) => string; bottom: number; format: (v: unknown) => string; widths: Widths }) {
  const names = ticks.map(format);
  const shown = Object.fromEntries(LAYOUTS.map((l) => [l, shownTicks(names, TICK_FONT, widths[l])])) as Record<Layout, number[]>;
  const draw = (indexes: number[]) =>
    indexes.map((i) => (
      <text key={i} x={x(ticks[i]!)} y={bottom + 16} textAnchor="middle" fontSize={TICK_FONT} fill={INK}>
        {names[i]}
      </text>
    ));
  return (
    <g className="chart-x-ticks">
      {ticks.map((v) => <line key={v} x1={x(v)} x2={x(v)} y1={TOP} y2={bottom} stroke={GRID} strokeDasharray="3 3" />)}
      {String(shown.narrow) === String(shown.wide) ? draw(shown.wide) : LAYOUTS.map((l) => <g key={l} className={`chart-${l}`}>{draw(shown[l])}</g>)}
    </g>
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
export function CategoryAxis({ names, at, bottom, widths, shown }: { names: string[]; at: (i: number) => string; bottom: number; widths: Widths; shown?: Record<Layout, number[]> }) {
  const rooms = categoryRoom(names, widths);
  const draw = (layout: Layout) => {
    // Names already spaced out (`shown`) stay straight.
    const slanted = !shown && rooms[layout].slanted;
    const indexes = shown?.[layout] ?? names.map((_, i) => i);
    return indexes.map((i) =>
      slanted ? (
        <svg key={i} x={at(i)} y={bottom + 8} overflow="visible">
          <text transform={`rotate(-${ANGLE})`} dy={4} textAnchor="end" fontSize={TICK_FONT} fill={INK}>
            {names[i]}
          </text>
        </svg>
      ) : (
        <text key={i} x={at(i)} y={bottom + 18} textAnchor="middle" fontSize={TICK_FONT} fill={INK}>
          {names[i]}
        </text>
      ),
    );
  };
  const same = shown ? String(shown.narrow) === String(shown.wide) : rooms.narrow.slanted === rooms.wide.slanted;
  return (
    <g className="chart-x-ticks">
      <line x1="0" x2="100%" y1={bottom} y2={bottom} stroke={INK} />
      {same ? draw("wide") : LAYOUTS.map((layout) => <g key={layout} className={`chart-${layout}`}>{draw(layout)}</g>)}
    </g>
  );
}

/** The series' names with their pattern or line style, below the chart (HTML, so it wraps on a phone). */
export function Legend({ id, series, lines = false }: { id: string; series: Series[]; lines?: boolean }) {
  return (
    <ul className="chart-legend">
      {series.map((s, i) => (
        <li key={s.key}>
          <svg width="22" height="12" focusable="false">
            {lines ? (
              <>
                <line x1="1" x2="21" y1="6" y2="6" stroke={strokeOf(i)} strokeWidth="2" strokeDasharray={DASHES[i % DASHES.length]} />
                <Marker index={i} />
              </>
            ) : (
              <rect x="4" y="1" width="14" height="10" fill={fillOf(id, i)} stroke={strokeOf(i)} />
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** A line's point: circle, square, diamond or triangle by series (the shape tells the series apart, not only the colour). */
export function Marker({ index, x = "11", y = 6 }: { index: number; x?: string; y?: number }) {
  const color = strokeOf(index);
  const shape = index % 4;
  return (
    <svg x={x} y={y} overflow="visible">
      {shape === 0 ? <circle r="3.5" fill="#fff" stroke={color} strokeWidth="2" /> : null}
      {shape === 1 ? <rect x="-3.5" y="-3.5" width="7" height="7" fill={color} /> : null}
      {shape === 2 ? <path d="M0 -5L5 0L0 5L-5 0Z" fill="#fff" stroke={color} strokeWidth="1.6" /> : null}
      {shape === 3 ? <path d="M0 -5L5 4L-5 4Z" fill={color} /> : null}
    </svg>
  );
}
