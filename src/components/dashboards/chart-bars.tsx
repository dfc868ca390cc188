import { bandCentre, longest, needsSlant, niceTicks, pct, plotWidths, scale, slantOverhang, textWidth } from "@/lib/charts/geometry";
import { el } from "@/lib/markup";
import { ANGLE, categoryAxis, categoryRoom, ChartBox, fillOf, label, LABEL_FONT, legend, numberOf, patterns, px, strokeOf, TICK_FONT, TOP, valueAxis, valueAxisBelow, withUnit, type Datum, type Series } from "./chart-parts";

interface BarProps {
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
}

const LEGEND_ROOM = 24;

/** Each bar of the chart: category, series, where it starts and ends (values), and its value. */
interface Bar {
  c: number;
  s: number;
  from: number;
  to: number;
  value: number;
}

function barsOf(data: Datum[], series: Series[], stacked: boolean): Bar[] {
  return data.flatMap((d, c) => {
    let base = 0;
    return series.flatMap((s, i) => {
      const value = numberOf(d[s.key]);
      if (value === null) return [];
      const from = stacked ? base : 0;
      if (stacked) base += value;
      return [{ c, s: i, from, to: from + value, value }];
    });
  });
}

/** The extent of the bars (stacks summed), for the value axis. */
const extent = (bars: Bar[]) => bars.flatMap((b) => [b.from, b.to]);

/** The bars drawn (zero-length ones left out), one group per series carrying its fill and outline. */
function barGroups(id: string, series: Series[], bars: Bar[], rect: (b: Bar) => Record<string, string | number>) {
  return series.map((_, s) => {
    const own = bars.filter((b) => b.s === s && b.value !== 0);
    return own.length ? el("g", { fill: fillOf(id, s), stroke: strokeOf(s) }, own.map((b) => el("rect", rect(b)))) : null;
  });
}

/** Bars per category, side by side or stacked, each labelled with its value (up to 24 categories). */
export function BarChartView(props: BarProps) {
  return props.horizontal ? <HorizontalBars {...props} /> : <VerticalBars {...props} />;
}

function VerticalBars({ id, data, categoryKey, series, stacked = false, height = 260, unit }: BarProps) {
  const bars = barsOf(data, series, stacked);
  const ticks = niceTicks(extent(bars));
  const at = scale(ticks);
  const format = withUnit(unit);
  const names = data.map((d) => String(d[categoryKey] ?? ""));
  const withLegend = series.length > 1;
  const plot = height - TOP - 30 - (withLegend ? LEGEND_ROOM : 0);
  const bottom = TOP + plot;
  const y = (v: number) => bottom - at(v) * plot;
  // Room on the left for the value names, or for the first category names when slanted on a phone.
  const axis = longest(ticks.map(format), TICK_FONT) + 12;
  const narrow = plotWidths(axis, 24).narrow;
  const left = needsSlant(names, TICK_FONT, narrow) ? Math.max(axis, slantOverhang(names, TICK_FONT, narrow, ANGLE) + 4) : axis;
  const widths = plotWidths(left, 24);
  const rooms = categoryRoom(names, widths);
  const n = Math.max(1, data.length);
  const groupWidth = 0.8 / n;
  const barWidth = stacked ? groupWidth : groupWidth / series.length;
  const xOf = (b: Bar) => b.c / n + 0.1 / n + (stacked ? 0 : b.s * barWidth);
  return (
    <ChartBox
      left={left}
      right={24}
      heights={{ narrow: bottom + rooms.narrow.height, wide: bottom + rooms.wide.height }}
      legend={withLegend ? legend(id, series) : null}
    >
      {[
        patterns(id, series.length),
        valueAxis(ticks, y, format),
        ...barGroups(id, series, bars, (b) => ({ x: pct(xOf(b)), width: pct(barWidth), y: px(y(Math.max(b.from, b.to))), height: px(Math.abs(y(b.from) - y(b.to))) })),
        categoryAxis(names, (i) => pct(bandCentre(i, n)), bottom, widths),
        data.length <= 24
          ? el(
              "g",
              { class: "chart-value-labels" },
              bars
                .filter((b) => !stacked || Math.abs(y(b.from) - y(b.to)) >= LABEL_FONT + 2)
                .map((b) => el("text", { x: pct(xOf(b) + barWidth / 2), y: px(stacked ? (y(b.from) + y(b.to)) / 2 + 4 : y(b.to) - 5) }, format(b.value))),
            )
          : null,
      ]}
    </ChartBox>
  );
}

function HorizontalBars({ id, data, categoryKey, series, stacked = false, height = 260, unit, fullNameKey, categoryWidth = 110 }: BarProps) {
  const bars = barsOf(data, series, stacked);
  const ticks = niceTicks(extent(bars));
  const at = scale(ticks);
  const format = withUnit(unit);
  const withLegend = series.length > 1;
  const withLabels = data.length <= 24;
  const plot = height - TOP - 28 - (withLegend ? LEGEND_ROOM : 0);
  const bottom = TOP + plot;
  const n = Math.max(1, data.length);
  const band = plot / n;
  const thickness = (band * 0.8) / (stacked ? 1 : series.length);
  const yOf = (b: Bar) => TOP + b.c * band + band * 0.1 + (stacked ? 0 : b.s * thickness);
  // Values to the right of their bar need room there; inside a stack, a value shows when its segment is wide enough on a phone.
  const right = withLabels && !stacked ? Math.max(24, longest(bars.map((b) => format(b.value)), LABEL_FONT) + 12) : 24;
  const widths = plotWidths(categoryWidth, right);
  const fits = (b: Bar) => (at(b.to) - at(b.from)) * widths.narrow >= textWidth(format(b.value), LABEL_FONT) + 4;
  return (
    <ChartBox left={categoryWidth} right={right} heights={{ narrow: bottom + 28, wide: bottom + 28 }} legend={withLegend ? legend(id, series) : null}>
      {[
        patterns(id, series.length),
        valueAxisBelow(ticks, (v) => pct(at(v)), bottom, format, widths),
        el(
          "g",
          { class: "chart-y-ticks" },
          el("line", { class: "chart-axis", y1: TOP, y2: px(bottom) }),
          data.map((d, c) => {
            const full = fullNameKey ? d[fullNameKey] : undefined;
            return el("text", { x: -8, y: px(TOP + (c + 0.5) * band + 4) }, full ? el("title", null, String(full)) : null, label(d[categoryKey]));
          }),
        ),
        ...barGroups(id, series, bars, (b) => ({ x: pct(at(Math.min(b.from, b.to))), width: pct(Math.abs(at(b.to) - at(b.from))), y: px(yOf(b)), height: px(thickness) })),
        withLabels
          ? el(
              "g",
              { class: stacked ? "chart-value-labels" : "chart-value-labels chart-start" },
              bars
                .filter((b) => !stacked || fits(b))
                .map((b) => el("text", { x: pct(stacked ? (at(b.from) + at(b.to)) / 2 : at(b.to)), dx: stacked ? undefined : 5, y: px(yOf(b) + thickness / 2 + 4) }, format(b.value))),
            )
          : null,
      ]}
    </ChartBox>
  );
}
