import { countryName, formatAmount, formatDate, formatMonth, formatNumber } from "@/lib/format";
import { type ActionPlanDashboard, type Count, type GedsiBreakdownRow, type GedsiDashboard, type IndicatorProgress, type ProgrammeDashboard, ACTIVITY_STATUSES, AGE_BANDS, SEXES } from "./types";
import { suppressedLabel } from "./suppression";

/*
 * Every table a dashboard shows, built once from the dashboard's data: the page renders
 * these rows and the export route writes the same rows to CSV or XLSX, so a download
 * always matches what is on screen. Cells are raw values: numbers, and dates as ISO
 * "yyyy-mm-dd" (months "yyyy-mm") that spreadsheets sort and parse; `displayCell` writes
 * them as the rest of the app does, for the screen only.
 */

export type Cell = string | number | null;

/**
 * How the screen writes a column: a day ("1 Jul 2022"), a month ("Jul 2022"), or an amount
 * in the currency named by another column of the same row ("1,000.50").
 */
export type ColumnFormat = { kind: "date" } | { kind: "month" } | { kind: "amount"; currencyColumn: number };

export interface DashboardTable {
  /** The export name (`table=` in the export URL). */
  key: string;
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Display formats by column index; exports ignore them and write the raw cells. */
  formats?: Partial<Record<number, ColumnFormat>>;
}

