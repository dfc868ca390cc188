"use client";

import { useActionState, useCallback, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/form-state";
import { saveAttendanceAction } from "./actions";
import { answerOf } from "./grid-answer";
import { RemoveParticipant } from "./remove-participant";
import { storageKey, unpackRow, type GridRow, type PackedRow } from "./grid-values";
import { useGridEdits, useLeaveGuard } from "./use-grid-edits";
import { useEarlyInput, useGridSave } from "./use-grid-save";
import { BulkActions, ConflictPanels, GridTable, RestoreOffer, SaveBar } from "./grid-parts";
import "./attendance-grid.css";

/** Enter saves from any field (a select or a feedback box included); Shift+Enter is a new line. */
function submitOnEnter(event: React.KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
  if (!["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}

/**
 * The attendance grid. Plain form controls, so Tab and the arrow keys work as everywhere;
 * Enter in any field saves (as the Save button does), and only the rows with unsaved
 * changes are sent. The save bar stays in view; a save never remounts the grid, so focus
 * stays where it was, and its outcome is announced.
 *
 * Until its script has run (a slow or dropped link) it is a plain form: its action is the same
 * server action, which the browser posts itself and whose answer is this page again, showing
 * the outcome (`useActionState`; grid-form.ts, grid-answer.ts). Once the script runs, onSubmit
 * prevents that submission and React then leaves the action alone: the grid saves its edits.
 */
export function AttendanceGrid({ activityId, userId, rows: packed, readOnly }: { activityId: string; userId: string; rows: PackedRow[]; readOnly: boolean }) {
  const t = useTranslations("attendance");
  const rows = useMemo(() => packed.map(unpackRow), [packed]);
  const [answered, nativeAction] = useActionState(saveAttendanceAction, initialFormState);
  const answer = useMemo(() => answerOf(answered), [answered]);
  const { edits, change, setAll, markSaved, rebase, drop, offer, restore, discard, ready } = useGridEdits(rows, storageKey(activityId, userId), answer.edits);
  const unsaved = Object.keys(edits).length;
  useLeaveGuard(unsaved > 0, t("leaveConfirm"));
  const { pending, outcome, errors, conflicts, save, settle } = useGridSave(activityId, edits, markSaved, answer);
  const [removing, setRemoving] = useState<GridRow | null>(null);
  const form = useEarlyInput(rows, change);
  const onRemove = useCallback((row: GridRow) => setRemoving(row), []);

  return (
    <>
      <RemoveParticipant activityId={activityId} target={removing} onClose={() => setRemoving(null)} />
      {offer ? <RestoreOffer count={Object.keys(offer).length} onRestore={restore} onDiscard={discard} /> : null}
      <form
        ref={form}
        action={nativeAction}
        // No form restoration by the browser on reload: unsaved edits come back only when asked for.
        autoComplete="off"
        aria-label={t("gridLabel")}
        noValidate
        // Set once the script has run (the slow-link benchmark prints when).
        data-ready={ready || undefined}
        // A field scrolled into view (Tab) clears the sticky save bar.
        className="[&_input]:scroll-mt-32 [&_select]:scroll-mt-32 [&_summary]:scroll-mt-32 [&_textarea]:scroll-mt-32"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={submitOnEnter}
      >
        <input type="hidden" name="activityId" value={activityId} />
        {!readOnly ? <SaveBar pending={pending} unsaved={unsaved} outcome={outcome} /> : null}
        <ConflictPanels
          rows={rows}
          conflicts={conflicts}
          edits={edits}
          onKeepMine={(id, conflict) => {
            rebase(id, Number(conflict.current.version));
            settle(id);
          }}
          onUseTheirs={(id) => {
            drop(id);
            settle(id);
          }}
        />
        {!readOnly ? <BulkActions onSetAll={(value) => setAll("attendance", value)} /> : null}
        <GridTable rows={rows} edits={edits} errors={errors} readOnly={readOnly} onChange={change} onRemove={onRemove} />
      </form>
    </>
  );
}
