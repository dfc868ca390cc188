"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { saveAttendanceAction } from "./actions";
import { AttendanceRow } from "./grid-row";
import { GridConflict, type RowConflict } from "./grid-conflict";
import { RemoveParticipant } from "./remove-participant";
import { editsToFormData, storageKey, type Edits, type Field, type GridRow } from "./grid-values";
import { useGridEdits, useLeaveGuard } from "./use-grid-edits";
import "./attendance-grid.css";

type Outcome = { tone: "success" | "error" | "info"; message: string } | null;
type RowErrors = Record<string, Partial<Record<Field, string[]>>>;

const without = <T,>(record: Record<string, T>, id: string) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));

/** Field errors keyed `<field>.<participationId>`, grouped by row. */
function rowErrors(fieldErrors: Record<string, string[]> = {}): RowErrors {
  const out: RowErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const [field, id] = key.split(".") as [Field, string];
    (out[id] ??= {})[field] = messages;
  }
  return out;
}

/** A text as a CSS string (for `content`). */
const cssString = (text: string) => `"${text.replace(/["\\]/g, "\\$&").replace(/\n/g, " ")}"`;

const COLUMNS = ["participant", "attendance", "role", "completed", "preTest", "postTest", "satisfaction", "feedbackColumn"] as const;

/** The captions phones show above each field (attendance-grid.css), set once on the table. */
function gridCaptions(t: (key: string) => string): React.CSSProperties {
  const captions: Record<string, string> = { "--cap-remove": cssString(t("remove")) };
  COLUMNS.slice(1).forEach((key, i) => (captions[`--cap-${i + 1}`] = cssString(t(key))));
  return captions as React.CSSProperties;
}

/**
 * The attendance grid. Plain form controls, so Tab and the arrow keys work as everywhere;
 * Enter in any field saves (as the Save button does), and only the rows with unsaved
 * changes are sent. The save bar stays in view; a save never remounts the grid, so focus
 * stays where it was, and its outcome is announced.
 */
