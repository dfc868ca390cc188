"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { selectClass } from "@/components/ui/field";
import { PreviewTable } from "@/components/imports/preview-table";
import { IMPORT_FIELDS, columnLetter } from "@/lib/import/columns";
import { describeRowError } from "@/lib/import/errors";
import type { ImportPreview, ImportProgress, ImportSampleRow } from "@/server/imports";
import { percent } from "./import-request";

/**
 * Each sheet column and the field it feeds, as a list of labelled selects: one under another on
 * a phone, two or three across on wider screens, never scrolling sideways. Changing one checks
 * the file again.
 */
function MappingList({ preview, staff, disabled, onRemap }: { preview: ImportPreview; staff: boolean; disabled: boolean; onRemap: (index: number, field: string) => void }) {
  const t = useTranslations("imports");
  return (
    <div className="space-y-2">
      <h3 className="text-base font-semibold">{t("mappingTitle")}</h3>
      <p className="text-sm text-slate-600">{t("mappingHelp")}</p>
      <ol aria-label={t("mappingCaption")} className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="import-mapping">
        {preview.headers.map((header, index) => (
          <li key={index} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <label className="block space-y-1 text-sm">
              <span className="flex items-baseline gap-2">
                <span className="shrink-0 font-mono text-xs text-slate-500">{t("column")} {columnLetter(index)}</span>
                <span className="min-w-0 break-words font-medium text-slate-900">{header || "—"}</span>
              </span>
              <select
                aria-label={t("fieldFor", { letter: columnLetter(index), header: header || "—" })}
                value={preview.mapping[index] ?? ""}
                disabled={disabled}
                className={`${selectClass} w-full`}
                onChange={(event) => onRemap(index, event.target.value)}
              >
                <option value="">{t("ignore")}</option>
                {IMPORT_FIELDS.filter((f) => staff || f !== "nsb" || preview.mapping[index] === "nsb").map((f) => (
                  <option key={f} value={f}>{t(`fields.${f}`)}</option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Every problem of the sheet, by row, in the reader's language (the reason wide enough to read on a phone, the table scrolling sideways). */
function ErrorsSection({ errors }: { errors: ImportPreview["errors"] }) {
  const t = useTranslations("imports");
  const tErrors = useTranslations("importErrors");
  return (
    <div className="space-y-2">
      <h3 className="text-base font-semibold">{t("errorsTitle")}</h3>
      {errors.length === 0 ? (
        <EmptyState title={t("noErrors")} />
      ) : (
        <div role="region" aria-label={t("errorsTitle")} tabIndex={0} className="max-h-[32rem] overflow-y-auto rounded-lg focus:outline-2 focus:outline-brand-600">
          <PreviewTable
            caption={t("errorsCaption")}
            rows={errors}
            testId="import-errors"
            rowKey={(error, index) => `${error.row}-${error.cell}-${error.code}-${index}`}
            columns={[
              { header: t("row"), cell: (error) => error.row, className: "tabular-nums" },
              { header: t("cell"), cell: (error) => error.cell || "—", className: "font-mono text-xs" },
              { header: t("field"), cell: (error) => (error.field ? t(`fields.${error.field}`) : "—") },
              { header: t("problem"), cell: (error) => describeRowError(error, (code, params) => tErrors(code, params)), className: "min-w-56" },
            ]}
          />
        </div>
      )}
    </div>
  );
}

/** The first valid rows as they will be imported. */
function SampleSection({ sample }: { sample: ImportSampleRow[] }) {
  const t = useTranslations("imports");
  const tEnums = useTranslations("enums");
  const given = (value: string | null, label: (v: string) => string = (v) => v) => (value ? label(value) : t("notGiven"));
  return (
    <div className="space-y-2">
      <h3 className="text-base font-semibold">{t("sampleTitle")}</h3>
      <PreviewTable
        caption={t("sampleCaption")}
        rows={sample}
        rowKey={(row) => row.row}
        columns={[
          { header: t("row"), cell: (row) => row.row, className: "tabular-nums" },
          { header: t("name"), cell: (row) => row.fullName },
          { header: t("email"), cell: (row) => given(row.email) },
          { header: t("nsb"), cell: (row) => given(row.nsb) },
          { header: t("sex"), cell: (row) => given(row.sex, (v) => tEnums(`sex.${v}`)) },
          { header: t("ageBand"), cell: (row) => given(row.ageBand, (v) => tEnums(`ageBand.${v}`)) },
          { header: t("attendance"), cell: (row) => given(row.attendance, (v) => tEnums(`attendance.${v}`)) },
          { header: t("person"), cell: (row) => (row.match === "new" ? <Badge tone="info">{t("new")}</Badge> : <Badge>{t("existing")}</Badge>) },
        ]}
      />
    </div>
  );
}

/** The import button, and while it runs a progress bar fed by the server's progress lines. */
function CommitBar({ validRows, canImport, importing, progress, onCommit }: { validRows: number; canImport: boolean; importing: boolean; progress: ImportProgress | null; onCommit: () => void }) {
  const t = useTranslations("imports");
  const pct = percent(progress);
  const phase = progress ? t(`phase.${progress.phase}`) : "";
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="button" disabled={!canImport} aria-busy={importing} onClick={onCommit}>
        {importing ? t("importing") : t("importButton", { count: validRows })}
      </Button>
      {importing ? (
        <div className="min-w-64 flex-1">
          <div role="progressbar" aria-label={t("progressLabel")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${phase} ${pct}%`} className="h-3 w-full overflow-hidden rounded-full bg-slate-200">
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-600">{progress ? phase : null} {pct}%</p>
        </div>
      ) : null}
    </div>
  );
}

interface Props {
  preview: ImportPreview;
  staff: boolean;
  busy: "checking" | "importing" | null;
  progress: ImportProgress | null;
  heading: React.Ref<HTMLHeadingElement>;
  onRemap: (index: number, field: string) => void;
  onCommit: () => void;
}

/** The preview: counts, the columns' mapping, every problem, the first rows, and the import button. */
export function PreviewSection({ preview, staff, busy, progress, heading, onRemap, onCommit }: Props) {
  const t = useTranslations("imports");
  const errors = preview.errors;
  return (
    <section aria-labelledby="import-preview" className="space-y-6">
      <div>
        <h2 id="import-preview" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">{t("previewTitle")}</h2>
        <p className="mt-1 text-sm text-slate-700" data-testid="import-counts">{t("counts", { valid: preview.validRows, total: preview.totalRows })}</p>
        {errors.length ? <p className="mt-1 text-sm font-medium text-rose-800">{t("errorCount", { count: errors.length })}</p> : null}
      </div>
      <MappingList preview={preview} staff={staff} disabled={busy !== null} onRemap={onRemap} />
      <ErrorsSection errors={errors} />
      {preview.sample.length ? <SampleSection sample={preview.sample} /> : null}
      <CommitBar validRows={preview.validRows} canImport={errors.length === 0 && preview.validRows > 0 && !busy} importing={busy === "importing"} progress={progress} onCommit={onCommit} />
    </section>
  );
}
