"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import type { Field, GridRow, RowEdit } from "./grid-values";

export const cellInput = "rounded border border-slate-300 bg-white px-1.5 py-1 text-sm aria-[invalid=true]:border-rose-600";
// Phones: each row is a card, each cell a labelled line of it; wider: a table cell.
const td = "px-3 py-2 max-sm:flex max-sm:items-center max-sm:justify-between max-sm:gap-3 max-sm:px-0 max-sm:py-1";

/** A cell's label, shown on phones only (the column header names it on wider screens). */
function Caption({ children }: { children: React.ReactNode }) {
  return <span aria-hidden="true" className="text-slate-700 sm:hidden">{children}</span>;
}

interface Props {
  row: GridRow;
  edit: RowEdit | undefined;
  errors: Partial<Record<Field, string[]>> | undefined;
  readOnly: boolean;
  onChange: (id: string, field: Field, value: string | boolean) => void;
  onRemove: (row: GridRow) => void;
}

/** One participant: a table row on wide screens, a card on phones (name, NSB, sex and group first). */
export const AttendanceRow = memo(function AttendanceRow({ row, edit, errors, readOnly, onChange, onRemove }: Props) {
  const t = useTranslations("attendance");
  const te = useTranslations("enums");
  const values = edit?.values ?? row.values;
  const dirty = Boolean(edit);
  const label = (what: string) => `${what}: ${row.name}`;
  const messages = errors ? Object.values(errors).flat() : [];
  const errorId = `err-${row.id}`;
  const invalid = (field: Field) => (errors?.[field] ? { "aria-invalid": true, "aria-describedby": errorId } : {});
  const set = (field: Field) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    onChange(row.id, field, event.target instanceof HTMLInputElement && event.target.type === "checkbox" ? event.target.checked : event.target.value);
  const tone = dirty ? "bg-amber-50" : "bg-white";

  return (
    <tr data-testid="attendance-row" data-unsaved={dirty || undefined} className={`${tone} max-sm:mb-3 max-sm:block max-sm:rounded-lg max-sm:border max-sm:p-3 max-sm:shadow-sm ${dirty ? "max-sm:border-amber-500" : "max-sm:border-slate-200"}`}>
      <th scope="row" className={`${tone} border-l-4 px-3 py-2 text-left align-top font-medium max-sm:block max-sm:border-l-0 max-sm:px-0 max-sm:pt-0 sm:sticky sm:left-0 sm:z-10 ${dirty ? "sm:border-amber-500" : "sm:border-transparent"}`}>
        <span className="flex items-start justify-between gap-2">
          <span>{row.name}</span>
          {dirty ? <span className="shrink-0 rounded bg-amber-200 px-1.5 text-xs font-medium text-amber-950">{t("unsaved")}</span> : null}
        </span>
        <span className="block text-xs font-normal text-slate-600">{[row.nsb, te(`sex.${row.sex}`), te(`stakeholderGroup.${row.group}`)].join(" · ")}</span>
        {messages.length ? <span className="block text-xs font-normal text-rose-700" id={errorId}>{messages.join(" ")}</span> : null}
      </th>
      <td className={td}>
        <Caption>{t("attendance")}</Caption>
        <select aria-label={label(t("attendance"))} value={values.attendance} onChange={set("attendance")} disabled={readOnly} className={cellInput}>
          {Object.values(Attendance).map((a) => <option key={a} value={a}>{te(`attendance.${a}`)}</option>)}
        </select>
      </td>
      <td className={td}>
        <Caption>{t("role")}</Caption>
        <select aria-label={label(t("role"))} value={values.role} onChange={set("role")} disabled={readOnly} className={cellInput}>
          {Object.values(ParticipationRole).map((r) => <option key={r} value={r}>{te(`participationRole.${r}`)}</option>)}
        </select>
      </td>
      <td className={`${td} sm:text-center`}>
        <Caption>{t("completed")}</Caption>
        <input type="checkbox" aria-label={label(t("completed"))} checked={values.completed} onChange={set("completed")} disabled={readOnly} className="h-5 w-5" />
      </td>
      {(["preTestScore", "postTestScore"] as const).map((field) => (
        <td key={field} className={td}>
          <Caption>{t(field === "preTestScore" ? "preTest" : "postTest")}</Caption>
          <input
            type="number" min={0} max={100} inputMode="numeric" enterKeyHint="done"
            aria-label={label(t(field === "preTestScore" ? "preTest" : "postTest"))} {...invalid(field)}
            value={values[field]} onChange={set(field)} disabled={readOnly} className={`${cellInput} w-20`}
          />
        </td>
      ))}
      <td className={td}>
        <Caption>{t("satisfaction")}</Caption>
        <select aria-label={label(t("satisfaction"))} {...invalid("satisfaction")} value={values.satisfaction} onChange={set("satisfaction")} disabled={readOnly} className={cellInput}>
          <option value="">—</option>
          {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </td>
      <td className={`${td} max-sm:block`}>
        <details>
          <summary className="cursor-pointer py-1 text-brand-700">
            <span aria-hidden="true" className="text-slate-700 sm:hidden">{t("feedbackColumn")}: </span>
            {values.feedback || values.testimonial ? t("viewFeedback") : t("addFeedback")}
          </summary>
          <div className="mt-2 space-y-2 sm:w-72">
            <textarea aria-label={label(t("feedback"))} {...invalid("feedback")} rows={2} maxLength={5000} value={values.feedback} onChange={set("feedback")} disabled={readOnly} className={`${cellInput} w-full`} placeholder={t("feedback")} />
            <textarea aria-label={label(t("testimonial"))} {...invalid("testimonial")} rows={2} maxLength={2000} value={values.testimonial} onChange={set("testimonial")} disabled={readOnly} className={`${cellInput} w-full`} placeholder={t("testimonial")} />
            <label className="flex items-center gap-2 text-xs">
              <input type="checkbox" checked={values.consentToQuote} onChange={set("consentToQuote")} disabled={readOnly} className="h-4 w-4" />
              {t("consentToQuote")}
            </label>
          </div>
        </details>
      </td>
      {!readOnly ? (
        <td className={`${td} max-sm:justify-end`}>
          {/* Only opens the removal dialog: the removal is its own form, outside the grid's. */}
          <button type="button" onClick={() => onRemove(row)} className="rounded-md px-2 py-1 text-sm text-rose-800 ring-1 ring-inset ring-slate-300 hover:bg-rose-50">
            <span aria-hidden="true">✕</span>
            <span className="sr-only">{label(t("remove"))}</span>
            <span aria-hidden="true" className="ml-1 sm:hidden">{t("remove")}</span>
          </button>
        </td>
      ) : null}
    </tr>
  );
});
