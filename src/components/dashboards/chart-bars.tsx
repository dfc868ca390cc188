import { bandCentre, longest, needsSlant, niceTicks, pct, plotWidths, scale, slantOverhang, textWidth } from "@/lib/charts/geometry";
import { ANGLE, CategoryAxis, categoryRoom, ChartBox, fillOf, INK, label, LABEL_FONT, Legend, numberOf, Patterns, strokeOf, TICK_FONT, TOP, ValueAxis, ValueAxisBelow, withUnit, type Datum, type Series } from "./chart-parts";

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
const VALUE_STYLE = { fontSize: LABEL_FONT, fill: "#0f172a", fontWeight: 600 } as const;

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
  const legend = series.length > 1;
  const plot = height - TOP - 30 - (legend ? LEGEND_ROOM : 0);
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
      legend={legend ? <Legend id={id} series={series} /> : null}
    >
      <Patterns id={id} />
      <ValueAxis ticks={ticks} y={y} format={format} />
      {bars.filter((b) => b.value !== 0).map((b) => (
        <rect key={`${b.c}-${b.s}`} x={pct(xOf(b))} width={pct(barWidth)} y={y(Math.max(b.from, b.to))} height={Math.abs(y(b.from) - y(b.to))} fill={fillOf(id, b.s)} stroke={strokeOf(b.s)} />
      ))}
      <CategoryAxis names={names} at={(i) => pct(bandCentre(i, n))} bottom={bottom} widths={widths} />
      {data.length <= 24 ? (
        <g className="chart-value-labels">
          {bars
            .filter((b) => !stacked || Math.abs(y(b.from) - y(b.to)) >= LABEL_FONT + 2)
            .map((b) => (
              <text key={`${b.c}-${b.s}`} x={pct(xOf(b) + barWidth / 2)} y={stacked ? (y(b.from) + y(b.to)) / 2 + 4 : y(b.to) - 5} textAnchor="middle" style={VALUE_STYLE}>
                {format(b.value)}
              </text>
            ))}
        </g>
      ) : null}
    </ChartBox>
  );
}

function HorizontalBars({ id, data, categoryKey, series, stacked = false, height = 260, unit, fullNameKey, categoryWidth = 110 }: BarProps) {
  const bars = barsOf(data, series, stacked);
  const ticks = niceTicks(extent(bars));
  const at = scale(ticks);
  const format = withUnit(unit);
  const legend = series.length > 1;
  const withLabels = data.length <= 24;
  const plot = height - TOP - 28 - (legend ? LEGEND_ROOM : 0);
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
    <ChartBox left={categoryWidth} right={right} heights={{ narrow: bottom + 28, wide: bottom + 28 }} legend={legend ? <Legend id={id} series={series} /> : null}>
      <Patterns id={id} />
      <ValueAxisBelow ticks={ticks} x={(v) => pct(at(v))} bottom={bottom} format={format} widths={widths} />
      <g className="chart-y-ticks">
        <line x1="0" x2="0" y1={TOP} y2={bottom} stroke={INK} />
        {data.map((d, c) => {
          const full = fullNameKey ? d[fullNameKey] : undefined;
          return (
            <text key={c} x={-8} y={TOP + (c + 0.5) * band} dy={4} textAnchor="end" fontSize={TICK_FONT} fill={INK}>
              {full ? <title>{String(full)}</title> : null}
              {label(d[categoryKey])}
            </text>
          );
        })}
      </g>
      {bars.filter((b) => b.value !== 0).map((b) => (
        <rect key={`${b.c}-${b.s}`} x={pct(at(Math.min(b.from, b.to)))} width={pct(Math.abs(at(b.to) - at(b.from)))} y={yOf(b)} height={thickness} fill={fillOf(id, b.s)} stroke={strokeOf(b.s)} />
      ))}
      {withLabels ? (
        <g className="chart-value-labels">
          {bars
            .filter((b) => !stacked || fits(b))
            .map((b) => (
              <text
                key={`${b.c}-${b.s}`}
                x={pct(stacked ? (at(b.from) + at(b.to)) / 2 : at(b.to))}
                dx={stacked ? 0 : 5}
                y={yOf(b) + thickness / 2 + 4}
                textAnchor={stacked ? "middle" : "start"}
                style={VALUE_STYLE}
              >
                {format(b.value)}
              </text>
            ))}
        </g>
      ) : null}
    </ChartBox>
  );
}