/** A cell as the screen shows it. */
export function displayCell(table: DashboardTable, row: Cell[], column: number): string {
  const cell = row[column];
  if (cell === null || cell === undefined) return "—";
  const format = table.formats?.[column];
  if (typeof cell === "string") {
    if (format?.kind === "date") return formatDate(cell);
    if (format?.kind === "month") return formatMonth(cell);
    return cell;
  }
  if (format?.kind === "amount") {
    const currency = row[format.currencyColumn];
    if (typeof currency === "string" && currency) return formatAmount(cell, currency);
  }
  return formatNumber(cell);
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A percentage or average rounded to one decimal, or null. */
export const round1 = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

export function programmeTables(d: ProgrammeDashboard, t: Translate): DashboardTable[] {
  const reachHeaders = [t("dashboards.col.people"), t("dashboards.col.participations"), t("dashboards.col.women"), t("dashboards.col.womenShare")];
  const reachCells = (r: { people: number; participations: number; women: number; womenShare: number | null }): Cell[] => [r.people, r.participations, r.women, round1(r.womenShare)];
  const tables: DashboardTable[] = [
    {
      key: "summary",
      title: t("dashboards.tables.summary"),
      headers: [t("dashboards.col.figure"), t("dashboards.col.value")],
      rows: [
        [t("dashboards.kpi.activities"), d.activities],
        ...ACTIVITY_STATUSES.map((s): Cell[] => [t(`enums.activityStatus.${s}`), d.activitiesByStatus[s]]),
        [t("dashboards.kpi.people"), d.reach.people],
        [t("dashboards.kpi.participations"), d.reach.participations],
        [t("dashboards.kpi.womenShare"), round1(d.reach.womenShare)],
        [t("dashboards.kpi.nsbsReached"), d.nsbsReached],
        [t("dashboards.kpi.satisfaction"), round1(d.satisfaction.average)],
        [t("dashboards.kpi.satisfactionResponses"), d.satisfaction.responses],
        [t("dashboards.kpi.knowledgeGain"), round1(d.knowledgeGain.average)],
        [t("dashboards.kpi.knowledgeTested"), d.knowledgeGain.tested],
      ],
    },
    {
      key: "status",
      title: t("dashboards.tables.status"),
      headers: [t("dashboards.col.status"), t("dashboards.col.activities")],
      rows: ACTIVITY_STATUSES.map((s) => [t(`enums.activityStatus.${s}`), d.activitiesByStatus[s]]),
    },
    {
      key: "money",
      title: t("dashboards.tables.money"),
      headers: [t("dashboards.col.currency"), t("dashboards.col.programmeBudget"), t("dashboards.col.activityBudget"), t("dashboards.col.actualCost"), t("dashboards.col.costedActivities")],
      rows: d.money.map((m) => [m.currency, m.programmeBudget, m.activityBudget, m.actualCost, m.costedActivities]),
      formats: { 1: { kind: "amount", currencyColumn: 0 }, 2: { kind: "amount", currencyColumn: 0 }, 3: { kind: "amount", currencyColumn: 0 } },
    },
    {
      key: "nsb",
      title: t("dashboards.tables.nsb"),
      headers: [t("dashboards.col.nsb"), t("dashboards.col.country"), t("dashboards.col.activitiesTargeted"), ...reachHeaders],
      rows: d.byNsb.map((r) => [r.label, r.detailCountry ? countryName({ code: r.detailCountry, name: r.detail ?? "" }) : (r.detail ?? ""), r.activitiesTargeted, ...reachCells(r)]),
    },
    {
      key: "country",
      title: t("dashboards.tables.country"),
      headers: [t("dashboards.col.country"), ...reachHeaders],
      // A country row's key is its ISO code ("" for people whose country is not given).
      rows: d.byCountry.map((r) => [r.key ? countryName({ code: r.key, name: r.label }) : t("dashboards.notGiven"), ...reachCells(r)]),
    },
    {
      key: "programmes",
      title: t("dashboards.tables.programmes"),
      headers: [t("dashboards.col.code"), t("dashboards.col.programme"), t("dashboards.col.activities"), ...reachHeaders],
      rows: d.byProgramme.map((p) => [p.code, p.title, p.activities, ...reachCells(p)]),
    },
    {
      key: "timeline",
      title: t("dashboards.tables.timeline"),
      headers: [t("dashboards.col.month"), ...ACTIVITY_STATUSES.map((s) => t(`enums.activityStatus.${s}`)), t("dashboards.col.participations")],
      rows: d.timeline.map((p) => [p.month, p.planned, p.ongoing, p.completed, p.cancelled, p.participations]),
      formats: { 0: { kind: "month" } },
    },
  ];
  return tables;
}

export function indicatorTables(indicators: IndicatorProgress[], t: Translate): DashboardTable[] {
  return [
    {
      key: "indicators",
      title: t("dashboards.tables.indicators"),
      headers: [
        t("dashboards.col.programme"),
        t("dashboards.col.indicatorCode"),
        t("dashboards.col.indicator"),
        t("dashboards.col.unit"),
        t("dashboards.col.baseline"),
        t("dashboards.col.target"),
        t("dashboards.col.actual"),
        t("dashboards.col.progress"),
      ],
      rows: indicators.map((i) => [
        i.programmeCode ?? t("dashboards.planWide"),
        i.code,
        i.title,
        i.unit === "CURRENCY" && i.currency ? i.currency : t(`enums.indicatorUnit.${i.unit}`),
        i.baseline,
        i.target,
        round1(i.actual),
        round1(i.progress),
      ]),
    },
    {
      key: "indicatorPeriods",
      title: t("dashboards.tables.indicatorPeriods"),
      headers: [t("dashboards.col.indicatorCode"), t("dashboards.col.periodStart"), t("dashboards.col.periodEnd"), t("dashboards.col.target"), t("dashboards.col.actual")],
      rows: indicators.flatMap((i) => i.periods.map((p): Cell[] => [i.code, p.periodStart, p.periodEnd, p.target, round1(p.actual)])),
      formats: { 1: { kind: "date" }, 2: { kind: "date" } },
    },
  ];
}

/** A count cell: a suppressed one (a donor's small cell) reads "< 5" on screen and in files. */
const countCell = (value: Count, suppressedBelow: number | null): Cell => (value === null && suppressedBelow !== null ? suppressedLabel(suppressedBelow) : value);

function bySexTable(key: string, title: string, first: string, rows: GedsiBreakdownRow[], t: Translate, withTarget: boolean, suppressedBelow: number | null): DashboardTable {
  const c = (v: Count) => countCell(v, suppressedBelow);
  return {
    key,
    title,
    headers: [first, ...SEXES.map((s) => t(`enums.sex.${s}`)), t("dashboards.col.total"), t("dashboards.col.womenShare"), ...(withTarget ? [t("dashboards.col.parityTarget")] : [])],
    rows: rows.map((r) => [r.label, ...SEXES.map((s) => c(r.bySex[s])), c(r.total), round1(r.womenShare), ...(withTarget ? [r.parityTarget] : [])]),
  };
}

export function gedsiTables(d: GedsiDashboard, t: Translate): DashboardTable[] {
  const sexHeaders = SEXES.map((s) => t(`enums.sex.${s}`));
  const c = (v: Count) => countCell(v, d.suppressedBelow);
  return [
    {
      key: "sexAge",
      title: t("dashboards.tables.sexAge"),
      headers: [t("dashboards.col.ageBand"), ...sexHeaders, t("dashboards.col.total")],
      rows: [
        ...d.byAgeBand.map((r): Cell[] => [t(`enums.ageBand.${r.ageBand}`), ...SEXES.map((s) => c(r.bySex[s])), c(r.total)]),
        [t("dashboards.col.total"), ...SEXES.map((s) => c(d.bySex[s])), c(d.people)],
      ],
    },
    {
      key: "group",
      title: t("dashboards.tables.group"),
      headers: [t("dashboards.col.stakeholderGroup"), ...sexHeaders, t("dashboards.col.total")],
      rows: d.byGroup.map((r) => [t(`enums.stakeholderGroup.${r.stakeholderGroup}`), ...SEXES.map((s) => c(r.bySex[s])), c(r.total)]),
    },
    {
      key: "cube",
      title: t("dashboards.tables.cube"),
      headers: [t("dashboards.col.sex"), t("dashboards.col.ageBand"), t("dashboards.col.stakeholderGroup"), t("dashboards.col.people")],
      rows: [...d.cube]
        .sort((a, b) => SEXES.indexOf(a.sex) - SEXES.indexOf(b.sex) || AGE_BANDS.indexOf(a.ageBand) - AGE_BANDS.indexOf(b.ageBand) || a.stakeholderGroup.localeCompare(b.stakeholderGroup))
        .map((cell) => [t(`enums.sex.${cell.sex}`), t(`enums.ageBand.${cell.ageBand}`), t(`enums.stakeholderGroup.${cell.stakeholderGroup}`), c(cell.people)]),
    },
    bySexTable("gedsiProgramme", t("dashboards.tables.gedsiProgramme"), t("dashboards.col.programme"), d.byProgramme, t, true, d.suppressedBelow),
    bySexTable("gedsiNsb", t("dashboards.tables.gedsiNsb"), t("dashboards.col.nsb"), d.byNsb, t, false, d.suppressedBelow),
    bySexTable(
      "gedsiType",
      t("dashboards.tables.gedsiType"),
      t("dashboards.col.activityType"),
      d.byActivityType.map((r) => ({ ...r, label: t(`enums.activityType.${r.activityType}`) })),
      t,
      false,
      d.suppressedBelow,
    ),
    bySexTable("gedsiYear", t("dashboards.tables.gedsiYear"), t("dashboards.col.year"), d.byYear, t, true, d.suppressedBelow),
  ];
}

export function actionPlanTables(d: ActionPlanDashboard, t: Translate): DashboardTable[] {
  const unitLabel = (unit: string, currency: string | null) => (unit === "CURRENCY" && currency ? currency : t(`enums.indicatorUnit.${unit}`));
  const yearHeaders = d.years.flatMap((y) => [t("dashboards.col.yearTarget", { year: y }), t("dashboards.col.yearActual", { year: y })]);
  const yearCells = (byYear: { year: number; target: number | null; actual: number | null }[]) =>
    d.years.flatMap((y) => {
      const v = byYear.find((b) => b.year === y);
      return [v?.target ?? null, round1(v?.actual ?? null)];
    });
  return [
    {
      key: "planIndicators",
      title: t("dashboards.tables.planIndicators"),
      headers: [
        t("dashboards.col.resultArea"),
        t("dashboards.col.programme"),
        t("dashboards.col.indicatorCode"),
        t("dashboards.col.indicator"),
        t("dashboards.col.unit"),
        t("dashboards.col.target"),
        t("dashboards.col.actual"),
        t("dashboards.col.progress"),
        ...yearHeaders,
      ],
      rows: d.areas.flatMap((a) =>
        a.indicators.map((i): Cell[] => [
          a.code,
          i.programmeCode ?? t("dashboards.planWide"),
          i.code,
          i.title,
          unitLabel(i.unit, i.currency),
          i.target,
          round1(i.actual),
          round1(i.progress),
          ...yearCells(i.byYear),
        ]),
      ),
    },
    {
      key: "planRollups",
      title: t("dashboards.tables.planRollups"),
      headers: [
        t("dashboards.col.resultArea"),
        t("dashboards.col.measure"),
        t("dashboards.col.method"),
        t("dashboards.col.indicators"),
        t("dashboards.col.target"),
        t("dashboards.col.actual"),
        t("dashboards.col.progress"),
        ...yearHeaders,
      ],
      rows: d.areas.flatMap((a) =>
        a.rollups.map((r): Cell[] => [
          a.code,
          `${t(`enums.indicatorSource.${r.source}`)} (${unitLabel(r.unit, r.currency)})`,
          t(`dashboards.method.${r.method}`),
          r.indicators,
          r.target,
          round1(r.actual),
          round1(r.progress),
          ...yearCells(r.byYear),
        ]),
      ),
    },
  ];
}
