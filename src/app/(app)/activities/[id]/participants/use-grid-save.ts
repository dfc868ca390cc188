"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/form-state";
import { saveAttendanceAction } from "./actions";
import type { RowConflict } from "./grid-conflict";
import { rowErrors, type GridAnswer, type Outcome, type RowErrors } from "./grid-answer";
import { editsToFormData, type Edits, type GridRow } from "./grid-values";
import { parseControlName } from "@/domain/participations/grid-form";
import type { useGridEdits } from "./use-grid-edits";

const without = <T,>(record: Record<string, T>, id: string) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));

/**
 * Saving the grid: only the edited rows are sent; the outcome, the field errors per row and
 * the rows someone else saved meanwhile (conflicts) are kept for the grid to show. A save that
 * never reached the server keeps everything; coming back online says how much is unsaved.
 * `initial`: the answer to a form the browser submitted itself (grid-answer.ts).
 */
export function useGridSave(activityId: string, edits: Edits, markSaved: ReturnType<typeof useGridEdits>["markSaved"], initial: GridAnswer) {
  const t = useTranslations("attendance");
  const router = useRouter();
  const unsaved = Object.keys(edits).length;
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(initial.outcome);
  const [errors, setErrors] = useState<RowErrors>(initial.errors);
  const [conflicts, setConflicts] = useState<Record<string, RowConflict>>(initial.conflicts);
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
      // In the same transition as the rows the action's answer refreshes: "saved" never shows beside stale rows.
      startTransition(() => answer(sent, result));
    });
  };

  /** A conflict the user has settled (kept theirs or took the stored values). */
  const settle = (id: string) => setConflicts((previous) => without(previous, id));

  return { pending, outcome, errors, conflicts, save, settle };
}

/**
 * On a slow link the grid's HTML arrives seconds before its script: what was typed or
 * chosen meanwhile stays on screen, and becomes an edit once the script runs (unless the
 * form was submitted meanwhile: the browser then posts it itself, see grid-form.ts).
 */
export function useEarlyInput(rows: GridRow[], change: ReturnType<typeof useGridEdits>["change"]) {
  const form = useRef<HTMLFormElement>(null);
  const rowsAtStart = useRef(rows);
  useEffect(() => {
    // Each control is named after its field and its row's place in the grid.
    form.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("table.att-grid [name]").forEach((control) => {
      const named = parseControlName(control.name);
      const row = named && rowsAtStart.current[named.index];
      if (!named || !row) return;
      const value = control instanceof HTMLInputElement && control.type === "checkbox" ? control.checked : control.value;
      if (value !== row.values[named.field]) change(row.id, named.field, value);
    });
  }, [change]);
  return form;
}
