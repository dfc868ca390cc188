"use client";

import { useActionState, useId, useState } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { importEvidenceAction } from "./actions";
import type { EvidenceImportState } from "./import-state";
import { MAX_IMPORT_CHARS, type EvidenceRegister } from "@/domain/evidence/schema";

/** The file's text: UTF-8 (with or without a byte-order mark), else Windows-1252 (older Excel). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Choose a CSV, check it (nothing is saved; every bad row is listed with its reason), then
 * import it (every row or none). The browser reads the file and posts its text.
 */
export function ImportForm({ register, listHref }: { register: EvidenceRegister; listHref: string }) {
  const t = useTranslations("evidenceImport");
  const tEvidence = useTranslations("evidence");
  const [state, action, pending] = useActionState(importEvidenceAction, initialFormState) as [EvidenceImportState, (data: FormData) => void, boolean];
  const [file, setFile] = useState<{ name: string; content: string; version: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sentVersion, setSentVersion] = useState<number | null>(null);
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

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

  // What the server answered is about the file sent; choosing another file hides it.
  const current = file !== null && sentVersion === file.version;
  const preview = current ? state.preview : undefined;
  const fieldError = current ? state.fieldErrors?.content?.join(" ") : undefined;
  const shownError = fileError ?? fieldError ?? null;
  const badRows = preview ? new Set(preview.errors.filter((e) => e.row > 1).map((e) => e.row)).size : 0;
  const ready = preview && preview.errors.length === 0 && preview.validRows > 0 && state.status !== "success";

  return (
    <div className="space-y-6">
      <Card>
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{t("file")}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={choose}
            aria-invalid={Boolean(shownError)}
            aria-describedby={[hintId, shownError ? errorId : null].filter(Boolean).join(" ")}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700"
          />
          <p id={hintId} className="text-xs text-slate-500">{t("fileHint")}</p>
          {file ? <p className="text-sm text-slate-700" data-testid="selected-file">{t("selected", { name: file.name })}</p> : null}
          {shownError ? <p id={errorId} className="text-sm text-rose-700">{shownError}</p> : null}
        </div>
        <form action={action} onSubmit={() => setSentVersion(file?.version ?? null)} className="mt-4 flex flex-wrap gap-2">
          <input type="hidden" name="register" value={register} />
          <input type="hidden" name="fileName" value={file?.name ?? ""} />
          <input type="hidden" name="content" value={file?.content ?? ""} />
          <Button type="submit" name="mode" value="preview" variant={ready ? "secondary" : "primary"} disabled={!file || pending} aria-busy={pending}>
            {pending ? t("checking") : t("check")}
          </Button>
          {ready ? (
            <Button type="submit" name="mode" value="commit" disabled={pending}>
              {t("commit", { count: preview.validRows })}
            </Button>
          ) : null}
        </form>
      </Card>

      {current && state.status !== "idle" && !fieldError ? (
        <div className="space-y-2">
          <FormMessage state={state} />
          {state.status === "success" ? (
            <Link href={listHref} className="text-sm font-medium text-brand-700 hover:underline">{t("backToList")}</Link>
          ) : null}
        </div>
      ) : null}

      {preview ? (
        <section aria-labelledby={`${inputId}-preview`} className="space-y-4" data-testid="import-preview">
          <h2 id={`${inputId}-preview`} className="text-lg font-semibold">{t("previewTitle", { name: preview.fileName || file?.name || "" })}</h2>
          <p className="text-sm text-slate-700">
            {t("summary", { total: preview.totalRows, valid: preview.validRows, bad: badRows })}{" "}
            {preview.errors.length === 0 ? t("counts", { create: preview.counts.create, update: preview.counts.update, unchanged: preview.counts.unchanged }) : null}
          </p>
          {preview.errors.length ? (
            <>
              {state.status === "idle" ? <Alert tone="error" testId="import-errors-alert">{t("errorsHelp")}</Alert> : null}
              <div className="relative overflow-x-auto rounded-lg border border-rose-200 bg-white">
                <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-errors">
                  <caption className="px-4 py-2 text-left font-semibold text-rose-900">{t("errorsTitle")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{t("row")}</th>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{t("column")}</th>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{t("problem")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {preview.errors.map((e, i) => (
                      <tr key={`${e.row}-${e.column}-${i}`}>
                        <td className="px-4 py-2 tabular-nums">{e.row}</td>
                        <td className="px-4 py-2">{e.column || "—"}</td>
                        <td className="px-4 py-2">{e.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : preview.sample.length ? (
            <>
              <Alert tone="info">{t("ready")}</Alert>
              <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-sample">
                  <caption className="px-4 py-2 text-left font-semibold">{t("sampleTitle")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{t("row")}</th>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{tEvidence("nsb")}</th>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{t("record")}</th>
                      <th scope="col" className="bg-slate-50 px-4 py-2 text-left text-xs font-semibold uppercase text-slate-600">{t("action")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {preview.sample.map((s) => (
                      <tr key={s.row}>
                        <td className="px-4 py-2 tabular-nums">{s.row}</td>
                        <td className="px-4 py-2">{s.nsb}</td>
                        <td className="px-4 py-2">{s.label}</td>
                        <td className="px-4 py-2">{t(`actions.${s.action}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
