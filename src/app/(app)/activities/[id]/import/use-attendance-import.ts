"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ColumnMapping, ImportField } from "@/lib/import/columns";
import type { ImportPreview, ImportProgress, ImportSummary } from "@/server/imports";
import { importBody, readImportStream } from "./import-request";

type Busy = "checking" | "importing" | null;

/** The page's one message: a request refused, in the reader's language (a 422's own message as the server words it). */
function useFailureText() {
  const t = useTranslations("imports");
  return (status: number, serverMessage: string | null) => {
    if (status === 422 && serverMessage) return serverMessage;
    const known = ["401", "403", "404", "413", "415"] as const;
    const key = known.find((k) => k === String(status));
    return key ? t(`requestFailed.${key}`) : (serverMessage ?? t("requestFailed.other"));
  };
}

/** Focus moves to a new section's heading once it is shown, so screen readers announce it. */
const focusSoon = (ref: React.RefObject<HTMLElement | null>) => requestAnimationFrame(() => ref.current?.focus());

/** The file input shows no file again, and has the focus (for the next file). */
function clearFileInput(ref: React.RefObject<HTMLInputElement | null>) {
  if (ref.current) ref.current.value = "";
  focusSoon(ref);
}

type Translate = ReturnType<typeof useTranslations<"imports">>;

/** The page's state and what the requests need to change it. */
function useImportState() {
  const [file, setFile] = useState<File | null>(null);
  const [nsbId, setNsbId] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refs = { previewHeading: useRef<HTMLHeadingElement>(null), doneHeading: useRef<HTMLHeadingElement>(null), fileInput: useRef<HTMLInputElement>(null) };
  return { file, setFile, nsbId, setNsbId, preview, setPreview, busy, setBusy, progress, setProgress, summary, setSummary, message, setMessage, refs };
}
type State = ReturnType<typeof useImportState>;
interface Request {
  state: State;
  url: string;
  staff: boolean;
  t: Translate;
  failureText: ReturnType<typeof useFailureText>;
}

/** Checks the file (mode=preview): the preview, or the reason it cannot be read. */
async function checkSheet({ state, url, staff, t, failureText }: Request, chosen: File | null, mapping: ColumnMapping | null, nsb: string) {
  state.setMessage(null);
  state.setSummary(null);
  if (!chosen) return state.setMessage(t("chooseFile"));
  state.setBusy("checking");
  try {
    const response = await fetch(url, { method: "POST", body: importBody("preview", chosen, mapping, nsb, staff) });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      state.setPreview(null);
      return state.setMessage(failureText(response.status, json?.error ?? null));
    }
    state.setPreview(json as ImportPreview);
    focusSoon(state.refs.previewHeading);
  } catch {
    state.setMessage(t("requestFailed.other"));
  } finally {
    state.setBusy(null);
  }
}

/** Imports the file (mode=commit), following its progress: the summary, or the rows to fix. */
async function commitSheet({ state, url, staff, t, failureText }: Request) {
  const { file, preview, nsbId } = state;
  if (!file || !preview) return;
  state.setMessage(null);
  state.setBusy("importing");
  state.setProgress({ phase: "parsing", done: 0, total: 1 });
  try {
    const response = await fetch(url, { method: "POST", body: importBody("commit", file, preview.mapping, nsbId, staff) });
    if (!response.ok || !response.body) {
      const json = await response.json().catch(() => null);
      return state.setMessage(failureText(response.status, json?.error ?? null));
    }
    const result = await readImportStream(response.body, { progress: state.setProgress, error: (text) => state.setMessage(t("failed", { message: text })) });
    if (result?.status === "imported") {
      state.setSummary(result.summary);
      state.setPreview(null);
      focusSoon(state.refs.doneHeading);
    } else if (result?.status === "invalid") {
      state.setPreview({ ...preview, errors: result.errors, validRows: result.validRows, totalRows: result.totalRows });
      state.setMessage(t("invalidAtCommit"));
    }
  } catch {
    state.setMessage(t("requestFailed.other"));
  } finally {
    state.setBusy(null);
    state.setProgress(null);
  }
}

/**
 * The import page's steps: choose a file (and staff an NSB), check it (the preview, again
 * after each change of the mapping), import it with progress, see the summary.
 */
export function useAttendanceImport({ activityId, staff }: { activityId: string; staff: boolean }) {
  const state = useImportState();
  const request: Request = { state, url: `/api/activities/${activityId}/import`, staff, t: useTranslations("imports"), failureText: useFailureText() };
  const { file, nsbId, preview, refs } = state;
  const check = (chosen: File | null, mapping: ColumnMapping | null, nsb = nsbId) => void checkSheet(request, chosen, mapping, nsb);
  const actions = {
    chooseFile(chosen: File | null) {
      state.setFile(chosen);
      state.setPreview(null);
      if (chosen) check(chosen, null);
    },
    chooseNsb(id: string) {
      state.setNsbId(id);
      if (file) check(file, preview?.mapping ?? null, id);
    },
    check: () => check(file, null),
    remap(index: number, field: string) {
      if (!preview) return;
      const mapping = preview.mapping.map((current, i) => (i === index ? ((field || null) as ImportField | null) : current));
      state.setPreview({ ...preview, mapping });
      check(file, mapping);
    },
    commit: () => void commitSheet(request),
    reset() {
      state.setSummary(null);
      state.setPreview(null);
      state.setFile(null);
      clearFileInput(refs.fileInput);
    },
  };
  return { nsbId, preview, busy: state.busy, progress: state.progress, summary: state.summary, message: state.message, refs, actions };
}
