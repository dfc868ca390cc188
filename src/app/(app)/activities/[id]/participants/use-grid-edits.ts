"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { readStoredEdits, sameValues, writeStoredEdits, type Edits, type Field, type GridRow, type RowValues } from "./grid-values";

/**
 * The grid's unsaved edits: kept in state and, until they are saved, in the browser's
 * storage (per activity and user), so a reload or a dropped connection loses nothing.
 * Edits found in storage when the page opens are offered back, not applied unasked.
 * `initial`: the edits a refused native submit of the grid came back with (grid-answer.ts).
 */
export function useGridEdits(rows: GridRow[], key: string, initial: Edits) {
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const rowsRef = useRef(byId);
  useEffect(() => {
    rowsRef.current = byId;
  }, [byId]);
  const [allEdits, setEdits] = useState<Edits>(initial);
  // undefined until storage is read; then the edits it held for rows still listed, or null.
  const [stored, setStored] = useState<Edits | null | undefined>(undefined);

  useEffect(() => {
    const found = Object.entries(readStoredEdits(key)).filter(([id]) => rowsRef.current.has(id));
    // Storage is read in the browser only, after the first render.
    setStored(found.length ? Object.fromEntries(found) : null);
  }, [key]);

  useEffect(() => {
    if (stored !== undefined) writeStoredEdits(key, stored ? { ...stored, ...allEdits } : allEdits);
  }, [key, allEdits, stored]);

  // A removed row's edits go with it.
  const edits = useMemo(() => Object.fromEntries(Object.entries(allEdits).filter(([id]) => byId.has(id))), [allEdits, byId]);

  const update = useCallback((ids: string[], apply: (values: RowValues) => RowValues) => {
    setEdits((previous) => {
      const next = { ...previous };
      for (const id of ids) {
        const row = rowsRef.current.get(id);
        if (!row) continue;
        const current = previous[id] ?? { version: row.version, values: row.values };
        const values = apply(current.values);
        if (current.version === row.version && sameValues(values, row.values)) delete next[id];
        else next[id] = { ...current, values };
      }
      return next;
    });
  }, []);

  const change = useCallback((id: string, field: Field, value: string | boolean) => update([id], (values) => ({ ...values, [field]: value })), [update]);
  const setAll = useCallback((field: Field, value: string) => update([...rowsRef.current.keys()], (values) => ({ ...values, [field]: value })), [update]);

  /** After a save: rows unchanged since they were sent are clean; rows typed in meanwhile move to the saved version. */
  const markSaved = useCallback((sent: Edits) => {
    setEdits((previous) => {
      const next = { ...previous };
      for (const [id, edit] of Object.entries(sent)) {
        if (previous[id] === edit) delete next[id];
        else if (previous[id]) next[id] = { ...previous[id]!, version: edit.version + 1 };
      }
      return next;
    });
  }, []);

  /** After a conflict: keep the user's values over the version now stored, or drop them for it. */
  const rebase = useCallback((id: string, version: number) => setEdits((previous) => (previous[id] ? { ...previous, [id]: { ...previous[id]!, version } } : previous)), []);
  const drop = useCallback((id: string) => setEdits((previous) => Object.fromEntries(Object.entries(previous).filter(([key]) => key !== id))), []);

  const restore = useCallback(() => {
    setEdits((previous) => ({ ...(stored ?? {}), ...previous }));
    setStored(null);
  }, [stored]);
  const discard = useCallback(() => setStored(null), []);

  // Ready once storage has been read: the grid is live (hydrated) and nothing stored can be missed.
  return { edits, change, setAll, markSaved, rebase, drop, offer: stored ?? null, restore, discard, ready: stored !== undefined };
}

/**
 * While there are unsaved edits, leaving asks first: closing or reloading the tab (the
 * browser's own question) and following a link inside the app (a confirm; downloads
 * under /api/ leave the page as it is).
 */
export function useLeaveGuard(dirty: boolean, question: string) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin === window.location.origin && (url.pathname.startsWith("/api/") || (url.pathname === window.location.pathname && url.hash))) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    // Capture, on the document: before Next.js's link handler (on React's root) navigates.
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, question]);
}
