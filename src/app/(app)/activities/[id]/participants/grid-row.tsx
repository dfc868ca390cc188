"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import type { Field, GridRow, RowEdit } from "./grid-values";

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

  return (
    // Cells styled in attendance-grid.css (.att-grid): a card on phones, a table row wider.
    // On phones each field's label comes from the table's captions (gridCaptions), once per page.
    <tr data-testid="attendance-row" data-row={row.id} data-unsaved={dirty || undefined}>
      <th scope="row">
        <span className="nm">
          <span>{row.name}</span>
          {dirty ? <span className="tag">{t("unsaved")}</span> : null}
        </span>
        <span className="sub">{[row.nsb, te(`sex.${row.sex}`), te(`stakeholderGroup.${row.group}`)].join(" · ")}</span>
        {messages.length ? <span className="block text-xs font-normal text-rose-700" id={errorId}>{messages.join(" ")}</span> : null}
      </th>
      <td>
        <select data-field="attendance" aria-label={label(t("attendance"))} value={values.attendance} onChange={set("attendance")} disabled={readOnly} className="ctl">
          {Object.values(Attendance).map((a) => <option key={a} value={a}>{te(`attendance.${a}`)}</option>)}
        </select>
      </td>
      <td>
        <select data-field="role" aria-label={label(t("role"))} value={values.role} onChange={set("role")} disabled={readOnly} className="ctl">
          {Object.values(ParticipationRole).map((r) => <option key={r} value={r}>{te(`participationRole.${r}`)}</option>)}
        </select>
      </td>
      <td className="mid">
        <input type="checkbox" data-field="completed" aria-label={label(t("completed"))} checked={values.completed} onChange={set("completed")} disabled={readOnly} className="ctl" />
      </td>
      {(["preTestScore", "postTestScore"] as const).map((field) => (
        <td key={field}>
          <input
            type="number" min={0} max={100} inputMode="numeric" enterKeyHint="done" data-field={field}
            aria-label={label(t(field === "preTestScore" ? "preTest" : "postTest"))} {...invalid(field)}
            value={values[field]} onChange={set(field)} disabled={readOnly} className="ctl"
          />
        </td>
      ))}
      <td>
        <select data-field="satisfaction" aria-label={label(t("satisfaction"))} {...invalid("satisfaction")} value={values.satisfaction} onChange={set("satisfaction")} disabled={readOnly} className="ctl">
          <option value="">—</option>
          {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </td>
      <td className="wide">
        <details>
          <summary>
            {values.feedback || values.testimonial ? t("viewFeedback") : t("addFeedback")}
          </summary>
          <div className="fb">
            <textarea data-field="feedback" aria-label={label(t("feedback"))} {...invalid("feedback")} rows={2} maxLength={5000} value={values.feedback} onChange={set("feedback")} disabled={readOnly} className="ctl" placeholder={t("feedback")} />
            <textarea data-field="testimonial" aria-label={label(t("testimonial"))} {...invalid("testimonial")} rows={2} maxLength={2000} value={values.testimonial} onChange={set("testimonial")} disabled={readOnly} className="ctl" placeholder={t("testimonial")} />
            <label>
              <input type="checkbox" data-field="consentToQuote" checked={values.consentToQuote} onChange={set("consentToQuote")} disabled={readOnly} />
              {t("consentToQuote")}
            </label>
          </div>
        </details>
      </td>
      {!readOnly ? (
        <td className="remove">
          {/* Only opens the removal dialog: the removal is its own form, outside the grid's. */}
          <button type="button" onClick={() => onRemove(row)} className="rm">
            <span aria-hidden="true">✕</span>
            <span className="sr-only">{label(t("remove"))}</span>
          </button>
        </td>
      ) : null}
    </tr>
  );
});
