"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { removeParticipationAction, restoreParticipationAction } from "./actions";
import type { GridRow } from "./grid-values";

/**
 * Taking a participant off the activity: its own form in a dialog (outside the grid's form,
 * so no key press in the grid can reach it), always confirmed, and undone from the page:
 * Undo puts the row back with its attendance, scores and feedback.
 */
export function RemoveParticipant({ activityId, target, onClose }: { activityId: string; target: GridRow | null; onClose: () => void }) {
  const t = useTranslations("attendance");
  const tc = useTranslations("common");
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const undoBox = useRef<HTMLDivElement>(null);
  const [state, remove, removing] = useActionState(removeParticipationAction, initialFormState);
  const [undoState, undo, undoing] = useActionState(restoreParticipationAction, initialFormState);
  const [removed, setRemoved] = useState<{ id: string; name: string } | null>(null);
  const undoId = state.status === "success" && typeof state.values?.undo === "string" ? state.values.undo : null;
  const undone = undoState.status === "success" && undoState.values?.restored === undoId;

  useEffect(() => {
    if (target && !dialog.current?.open) dialog.current?.showModal();
  }, [target]);
  // After a removal, the Undo button is where the keyboard goes next.
  useEffect(() => {
    if (undoId) undoBox.current?.querySelector("button")?.focus();
  }, [undoId]);

  return (
    <>
      <dialog ref={dialog} aria-labelledby={titleId} onClose={onClose} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
        <form action={remove} onSubmit={() => {
          if (target) setRemoved({ id: target.id, name: target.name });
          dialog.current?.close();
        }}>
          <h2 id={titleId} className="text-lg font-semibold">{t("removeTitle")}</h2>
          <p className="mt-2 text-sm text-slate-700">{target ? t("removeBody", { name: target.name }) : null}</p>
          <input type="hidden" name="activityId" value={activityId} />
          <input type="hidden" name="participationId" value={target?.id ?? ""} />
          <input type="hidden" name="version" value={target?.version ?? ""} />
          <div className="mt-6 flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>{tc("cancel")}</Button>
            <Button type="submit" variant="danger">{t("remove")}</Button>
          </div>
        </form>
      </dialog>
      <div aria-live="polite" className="empty:hidden mb-3 space-y-2">
        {undoId && !undone && !removing ? (
          <div ref={undoBox} className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="removed">
            <p className="flex-1">{t("removedName", { name: removed?.id === undoId ? removed.name : "" })}</p>
            <form action={undo}>
              <input type="hidden" name="activityId" value={activityId} />
              <input type="hidden" name="participationId" value={undoId} />
              <Button type="submit" variant="secondary" disabled={undoing}>{t("undo")}</Button>
            </form>
          </div>
        ) : null}
        {state.status !== "success" ? <FormMessage state={state} /> : null}
        {undoState.status !== "idle" && (undone || undoState.status !== "success") ? <FormMessage state={undoState} /> : null}
      </div>
    </>
  );
}
