"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

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
const short = (v: unknown) => (typeof v === "number" ? new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(v) : String(v ?? ""));

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
}: {
  id: string;
  data: Datum[];
  categoryKey: string;
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  height?: number;
  unit?: string;
}) {
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        {/* Horizontal bars carry their value label past the bar end: room for it at 100 % and beyond. */}
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ top: 16, right: horizontal ? 48 : 24, bottom: 8, left: 8 }}>
          <Patterns id={id} />
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {horizontal ? (
            <>
              <XAxis type="number" tick={{ fontSize: 12, fill: "#334155" }} unit={unit} />
              <YAxis type="category" dataKey={categoryKey} width={110} tick={{ fontSize: 12, fill: "#334155" }} />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={{ fontSize: 12, fill: "#334155" }} interval="preserveStartEnd" />
              <YAxis tick={{ fontSize: 12, fill: "#334155" }} unit={unit} />
            </>
          )}
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12, color: "#334155" }} /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={fillOf(id, i)} stroke={FILLS[i % FILLS.length]} stackId={stacked ? "stack" : undefined} isAnimationActive={false}>
              {data.length <= 24 ? (
                <LabelList dataKey={s.key} position={stacked ? "center" : horizontal ? "right" : "top"} formatter={short} style={{ fontSize: 11, fill: "#0f172a", fontWeight: 600 }} />
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
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12, fill: "#334155" }} interval="preserveStartEnd" />
          <YAxis tick={{ fontSize: 12, fill: "#334155" }} unit={unit} />
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
              {data.length <= 12 ? <LabelList dataKey={s.key} position="top" formatter={short} style={{ fontSize: 11, fill: "#0f172a" }} /> : null}
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
