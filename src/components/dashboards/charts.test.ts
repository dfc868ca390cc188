import { describe, expect, it } from "vitest";
import type { ReactElement } from "react";
import { BarChartView, LineChartView } from "./charts";

type Rendered = ReactElement<{ dangerouslySetInnerHTML: { __html: string }; className: string; "aria-hidden": string }>;

/** The chart's box as the server renders it (the components are plain functions of their props). */
function render(element: ReactElement): Rendered {
  let node = element as ReactElement<Record<string, unknown>>;
  while (typeof node.type === "function") node = (node.type as (props: unknown) => ReactElement<Record<string, unknown>>)(node.props);
  return node as unknown as Rendered;
}

const markupOf = (element: ReactElement) => render(element).props.dangerouslySetInnerHTML.__html;
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe("charts drawn on the server as markup", () => {
  it("keeps the chart hidden from assistive technology, its bars and value labels in the SVG", () => {
    const box = render(BarChartView({ id: "status", data: [{ label: "Completed", n: 12 }, { label: "Planned", n: 3 }, { label: "Cancelled", n: 0 }], categoryKey: "label", series: [{ key: "n", label: "Activities" }] }));
    expect(box.props["aria-hidden"]).toBe("true");
    expect(box.props.className).toBe("chart");
    const html = box.props.dangerouslySetInnerHTML.__html;
    expect(html.startsWith("<svg class='chart-surface'")).toBe(true);
    expect(count(html, /<rect /g)).toBe(2); // a zero bar is not drawn
    expect(html).toContain(">Completed</text>");
    expect(html).toMatch(/<g class='chart-value-labels'>.*>12<\/text>.*>3<\/text>/);
    expect(html).not.toContain("<defs>"); // one solid series needs no pattern
    expect(html).not.toContain("chart-legend");
  });

  it("escapes names typed by users", () => {
    const html = markupOf(BarChartView({ id: "nsb", horizontal: true, data: [{ nsb: `<b>O'Hara & "Sons"</b>`, full: "<i>x</i>", people: 5 }], categoryKey: "nsb", fullNameKey: "full", series: [{ key: "people", label: "<People>" }] }));
    expect(html).toContain("&lt;b&gt;O&#39;Hara &amp; &quot;Sons&quot;&lt;/b&gt;");
    expect(html).toContain("<title>&lt;i&gt;x&lt;/i&gt;</title>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<i>");
  });

  it("tells stacked series apart by pattern and names them in a legend", () => {
    const html = markupOf(
      BarChartView({ id: "age", stacked: true, data: [{ band: "18-24", women: 40, men: 30 }], categoryKey: "band", series: [{ key: "women", label: "Women" }, { key: "men", label: "Men" }] }),
    );
    expect(count(html, /<pattern /g)).toBe(1);
    expect(html).toContain("<g fill='url(#age-p1)' stroke='#475569'>");
    expect(html).toMatch(/<ul class='chart-legend'><li>.*Women<\/li><li>.*Men<\/li><\/ul>$/);
  });

  it("draws a line per series with a marker per point and its values", () => {
    const data = [{ month: "Jan 2024", a: 1, b: 4 }, { month: "Feb 2024", a: 2, b: null }, { month: "Mar 2024", a: 3, b: 6 }];
    const html = markupOf(LineChartView({ data, categoryKey: "month", series: [{ key: "a", label: "Started" }, { key: "b", label: "Participations" }] }));
    expect(count(html, /<path class='chart-line'/g)).toBe(2);
    expect(count(html, /<circle r='3.5'\/>/g)).toBe(3 + 1); // series a's points, and its legend swatch
    expect(count(html, /<rect x='-3.5'/g)).toBe(2 + 1); // series b skips its gap
    expect(html).toContain("stroke-dasharray='6 4'");
  });
});
