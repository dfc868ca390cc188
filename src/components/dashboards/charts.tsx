/*
 * Charts for the dashboards, drawn on the server as SVG: they show on a slow link as soon
 * as the HTML arrives and add no JavaScript to the page (chart-parts.tsx says how).
 */
export { BarChartView } from "./chart-bars";
export { LineChartView } from "./chart-lines";
export type { Series } from "./chart-parts";
