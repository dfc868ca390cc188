"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { selectClass } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { IMPORT_FIELDS, columnLetter, type ColumnMapping, type ImportField } from "@/lib/import/columns";
import type { RowError } from "@/lib/import/validate";
import type { ImportCommitResult, ImportPreview, ImportProgress, ImportSummary } from "@/server/imports";

interface Props {
  activityId: string;
  /** Staff choose the NSB of rows that name none; focal points' rows are always their NSB's. */
  staff: boolean;
  nsbs: { id: string; label: string }[];
}

type Failure = { status: number; message: string | null };

const SUMMARY_KEYS = ["rows", "participantsCreated", "participantsUpdated", "participationsCreated", "participationsUpdated", "unchanged"] as const;

/** Overall progress: reading 0-5 %, checking 5-25 %, saving 25-100 %. */
function percent(progress: ImportProgress | null): number {
  if (!progress) return 0;
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const [from, span] = progress.phase === "parsing" ? [0, 5] : progress.phase === "validating" ? [5, 20] : [25, 75];
  return Math.round(from + share * span);
}

/**
 * Upload → preview (mapping, every problem, first rows) → import with a progress bar fed
 * by the NDJSON stream → summary. Every step uses native controls (keyboard friendly);
 * focus moves to each new section's heading so screen readers announce it.
 */
