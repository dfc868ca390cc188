"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { formatNumber } from "@/lib/format";

/*
 * Charts for the dashboards (Recharts). They repeat what the data table beside them says,
 * so they are hidden from assistive technology (the table is the accessible version);
 * animation is off; series differ by pattern or line style and carry text labels, never by
 * colour alone, so they also read in black and white.
 */

export interface Series {
  key: string;
  label: string;
}

type Datum = Record<string, string | number | null | undefined>;

const FILLS = ["#0b5fa5", "#475569", "#b45309", "#047857", "#7c3aed", "#be123c"] as const;
const PATTERNS = ["solid", "stripes", "dots", "cross", "solid", "stripes"] as const;
const DASHES = ["", "6 4", "2 3", "10 3 2 3"] as const;

function Patterns({ id }: { id: string }) {
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

const fillOf = (id: string, i: number) => (PATTERNS[i % PATTERNS.length] === "solid" ? FILLS[i % FILLS.length] : `url(#${id}-p${i % PATTERNS.length})`);
/** Ticks and value labels read like the tables beside them ("95,000", not "95000"): values written as the page's language writes numbers (the same on the server and in the browser). */
function useLabel() {
  const locale = useLocale();
  return (v: unknown) => (typeof v === "number" ? formatNumber(v, locale) : String(v ?? ""));
}
/** A value label with its unit, as the app writes it: "85 %". */
const withUnit = (label: (v: unknown) => string, unit: string | undefined) => (v: unknown) => (unit && typeof v === "number" ? `${label(v)}${unit === "%" ? " %" : ` ${unit}`}` : label(v));

/** A category tick whose full name shows on hover (an SVG <title>). */
function NamedTick({ x, y, payload, full }: { x?: number | string; y?: number | string; payload?: { value?: unknown; index?: number }; full: (index: number) => string | undefined }) {
  const text = String(payload?.value ?? "");
  const title = full(payload?.index ?? -1);
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={TICK_FONT} fill="#334155">
      {title ? <title>{title}</title> : null}
      {text}
    </text>
  );
}

const TICK_FONT = 12;
const LABEL_FONT = 11;
/*
 * Text widths are estimated from the character count (a generous 0.62 em a character,
 * Inter's digits are about 0.58), not measured: the server renders the chart too, and a
 * measurement only the browser can make would make the two renders differ.
 */
const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.62);
const longest = (texts: string[], fontSize: number) => texts.reduce((max, t) => Math.max(max, textWidth(t, fontSize)), 0);
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 } as const;
const ANGLE = -35;
const sin = Math.sin((-ANGLE * Math.PI) / 180);

/** Bars per category: side by side or stacked, each series labelled with its values. */
export function BarChartView({
  id,
  data,
  categoryKey,
  series,
  stacked = false,
  horizontal = false,
  height = 260,
  unit,
  fullNameKey,
  categoryWidth = 110,
}: {
  id: string;
  data: Datum[];
  categoryKey: string;
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  height?: number;
  unit?: string;
  /** A field with each category's full name, shown on hover over a shortened one (horizontal bars). */
  fullNameKey?: string;
  /** Room for the category names of horizontal bars. */
  categoryWidth?: number;
}) {
  const label = useLabel();
  // The chart's width once the browser has laid it out (the server renders at 640 px).
  const [width, setWidth] = useState<number | null>(null);
  const withLabels = data.length <= 24;
  const values = series.flatMap((s) => data.map((d) => withUnit(label, unit)(d[s.key])));
  // Horizontal bars carry their value to the right of the bar: leave room for the longest.
  const margin = horizontal && withLabels && !stacked ? { ...MARGIN, right: Math.max(MARGIN.right, longest(values, LABEL_FONT) + 12) } : MARGIN;
  // Every category is named (interval 0): when a name is wider than its share of the axis
  // (a phone), names are slanted instead of dropped.
  const categories = data.map((d) => String(d[categoryKey] ?? ""));
  const widest = longest(categories, TICK_FONT);
  const plotWidth = (width ?? 640) - margin.left - margin.right - (longest(values, TICK_FONT) + 16);
  const slanted = !horizontal && categories.length > 0 && widest > plotWidth / categories.length - 6;
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }} onResize={(w) => setWidth(w)}>
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} margin={margin}>
          <Patterns id={id} />
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {horizontal ? (
            <>
              <XAxis type="number" tick={{ fontSize: TICK_FONT, fill: "#334155" }} tickFormatter={label} unit={unit} />
              <YAxis
                type="category"
                dataKey={categoryKey}
                width={categoryWidth}
                interval={0}
                tick={fullNameKey ? (props: object) => <NamedTick {...props} full={(i) => (data[i]?.[fullNameKey] as string | undefined) ?? undefined} /> : { fontSize: TICK_FONT, fill: "#334155" }}
              />
            </>
          ) : (
            <>
              <XAxis
                dataKey={categoryKey}
                tick={{ fontSize: TICK_FONT, fill: "#334155" }}
                interval={0}
                angle={slanted ? ANGLE : 0}
                textAnchor={slanted ? "end" : "middle"}
                height={slanted ? Math.ceil(widest * sin) + 20 : 30}
              />
              <YAxis tick={{ fontSize: TICK_FONT, fill: "#334155" }} tickFormatter={label} unit={unit} width="auto" />
            </>
          )}
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12, color: "#334155" }} /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={fillOf(id, i)} stroke={FILLS[i % FILLS.length]} stackId={stacked ? "stack" : undefined} isAnimationActive={false}>
              {withLabels ? (
                <LabelList dataKey={s.key} position={stacked ? "center" : horizontal ? "right" : "top"} formatter={withUnit(label, unit)} style={{ fontSize: LABEL_FONT, fill: "#0f172a", fontWeight: 600 }} />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Lines over an ordered axis (months, years); series differ by dash pattern and dot shape. */
export function LineChartView({ data, categoryKey, series, height = 260, unit }: { data: Datum[]; categoryKey: string; series: Series[]; height?: number; unit?: string }) {
  const label = useLabel();
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        <LineChart data={data} accessibilityLayer={false} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {/* An ordered axis (months, years) may skip some ticks: the order tells the rest. */}
          <XAxis dataKey={categoryKey} tick={{ fontSize: TICK_FONT, fill: "#334155" }} interval="preserveStartEnd" />
          <YAxis tick={{ fontSize: TICK_FONT, fill: "#334155" }} tickFormatter={label} unit={unit} width="auto" />
          <Legend wrapperStyle={{ fontSize: 12, color: "#334155" }} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={FILLS[i % FILLS.length]}
              strokeWidth={2}
              strokeDasharray={DASHES[i % DASHES.length]}
              dot={{ r: 3 + (i % 3) }}
              connectNulls
              isAnimationActive={false}
            >
              {data.length <= 12 ? <LabelList dataKey={s.key} position="top" formatter={label} style={{ fontSize: LABEL_FONT, fill: "#0f172a" }} /> : null}
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
