import { bandCentre, LAYOUTS, longest, niceTicks, pct, plotWidths, scale, shownTicks, type Layout } from "@/lib/charts/geometry";
import { CategoryAxis, ChartBox, DASHES, label, LABEL_FONT, Legend, Marker, numberOf, strokeOf, TICK_FONT, TOP, ValueAxis, withUnit, type Datum, type Series } from "./chart-parts";

const LEGEND_ROOM = 24;
/** The line's own coordinates across the plot (it is stretched to the plot's width; its stroke is not). */
const SPAN = 1000;

/** Lines over an ordered axis (months, years); series differ by dash pattern and marker shape. Gaps are bridged. */
export function LineChartView({ data, categoryKey, series, height = 260, unit }: { data: Datum[]; categoryKey: string; series: Series[]; height?: number; unit?: string }) {
  const format = withUnit(unit);
  const values = series.flatMap((s) => data.map((d) => numberOf(d[s.key]))).filter((v): v is number => v !== null);
  const ticks = niceTicks(values);
  const at = scale(ticks);
  const names = data.map((d) => String(d[categoryKey] ?? ""));
  // An ordered axis may skip some names: the order tells the rest.
  const left = longest(ticks.map(format), TICK_FONT) + 12;
  const widths = plotWidths(left, 24);
  const shown = Object.fromEntries(LAYOUTS.map((l) => [l, shownTicks(names, TICK_FONT, widths[l])])) as Record<Layout, number[]>;
  const plot = height - TOP - 30 - LEGEND_ROOM;
  const bottom = TOP + plot;
  const y = (v: number) => bottom - at(v) * plot;
  const n = Math.max(1, data.length);
  const points = (s: Series) => data.flatMap((d, i) => {
    const v = numberOf(d[s.key]);
    return v === null ? [] : [{ i, v }];
  });
  return (
    <ChartBox left={left} right={24} heights={{ narrow: bottom + 30, wide: bottom + 30 }} legend={<Legend id="line" series={series} lines />}>
      <ValueAxis ticks={ticks} y={y} format={format} />
      <CategoryAxis names={names} at={(i) => pct(bandCentre(i, n))} bottom={bottom} widths={widths} shown={shown} />
      {series.map((s, k) => {
        const line = points(s);
        return (
          <g key={s.key}>
            <svg y={0} width="100%" height={bottom + 1} viewBox={`0 0 ${SPAN} ${bottom + 1}`} preserveAspectRatio="none" overflow="visible">
              <path
                d={line.map((p, j) => `${j === 0 ? "M" : "L"}${(bandCentre(p.i, n) * SPAN).toFixed(1)} ${y(p.v).toFixed(1)}`).join("")}
                fill="none"
                stroke={strokeOf(k)}
                strokeWidth={2}
                strokeDasharray={DASHES[k % DASHES.length]}
                vectorEffect="non-scaling-stroke"
              />
            </svg>
            {line.map((p) => <Marker key={p.i} index={k} x={pct(bandCentre(p.i, n))} y={y(p.v)} />)}
            {data.length <= 12 ? (
              <g className="chart-value-labels">
                {line.map((p) => (
                  <text key={p.i} x={pct(bandCentre(p.i, n))} y={y(p.v) - 8} textAnchor="middle" fontSize={LABEL_FONT} fill="#0f172a">
                    {label(p.v)}
                  </text>
                ))}
              </g>
            ) : null}
          </g>
        );
      })}
    </ChartBox>
  );
}