export function ImportForm({ activityId, staff, nsbs }: Props) {
  const t = useTranslations("imports");
  const tErrors = useTranslations("importErrors");
  const tEnums = useTranslations("enums");
  const ids = { file: useId(), fileHint: useId(), nsb: useId(), nsbHint: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [nsbId, setNsbId] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<"checking" | "importing" | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const failureText = ({ status, message: serverMessage }: Failure) => {
    if (status === 422 && serverMessage) return serverMessage;
    const known = ["401", "403", "404", "413", "415"] as const;
    const key = known.find((k) => k === String(status));
    return key ? t(`requestFailed.${key}`) : (serverMessage ?? t("requestFailed.other"));
  };

  const reason = (error: RowError) => {
    try {
      return tErrors(error.code, error.params);
    } catch {
      return error.reason;
    }
  };

  function body(mode: "preview" | "commit", chosen: File, mapping: ColumnMapping | null | undefined, nsb: string) {
    const data = new FormData();
    data.set("file", chosen);
    data.set("mode", mode);
    if (staff && nsb) data.set("nsbId", nsb);
    if (mapping) data.set("mapping", JSON.stringify(mapping));
    return data;
  }

  async function check(chosen: File | null, mapping: ColumnMapping | null, nsb = nsbId) {
    setMessage(null);
    setSummary(null);
    if (!chosen) {
      setMessage(t("chooseFile"));
      return;
    }
    setBusy("checking");
    try {
      const response = await fetch(`/api/activities/${activityId}/import`, { method: "POST", body: body("preview", chosen, mapping, nsb) });
      const json = await response.json().catch(() => null);
      if (!response.ok) {
        setPreview(null);
        setMessage(failureText({ status: response.status, message: json?.error ?? null }));
        return;
      }
      setPreview(json as ImportPreview);
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch {
      setMessage(t("requestFailed.other"));
    } finally {
      setBusy(null);
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setMessage(null);
    setBusy("importing");
    setProgress({ phase: "parsing", done: 0, total: 1 });
    try {
      const response = await fetch(`/api/activities/${activityId}/import`, { method: "POST", body: body("commit", file, preview.mapping, nsbId) });
      if (!response.ok || !response.body) {
        const json = await response.json().catch(() => null);
        setMessage(failureText({ status: response.status, message: json?.error ?? null }));
        return;
      }
      // NDJSON: progress lines, then {"result": …} or {"error": …}.
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let result: ImportCommitResult | null = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (value) buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, end).trim();
          buffer = buffer.slice(end + 1);
          if (!line) continue;
          const event = JSON.parse(line) as ImportProgress | { result: ImportCommitResult } | { error: { error: string } };
          if ("result" in event) result = event.result;
          else if ("error" in event) setMessage(t("failed", { message: event.error.error }));
          else setProgress(event);
        }
        if (done) break;
      }
      if (result?.status === "imported") {
        setSummary(result.summary);
        setPreview(null);
        requestAnimationFrame(() => doneHeading.current?.focus());
      } else if (result?.status === "invalid") {
        setPreview({ ...preview, errors: result.errors, validRows: result.validRows, totalRows: result.totalRows });
        setMessage(t("invalidAtCommit"));
      }
    } catch {
      setMessage(t("requestFailed.other"));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  function remap(index: number, field: string) {
    if (!preview) return;
    const mapping = preview.mapping.map((current, i) => (i === index ? ((field || null) as ImportField | null) : current));
    setPreview({ ...preview, mapping });
    void check(file, mapping);
  }

  function reset() {
    setSummary(null);
    setPreview(null);
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
    requestAnimationFrame(() => fileInput.current?.focus());
  }

  const errors = preview?.errors ?? [];
  const canImport = Boolean(preview && errors.length === 0 && preview.validRows > 0 && !busy);
  const pct = percent(progress);

  return (
    <div className="space-y-6">
      <Card title={t("howTitle")}>
        <p className="text-sm text-slate-700">{t("howSteps")}</p>
        <p className="mt-3 flex flex-wrap gap-2" aria-label={t("template")}>
          <ButtonLink href="/api/import-template?format=xlsx" variant="secondary" prefetch={false}>{t("templateXlsx")}</ButtonLink>
          <ButtonLink href="/api/import-template?format=csv" variant="secondary" prefetch={false}>{t("templateCsv")}</ButtonLink>
        </p>
      </Card>

      {summary ? null : (
        <form
          className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            void check(file, null);
          }}
        >
          <div className="space-y-1">
            <label htmlFor={ids.file} className="block text-sm font-medium text-slate-800">{t("fileLabel")}</label>
            <input
              ref={fileInput}
              id={ids.file}
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={ids.fileHint}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-700"
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                setFile(chosen);
                setPreview(null);
                if (chosen) void check(chosen, null);
              }}
            />
            <p id={ids.fileHint} className="text-xs text-slate-500">{t("fileHint")}</p>
          </div>
          {staff ? (
            <div className="space-y-1">
              <label htmlFor={ids.nsb} className="block text-sm font-medium text-slate-800">{t("nsbLabel")}</label>
              <select id={ids.nsb} name="nsbId" value={nsbId} aria-describedby={ids.nsbHint} className={selectClass} onChange={(event) => {
                setNsbId(event.target.value);
                if (file) void check(file, preview?.mapping ?? null, event.target.value);
              }}>
                <option value="">{t("nsbChoose")}</option>
                {nsbs.map((n) => <option key={n.id} value={n.id}>{n.label}</option>)}
              </select>
              <p id={ids.nsbHint} className="text-xs text-slate-500">{t("nsbHint")}</p>
            </div>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" variant="secondary" disabled={busy !== null} aria-busy={busy === "checking"}>
              {busy === "checking" ? t("checking") : t("check")}
            </Button>
          </div>
        </form>
      )}

      <div aria-live="polite" className="space-y-2">
        {message ? <Alert tone="error" testId="import-message">{message}</Alert> : null}
        {busy === "checking" ? <p className="text-sm text-slate-600">{t("checking")}</p> : null}
      </div>

      {preview && !summary ? (
        <section aria-labelledby="import-preview" className="space-y-6">
          <div>
            <h2 id="import-preview" ref={previewHeading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">{t("previewTitle")}</h2>
            <p className="mt-1 text-sm text-slate-700" data-testid="import-counts">{t("counts", { valid: preview.validRows, total: preview.totalRows })}</p>
            {errors.length ? <p className="mt-1 text-sm font-medium text-rose-800">{t("errorCount", { count: errors.length })}</p> : null}
          </div>

          <div className="space-y-2">
            <h3 className="text-base font-semibold">{t("mappingTitle")}</h3>
            <p className="text-sm text-slate-600">{t("mappingHelp")}</p>
            <Table caption={t("mappingCaption")}>
              <thead>
                <tr>
                  <Th>{t("column")}</Th>
                  <Th>{t("header")}</Th>
                  <Th>{t("field")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.headers.map((header, index) => (
                  <tr key={index}>
                    <Td className="font-mono text-xs">{columnLetter(index)}</Td>
                    <Td>{header || "—"}</Td>
                    <Td>
                      <select
                        aria-label={t("fieldFor", { letter: columnLetter(index), header: header || "—" })}
                        value={preview.mapping[index] ?? ""}
                        disabled={busy !== null}
                        className={`${selectClass} max-w-xs`}
                        onChange={(event) => remap(index, event.target.value)}
                      >
                        <option value="">{t("ignore")}</option>
                        {IMPORT_FIELDS.filter((f) => staff || f !== "nsb" || preview.mapping[index] === "nsb").map((f) => (
                          <option key={f} value={f}>{t(`fields.${f}`)}</option>
                        ))}
                      </select>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>

          <div className="space-y-2">
            <h3 className="text-base font-semibold">{t("errorsTitle")}</h3>
            {errors.length === 0 ? (
              <EmptyState title={t("noErrors")} />
            ) : (
              <div role="region" aria-label={t("errorsTitle")} tabIndex={0} className="max-h-[32rem] overflow-y-auto rounded-lg focus:outline-2 focus:outline-brand-600">
                <Table caption={t("errorsCaption")}>
                  <thead>
                    <tr>
                      <Th>{t("row")}</Th>
                      <Th>{t("cell")}</Th>
                      <Th>{t("field")}</Th>
                      <Th>{t("problem")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100" data-testid="import-errors">
                    {errors.map((error, index) => (
                      <tr key={`${error.row}-${error.cell}-${error.code}-${index}`}>
                        <Td className="tabular-nums">{error.row}</Td>
                        <Td className="font-mono text-xs">{error.cell || "—"}</Td>
                        <Td>{error.field ? t(`fields.${error.field}`) : "—"}</Td>
                        <Td>{reason(error)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            )}
          </div>

          {preview.sample.length ? (
            <div className="space-y-2">
              <h3 className="text-base font-semibold">{t("sampleTitle")}</h3>
              <Table caption={t("sampleCaption")}>
                <thead>
                  <tr>
                    <Th>{t("row")}</Th>
                    <Th>{t("name")}</Th>
                    <Th>{t("email")}</Th>
                    <Th>{t("nsb")}</Th>
                    <Th>{t("sex")}</Th>
                    <Th>{t("ageBand")}</Th>
                    <Th>{t("attendance")}</Th>
                    <Th>{t("person")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.sample.map((row) => (
                    <tr key={row.row}>
                      <Td className="tabular-nums">{row.row}</Td>
                      <Td>{row.fullName}</Td>
                      <Td>{row.email ?? t("notGiven")}</Td>
                      <Td>{row.nsb ?? t("notGiven")}</Td>
                      <Td>{row.sex ? tEnums(`sex.${row.sex}`) : t("notGiven")}</Td>
                      <Td>{row.ageBand ? tEnums(`ageBand.${row.ageBand}`) : t("notGiven")}</Td>
                      <Td>{row.attendance ? tEnums(`attendance.${row.attendance}`) : t("notGiven")}</Td>
                      <Td>{row.match === "new" ? <Badge tone="info">{t("new")}</Badge> : <Badge>{t("existing")}</Badge>}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : null}

          <div className="flex flex-wrap items-center gap-4">
            <Button type="button" disabled={!canImport} aria-busy={busy === "importing"} onClick={() => void commit()}>
              {busy === "importing" ? t("importing") : t("importButton", { count: preview.validRows })}
            </Button>
            {busy === "importing" ? (
              <div className="min-w-64 flex-1">
                <div
                  role="progressbar"
                  aria-label={t("progressLabel")}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={pct}
                  aria-valuetext={`${progress ? t(`phase.${progress.phase}`) : ""} ${pct}%`}
                  className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
                >
                  <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
                </div>
                <p className="mt-1 text-xs text-slate-600">{progress ? t(`phase.${progress.phase}`) : null} {pct}%</p>
              </div>
            ) : null}
          </div>
        </section>
      ) : null}

      {summary ? (
        <section aria-labelledby="import-done" className="space-y-4" data-testid="import-summary">
          <Alert tone="success">
            <h2 id="import-done" ref={doneHeading} tabIndex={-1} className="font-semibold focus:outline-none">{t("doneTitle")}</h2>
          </Alert>
          <dl className="grid gap-3 sm:grid-cols-3">
            {SUMMARY_KEYS.map((key) => (
              <div key={key} className="rounded-lg border border-slate-200 bg-white p-4">
                <dt className="text-sm text-slate-600">{t(`summary.${key}`)}</dt>
                <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid={`summary-${key}`}>{summary[key]}</dd>
              </div>
            ))}
          </dl>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/activities/${activityId}/participants`}>{t("viewAttendance")}</ButtonLink>
            <Button type="button" variant="secondary" onClick={reset}>{t("importAnother")}</Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
