"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { AttendanceRow, fieldLabelId } from "./grid-row";
import { GridConflict, type RowConflict } from "./grid-conflict";
import { FIELD_LABELS, FIELDS, type Edits, type Field, type GridRow } from "./grid-values";
import type { Outcome, RowErrors } from "./grid-answer";

/** A text as a CSS string (for `content`). */
const cssString = (text: string) => `"${text.replace(/["\\]/g, "\\$&").replace(/\n/g, " ")}"`;

const COLUMNS = ["participant", "attendance", "role", "completed", "preTest", "postTest", "satisfaction", "feedbackColumn"] as const;

/** The captions phones show above each field (attendance-grid.css), set once on the table. */
function gridCaptions(t: (key: string) => string): React.CSSProperties {
  const captions: Record<string, string> = { "--cap-remove": cssString(t("remove")) };
  COLUMNS.slice(1).forEach((key, i) => (captions[`--cap-${i + 1}`] = cssString(t(key))));
  return captions as React.CSSProperties;
}

/** Edits found in the browser's storage, offered back. */
export function RestoreOffer({ count, onRestore, onDiscard }: { count: number; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("attendance");
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950" data-testid="restore-offer">
      <p className="flex-1">{t("restoreOffer", { count })}</p>
      <Button type="button" onClick={onRestore}>{t("restoreEdits")}</Button>
      <Button type="button" variant="secondary" onClick={onDiscard}>{t("discardEdits")}</Button>
    </div>
  );
}

/**
 * The sticky save bar: Save, how many rows are unsaved, and the last save's outcome (announced).
 * Save works from the first paint: pressed (or Enter in a field) before the grid's script has
 * run, the browser submits the form itself and the server answers with the grid and the outcome
 * (grid-form.ts, grid-answer.ts); once the script runs, the grid saves its edits itself.
 */
export function SaveBar({ pending, unsaved, outcome }: { pending: boolean; unsaved: number; outcome: Outcome }) {
  const t = useTranslations("attendance");
  const tone = outcome?.tone === "error" ? "text-rose-800" : outcome?.tone === "success" ? "text-emerald-800" : "text-slate-700";
  return (
    <div className="sticky top-0 z-30 -mx-4 mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white/95 px-4 py-2 shadow-sm sm:mx-0 sm:rounded-lg sm:border" data-testid="save-bar">
      <Button type="submit" aria-disabled={pending || undefined}>{pending ? t("saving") : t("saveAttendance")}</Button>
      <span className={`text-sm ${unsaved ? "font-medium text-amber-900" : "text-slate-600"}`} data-testid="unsaved-count">
        {unsaved ? t("unsavedCount", { count: unsaved }) : t("allSaved")}
      </span>
      <p role="status" className={`basis-full text-sm ${tone}`} data-testid="save-outcome">
        {outcome?.message}
      </p>
    </div>
  );
}

/** One panel per row someone else saved meanwhile (rows no longer listed are skipped). */
export function ConflictPanels({ rows, conflicts, edits, onKeepMine, onUseTheirs }: {
  rows: GridRow[];
  conflicts: Record<string, RowConflict>;
  edits: Edits;
  onKeepMine: (id: string, conflict: RowConflict) => void;
  onUseTheirs: (id: string) => void;
}) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return Object.entries(conflicts).map(([id, conflict]) =>
    byId.has(id) ? (
      <div key={id} className="mb-3">
        <GridConflict
          row={byId.get(id)!}
          conflict={conflict}
          mine={edits[id]?.values ?? byId.get(id)!.values}
          onKeepMine={() => onKeepMine(id, conflict)}
          onUseTheirs={() => onUseTheirs(id)}
        />
      </div>
    ) : null,
  );
}

/** Whole-grid attendance buttons and the Enter hint. */
export function BulkActions({ onSetAll }: { onSetAll: (value: string) => void }) {
  const t = useTranslations("attendance");
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={() => onSetAll("ATTENDED")}>{t("markAllAttended")}</Button>
      <Button type="button" variant="secondary" onClick={() => onSetAll("NO_SHOW")}>{t("markAllNoShow")}</Button>
      <p className="text-xs text-slate-600">{t("enterHint")}</p>
    </div>
  );
}

/** The "<Field>:" texts each control's accessible name starts with (AttendanceRow), once per page. */
function GridLabels({ t }: { t: (key: string) => string }) {
  return (
    <div hidden>
      {FIELDS.filter((field) => field !== "consentToQuote").map((field) => <span key={field} id={fieldLabelId(field)}>{`${t(FIELD_LABELS[field])}:`}</span>)}
      <span id={fieldLabelId("remove")}>{`${t("remove")}:`}</span>
    </div>
  );
}

/** The table itself: its header and one row per participant. */
export function GridTable({ rows, edits, errors, readOnly, onChange, onRemove }: {
  rows: GridRow[];
  edits: Edits;
  errors: RowErrors;
  readOnly: boolean;
  onChange: (id: string, field: Field, value: string | boolean) => void;
  onRemove: (row: GridRow) => void;
}) {
  const t = useTranslations("attendance");
  return (
    <div className="sm:max-h-[75vh] sm:overflow-auto sm:rounded-lg sm:border sm:border-slate-200 sm:bg-white sm:shadow-sm" data-testid="grid-scroll">
      <table className="att-grid text-sm max-sm:block sm:min-w-full" style={gridCaptions(t)}>
        <caption className="sr-only">{t("gridLabel")}</caption>
        <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600 max-sm:hidden">
          <tr>
            {COLUMNS.map((key, i) => (
              <th key={key} scope="col" className={`sticky top-0 border-b border-slate-200 bg-slate-50 px-3 py-2 ${i === 0 ? "left-0 z-30" : "z-20"}`}>{t(key)}</th>
            ))}
            {!readOnly ? <th scope="col" className="sticky top-0 z-20 border-b border-slate-200 bg-slate-50 px-3 py-2"><span className="sr-only">{t("remove")}</span></th> : null}
          </tr>
        </thead>
        <tbody className="max-sm:block sm:divide-y sm:divide-slate-100">
          {rows.map((row, index) => (
            <AttendanceRow key={row.id} row={row} index={index} edit={edits[row.id]} errors={errors[row.id]} readOnly={readOnly} onChange={onChange} onRemove={onRemove} />
          ))}
        </tbody>
      </table>
      <GridLabels t={t} />
    </div>
  );
}
