import { getTranslations } from "next-intl/server";
import { displayCell, type Cell, type DashboardTable } from "@/lib/dashboards/tables";
import { el, type Markup } from "@/lib/markup";

/** A suppressed count as the tables write it ("< 5"). */
const SUPPRESSED = /^< \d+$/;

/** Rows shown on screen at most; the downloads always hold every row. */
const SCREEN_ROWS = 100;

/**
 * The table itself, written as one string of escaped markup (src/lib/markup.ts): a dashboard
 * has hundreds of cells that nothing in the browser touches, each a React element otherwise.
 * Cell styles are set once in globals.css (`.data-table`); numeric columns align right (`num`).
 */
function tableMarkup(table: DashboardTable, rows: Cell[][]): Markup {
  // A count published as "< 5" (src/lib/dashboards/suppression.ts) is still a count: its column stays right-aligned.
  const numeric = table.headers.map((_, c) => table.rows.length > 0 && table.rows.every((r) => r[c] === null || typeof r[c] === "number" || SUPPRESSED.test(String(r[c]))));
  const cls = (c: number) => (numeric[c] ? "num" : undefined);
  return el(
    "table",
    { class: "min-w-full divide-y divide-slate-200 text-sm", "data-testid": `table-${table.key}` },
    el("caption", { class: "sr-only" }, table.title),
    el("thead", null, el("tr", null, table.headers.map((h, c) => el("th", { scope: "col", class: cls(c) }, h)))),
    el(
      "tbody",
      { class: "divide-y divide-slate-100" },
      rows.map((row) => el("tr", null, row.map((_, c) => (c === 0 ? el("th", { scope: "row" }, displayCell(table, row, c)) : el("td", { class: cls(c) }, displayCell(table, row, c)))))),
    ),
  );
}

/**
 * A dashboard table as the export writes it, with its CSV and XLSX download links. A table
 * longer than SCREEN_ROWS shows its first rows and says where the rest is: a thousand rows
 * (every indicator period of every programme) are read in a spreadsheet, not on a page.
 */
export async function DataTable({ table, exportHref, empty }: { table: DashboardTable; exportHref?: (format: "csv" | "xlsx") => string; empty?: string }) {
  const t = await getTranslations("dashboards");
  const shown = exportHref ? table.rows.slice(0, SCREEN_ROWS) : table.rows;
  return (
    <div className="data-table">
      {table.rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{empty ?? t("empty")}</p>
      ) : (
        // Focusable and named: a wide table scrolls sideways with the keyboard too. Relative,
        // so the screen-reader-only caption stays inside the scroller (else the page scrolls).
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2" role="region" aria-label={table.title} tabIndex={0} dangerouslySetInnerHTML={tableMarkup(table, shown)} />
      )}
      {shown.length < table.rows.length ? (
        <p className="mt-2 text-xs text-slate-600" data-testid={`table-${table.key}-truncated`}>
          {t("tableTruncated", { shown: shown.length, total: table.rows.length })}
        </p>
      ) : null}
      {exportHref && table.rows.length > 0 ? (
        <p className="no-print mt-2 flex gap-3 text-xs">
          <a href={exportHref("csv")} className="text-brand-700 underline hover:no-underline" download>
            {t("export.csv")}
            <span className="sr-only"> ({t("export.label", { table: table.title })})</span>
          </a>
          <a href={exportHref("xlsx")} className="text-brand-700 underline hover:no-underline" download>
            {t("export.xlsx")}
            <span className="sr-only"> ({t("export.label", { table: table.title })})</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** A chart with its title, and its data table behind a details element (the accessible version). */
export async function ChartFigure({ title, chart, children, open = false }: { title: string; chart: React.ReactNode; children: React.ReactNode; open?: boolean }) {
  const t = await getTranslations("dashboards");
  return (
    <figure className="chart-figure">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{title}</figcaption>
      {chart}
      <details className="mt-2" open={open}>
        <summary className="no-print cursor-pointer text-sm text-brand-700 hover:underline">{t("charts.showData")}</summary>
        <div className="mt-2">{children}</div>
      </details>
    </figure>
  );
}

export function Section({ title, children, actions, id }: { title: string; children: React.ReactNode; actions?: React.ReactNode; id?: string }) {
  return (
    <section className="report-section mt-8 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby={id}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold text-slate-900">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Kpis({ items }: { items: { label: string; value: string; hint?: string; testId?: string }[] }) {
  return (
    <dl className="kpis grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((k) => (
        <div key={k.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{k.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={k.testId}>{k.value}</dd>
          {k.hint ? <dd className="mt-1 text-xs text-slate-600">{k.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
