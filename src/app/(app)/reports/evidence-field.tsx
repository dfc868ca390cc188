"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Alert } from "@/components/ui/alert";
import { initialFormState } from "@/lib/form-state";
import { formatFileSize } from "@/lib/format";
import { removeFileAction } from "./actions";
import { uploadEvidence, type UploadedEvidence } from "./upload-evidence";


/**
 * The evidence files of a report being edited (draft or returned), inside its form: files
 * chosen are attached at once (the same upload route and rules as the report page), so
 * "Save and submit" sends them with the report; the form's buttons wait while a file is on
 * its way (`onBusy`). The file input has no name: the form's server action never carries
 * the bytes (actions cap bodies at 1 MB).
 */
export function EvidenceField({ reportId, initial, accept, onBusy }: { reportId: string; initial: UploadedEvidence[]; accept: string; onBusy: (busy: boolean) => void }) {
  const t = useTranslations("evidenceFiles");
  const tc = useTranslations("common");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);
  // After a removal the file's button is gone: focus goes to the file input once it is enabled again.
  const refocus = useRef(false);
  useEffect(() => {
    if (busy || !refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [busy]);

  function working(on: boolean) {
    setBusy(on);
    onBusy(on);
  }

  async function attach(chosen: File[]) {
    if (chosen.length === 0) return;
    working(true);
    const out: typeof messages = [];
    for (const file of chosen) {
      const result = await uploadEvidence(reportId, file, t("failed"));
      if ("error" in result) out.push({ tone: "error", text: tc("labelled", { label: file.name, value: result.error }) });
      else {
        setFiles((all) => [...all, result.file]);
        out.push({ tone: "success", text: t("uploaded", { name: result.file.fileName }) });
      }
    }
    if (input.current) input.current.value = "";
    setMessages(out);
    working(false);
  }

  async function remove(file: UploadedEvidence) {
    working(true);
    const data = new FormData();
    data.set("fileId", file.id);
    data.set("reportId", reportId);
    const result = await removeFileAction(initialFormState, data);
    if (result.status === "success") {
      setFiles((all) => all.filter((f) => f.id !== file.id));
      setMessages([{ tone: "success", text: t("removedName", { name: file.fileName }) }]);
    } else setMessages([{ tone: "error", text: result.message ?? t("failed") }]);
    refocus.current = true;
    working(false);
  }

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="evidence-field">
      <legend className="px-1 text-sm font-semibold text-slate-900">{t("title")}</legend>
      <EvidenceFileList files={files} busy={busy} onRemove={(f) => void remove(f)} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">{t("fileLabel")}</label>
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          accept={accept}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          className="block w-full text-sm"
          onChange={(e) => void attach([...(e.currentTarget.files ?? [])])}
        />
        <p id={`${id}-hint`} className="text-xs text-slate-500">{t("fileHintForm")}</p>
      </div>
      <EvidenceStatus busy={busy} messages={messages} />
    </fieldset>
  );
}

type Message = { tone: "error" | "success"; text: string };

/** The report's files, each with its download link and a remove button. */
function EvidenceFileList({ files, busy, onRemove }: { files: UploadedEvidence[]; busy: boolean; onRemove: (file: UploadedEvidence) => void }) {
  const t = useTranslations("evidenceFiles");
  if (files.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="form-evidence-files">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <a href={`/api/evidence/${f.id}`} className="font-medium text-brand-700 hover:underline" download>{f.fileName}</a>{" "}
            <span className="text-xs text-slate-500">{formatFileSize(f.sizeBytes)}</span>
          </span>
          <ConfirmButton variant="secondary" disabled={busy} title={t("removeTitle", { name: f.fileName })} body={t("removeBody")} confirmLabel={t("remove")} onConfirm={() => onRemove(f)}>
            <span>{t("remove")}<span className="sr-only"> {f.fileName}</span></span>
          </ConfirmButton>
        </li>
      ))}
    </ul>
  );
}

/** What the uploads and removals said, announced politely. */
function EvidenceStatus({ busy, messages }: { busy: boolean; messages: Message[] }) {
  const t = useTranslations("evidenceFiles");
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      {busy ? <p className="text-sm text-slate-700">{t("uploading")}</p> : null}
      {messages.map((m, i) => (
        <Alert key={i} tone={m.tone} testId={m.tone === "error" ? "upload-error" : "upload-success"}>{m.text}</Alert>
      ))}
    </div>
  );
}
