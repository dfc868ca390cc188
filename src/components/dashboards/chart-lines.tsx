import { bandCentre, LAYOUTS, longest, niceTicks, pct, plotWidths, scale, shownTicks, type Layout } from "@/lib/charts/geometry";
import { el } from "@/lib/markup";
import { categoryAxis, ChartBox, DASHES, label, legend, marker, markerStyle, numberOf, px, strokeOf, TICK_FONT, TOP, valueAxis, withUnit, type Datum, type Series } from "./chart-parts";

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
    <ChartBox left={left} right={24} heights={{ narrow: bottom + 30, wide: bottom + 30 }} legend={legend("line", series, true)}>
      {[
        valueAxis(ticks, y, format),
        categoryAxis(names, (i) => pct(bandCentre(i, n)), bottom, widths, shown),
        series.map((s, k) => {
          const line = points(s);
          const d = line.map((p, j) => `${j === 0 ? "M" : "L"}${px(bandCentre(p.i, n) * SPAN)} ${px(y(p.v))}`).join("");
          return el(
            "g",
            null,
            el(
              "svg",
              { width: "100%", height: px(bottom + 1), viewBox: `0 0 ${SPAN} ${px(bottom + 1)}`, preserveAspectRatio: "none" },
              el("path", { class: "chart-line", d, stroke: strokeOf(k), "stroke-dasharray": DASHES[k % DASHES.length] || undefined, "vector-effect": "non-scaling-stroke" }),
            ),
            el("g", markerStyle(k), line.map((p) => marker(k, pct(bandCentre(p.i, n)), y(p.v)))),
            data.length <= 12 ? el("g", { class: "chart-value-labels chart-plain" }, line.map((p) => el("text", { x: pct(bandCentre(p.i, n)), y: px(y(p.v) - 8) }, label(p.v)))) : null,
          );
        }),
      ]}
    </ChartBox>
  );
}
