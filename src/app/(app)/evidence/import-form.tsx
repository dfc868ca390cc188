"use client";

import { useActionState, useId, useState } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/forms/form-message";
import { SheetFileField } from "@/components/imports/sheet-file-field";
import { initialFormState } from "@/lib/form-state";
import { rowsWithErrors } from "@/lib/import/errors";
import { importEvidenceAction } from "./actions";
import type { EvidenceImportState } from "./import-state";
import { EvidencePreview } from "./import-preview";
import { MAX_IMPORT_CHARS, type EvidenceRegister } from "@/domain/evidence/schema";

/** The file's text: UTF-8 (with or without a byte-order mark), else Windows-1252 (older Excel). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

type ChosenFile = { name: string; content: string; version: number };

/** The CSV the user chose, read by the browser (each choice a new version), or why it cannot be sent. */
function useChosenCsv() {
  const t = useTranslations("evidenceImport");
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  async function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFileError(null);
    setFile(null);
    if (!chosen) return;
    if (!chosen.name.toLowerCase().endsWith(".csv")) return setFileError(t("notCsv"));
    if (chosen.size > MAX_IMPORT_CHARS * 2) return setFileError(t("tooLarge"));
    try {
      const content = decode(new Uint8Array(await chosen.arrayBuffer()));
      if (content.length > MAX_IMPORT_CHARS) return setFileError(t("tooLarge"));
      setFile({ name: chosen.name, content, version: (file?.version ?? 0) + 1 });
    } catch {
      setFileError(t("readFailed"));
    }
  }
  return { file, fileError, choose };
}

/**
 * While the file is sent and checked or imported (one server action, no progress to
 * count): an indeterminate bar and what is happening, read out by screen readers. The
 * status line is always there, so the change of its text is announced.
 */
function SendingStatus({ pending, text }: { pending: boolean; text: string }) {
  const id = useId();
  return (
    <div className={pending ? "mt-3 space-y-1" : undefined} data-testid="import-sending">
      {pending ? <progress aria-labelledby={id} className="h-2 w-full accent-brand-600" /> : null}
      <p id={id} role="status" className="text-sm text-slate-700">{pending ? text : ""}</p>
    </div>
  );
}

/**
 * Choose a CSV, check it (nothing is saved; every bad row is listed with its reason), then
 * import it (every row or none). The browser reads the file and posts its text.
 */
export function ImportForm({ register, listHref }: { register: EvidenceRegister; listHref: string }) {
  const t = useTranslations("evidenceImport");
  const [state, action, pending] = useActionState(importEvidenceAction, initialFormState) as [EvidenceImportState, (data: FormData) => void, boolean];
  const { file, fileError, choose } = useChosenCsv();
  const [sentVersion, setSentVersion] = useState<number | null>(null);
  const [sentMode, setSentMode] = useState<"preview" | "commit">("preview");
  function send(event: React.FormEvent<HTMLFormElement>) {
    setSentVersion(file?.version ?? null);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    setSentMode(submitter?.value === "commit" ? "commit" : "preview");
  }

  // What the server answered is about the file sent; choosing another file hides it.
  const current = file !== null && sentVersion === file.version;
  const preview = current ? state.preview : undefined;
  const fieldError = current ? state.fieldErrors?.content?.join(" ") : undefined;
  const ready = preview && preview.errors.length === 0 && preview.validRows > 0 && state.status !== "success";

  return (
    <div className="space-y-6">
      <Card>
        <SheetFileField label={t("file")} hint={t("fileHint")} accept=".csv,text/csv" onChange={choose} error={fileError ?? fieldError ?? null}>
          {file ? <p className="text-sm text-slate-700" data-testid="selected-file">{t("selected", { name: file.name })}</p> : null}
        </SheetFileField>
        <form action={action} onSubmit={send} className="mt-4 flex flex-wrap gap-2">
          <input type="hidden" name="register" value={register} />
          <input type="hidden" name="fileName" value={file?.name ?? ""} />
          <input type="hidden" name="content" value={file?.content ?? ""} />
          <Button type="submit" name="mode" value="preview" variant={ready ? "secondary" : "primary"} disabled={!file || pending} aria-busy={pending}>
            {pending && sentMode === "preview" ? t("checking") : t("check")}
          </Button>
          {ready ? (
            <Button type="submit" name="mode" value="commit" disabled={pending} aria-busy={pending}>
              {pending ? t("importing") : t("commit", { count: preview.validRows })}
            </Button>
          ) : null}
        </form>
        <SendingStatus pending={pending} text={sentMode === "commit" ? t("importingStatus", { count: preview?.validRows ?? 0 }) : t("checkingStatus", { name: file?.name ?? "" })} />
      </Card>

      {current && state.status !== "idle" && !fieldError ? (
        <div className="space-y-2">
          <FormMessage state={state} />
          {state.status === "success" ? (
            <Link href={listHref} className="text-sm font-medium text-brand-700 hover:underline">{t("backToList")}</Link>
          ) : null}
        </div>
      ) : null}

      {preview ? <EvidencePreview preview={preview} fileName={preview.fileName || file?.name || ""} badRows={rowsWithErrors(preview.errors)} showHelp={state.status === "idle"} /> : null}
    </div>
  );
}