export function AttendanceGrid({ activityId, userId, rows, readOnly }: { activityId: string; userId: string; rows: GridRow[]; readOnly: boolean }) {
  const t = useTranslations("attendance");
  const router = useRouter();
  const { edits, change, setAll, markSaved, rebase, drop, offer, restore, discard, ready } = useGridEdits(rows, storageKey(activityId, userId));
  const unsaved = Object.keys(edits).length;
  useLeaveGuard(unsaved > 0, t("leaveConfirm"));
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [errors, setErrors] = useState<RowErrors>({});
  const [conflicts, setConflicts] = useState<Record<string, RowConflict>>({});
  const [removing, setRemoving] = useState<GridRow | null>(null);
  const unsavedRef = useRef(unsaved);
  useEffect(() => {
    unsavedRef.current = unsaved;
  }, [unsaved]);

  useEffect(() => {
    const back = () => {
      if (unsavedRef.current) setOutcome({ tone: "info", message: t("backOnline", { count: unsavedRef.current }) });
    };
    window.addEventListener("online", back);
    return () => window.removeEventListener("online", back);
  }, [t]);

  const answer = (sent: Edits, result: FormState) => {
    setOutcome({ tone: result.status === "success" ? "success" : "error", message: result.message ?? "" });
    if (result.status === "success") {
      markSaved(sent);
      setErrors({});
      setConflicts({});
      return;
    }
    setErrors(rowErrors(result.fieldErrors));
    const id = result.conflict?.current.id;
    if (typeof id === "string") {
      setConflicts((previous) => ({ ...previous, [id]: { message: result.message ?? "", current: result.conflict!.current } }));
      // The rows as stored now, for the comparison and for the next save.
      router.refresh();
    }
  };

  const save = () => {
    if (pending) return;
    if (!unsaved) {
      setOutcome({ tone: "info", message: t("nothingToSave") });
      return;
    }
    const sent = edits;
    startTransition(async () => {
      let result: FormState;
      try {
        if (!navigator.onLine) throw new Error("offline");
        result = await saveAttendanceAction(initialFormState, editsToFormData(activityId, sent));
      } catch {
        // The request never reached the server (or its answer never came back): keep everything.
        setOutcome({ tone: "error", message: t("offline") });
        return;
      }
      answer(sent, result);
    });
  };

  // On a slow link the grid's HTML arrives seconds before its script: what was typed or
  // chosen meanwhile stays on screen, and becomes an edit once the script runs.
  const form = useRef<HTMLFormElement>(null);
  const rowsAtStart = useRef(rows);
  useEffect(() => {
    form.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("[data-field]").forEach((control) => {
      const id = control.closest("tr")?.dataset.row;
      const field = control.dataset.field as Field;
      const row = rowsAtStart.current.find((r) => r.id === id);
      const value = control instanceof HTMLInputElement && control.type === "checkbox" ? control.checked : control.value;
      if (row && value !== row.values[field]) change(row.id, field, value);
    });
  }, [change]);

  const onRemove = useCallback((row: GridRow) => setRemoving(row), []);
  const byId = new Map(rows.map((row) => [row.id, row]));

  return (
    <>
      <RemoveParticipant activityId={activityId} target={removing} onClose={() => setRemoving(null)} />
      {offer ? (
        <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950" data-testid="restore-offer">
          <p className="flex-1">{t("restoreOffer", { count: Object.keys(offer).length })}</p>
          <Button type="button" onClick={restore}>{t("restoreEdits")}</Button>
          <Button type="button" variant="secondary" onClick={discard}>{t("discardEdits")}</Button>
        </div>
      ) : null}
      <form
        ref={form}
        // No form restoration by the browser on reload: unsaved edits come back only when asked for.
        autoComplete="off"
        aria-label={t("gridLabel")}
        noValidate
        data-ready={ready || undefined}
        // A field scrolled into view (Tab) clears the sticky save bar.
        className="[&_input]:scroll-mt-32 [&_select]:scroll-mt-32 [&_summary]:scroll-mt-32 [&_textarea]:scroll-mt-32"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={(event) => {
          // Enter saves from any field (a select or a feedback box included); Shift+Enter is a new line.
          const target = event.target as HTMLElement;
          if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
          if (!["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }}
      >
        {!readOnly ? (
          <div className="sticky top-0 z-30 -mx-4 mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white/95 px-4 py-2 shadow-sm sm:mx-0 sm:rounded-lg sm:border" data-testid="save-bar">
            <Button type="submit" aria-disabled={pending || undefined}>{pending ? t("saving") : t("saveAttendance")}</Button>
            <span className={`text-sm ${unsaved ? "font-medium text-amber-900" : "text-slate-600"}`} data-testid="unsaved-count">
              {unsaved ? t("unsavedCount", { count: unsaved }) : t("allSaved")}
            </span>
            <p role="status" className={`basis-full text-sm ${outcome?.tone === "error" ? "text-rose-800" : outcome?.tone === "success" ? "text-emerald-800" : "text-slate-700"}`} data-testid="save-outcome">
              {outcome?.message}
            </p>
          </div>
        ) : null}
        {Object.entries(conflicts).map(([id, conflict]) =>
          byId.has(id) ? (
            <div key={id} className="mb-3">
              <GridConflict
                row={byId.get(id)!}
                conflict={conflict}
                mine={edits[id]?.values ?? byId.get(id)!.values}
                onKeepMine={() => {
                  rebase(id, Number(conflict.current.version));
                  setConflicts((previous) => without(previous, id));
                }}
                onUseTheirs={() => {
                  drop(id);
                  setConflicts((previous) => without(previous, id));
                }}
              />
            </div>
          ) : null,
        )}
        {!readOnly ? (
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <Button type="button" variant="secondary" onClick={() => setAll("attendance", "ATTENDED")}>{t("markAllAttended")}</Button>
            <Button type="button" variant="secondary" onClick={() => setAll("attendance", "NO_SHOW")}>{t("markAllNoShow")}</Button>
            <p className="text-xs text-slate-600">{t("enterHint")}</p>
          </div>
        ) : null}
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
              {rows.map((row) => (
                <AttendanceRow key={row.id} row={row} edit={edits[row.id]} errors={errors[row.id]} readOnly={readOnly} onChange={change} onRemove={onRemove} />
              ))}
            </tbody>
          </table>
        </div>
      </form>
    </>
  );
}
