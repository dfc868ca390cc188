"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { FIELDS, type Field, type GridRow, type RowEdit } from "./grid-values";

interface Props {
  row: GridRow;
  /** The row's place in the grid: the id of its name, which its controls' accessible names end with. */
  index: number;
  edit: RowEdit | undefined;
  errors: Partial<Record<Field, string[]>> | undefined;
  readOnly: boolean;
  onChange: (id: string, field: Field, value: string | boolean) => void;
  onRemove: (row: GridRow) => void;
}

/**
 * Ids of the hidden "<Field>:" texts GridTable renders once (GridLabels); a control's accessible
 * name is that text and the row's name ("Post-test: Ana Lima"), by `aria-labelledby`, so the
 * name is not repeated in every control of every row.
 */
export const fieldLabelId = (field: Field | "remove") => `gl${field === "remove" ? "x" : FIELDS.indexOf(field)}`;
const rowNameId = (index: number) => `gn${index}`;

/** One participant: a table row on wide screens, a card on phones (name, NSB, sex and group first). */
export const AttendanceRow = memo(function AttendanceRow({ row, index, edit, errors, readOnly, onChange, onRemove }: Props) {
  const t = useTranslations("attendance");
  const te = useTranslations("enums");
  const values = edit?.values ?? row.values;
  const dirty = Boolean(edit);
  const nameId = rowNameId(index);
  const messages = errors ? Object.values(errors).flat() : [];
  const errorId = `err-${row.id}`;
  // Controls are styled from attendance-grid.css by where they are, so they carry no class.
  const control = (field: Field) => ({
    "data-field": field,
    "aria-labelledby": `${fieldLabelId(field)} ${nameId}`,
    ...(errors?.[field] ? { "aria-invalid": true, "aria-describedby": errorId } : {}),
    disabled: readOnly,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      onChange(row.id, field, event.target instanceof HTMLInputElement && event.target.type === "checkbox" ? event.target.checked : event.target.value),
  });

  return (
    // Cells styled in attendance-grid.css (.att-grid): a card on phones, a table row wider.
    // On phones each field's label comes from the table's captions (gridCaptions), once per page.
    <tr data-testid="attendance-row" data-row={row.id} data-unsaved={dirty || undefined}>
      <th scope="row">
        <span className="nm">
          <span id={nameId}>{row.name}</span>
          {dirty ? <span className="tag">{t("unsaved")}</span> : null}
        </span>
        <span className="sub">{[row.nsb, te(`sex.${row.sex}`), te(`stakeholderGroup.${row.group}`)].join(" · ")}</span>
        {messages.length ? <span className="block text-xs font-normal text-rose-700" id={errorId}>{messages.join(" ")}</span> : null}
      </th>
      <td>
        <select {...control("attendance")} value={values.attendance}>
          {Object.values(Attendance).map((a) => <option key={a} value={a}>{te(`attendance.${a}`)}</option>)}
        </select>
      </td>
      <td>
        <select {...control("role")} value={values.role}>
          {Object.values(ParticipationRole).map((r) => <option key={r} value={r}>{te(`participationRole.${r}`)}</option>)}
        </select>
      </td>
      <td className="mid">
        <input type="checkbox" {...control("completed")} checked={values.completed} />
      </td>
      {(["preTestScore", "postTestScore"] as const).map((field) => (
        <td key={field}>
          <input type="number" min={0} max={100} inputMode="numeric" enterKeyHint="done" {...control(field)} value={values[field]} />
        </td>
      ))}
      <td>
        <select {...control("satisfaction")} value={values.satisfaction}>
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
            <textarea {...control("feedback")} rows={2} maxLength={5000} value={values.feedback} placeholder={t("feedback")} />
            <textarea {...control("testimonial")} rows={2} maxLength={2000} value={values.testimonial} placeholder={t("testimonial")} />
            <label>
              <input type="checkbox" data-field="consentToQuote" checked={values.consentToQuote} onChange={control("consentToQuote").onChange} disabled={readOnly} />
              {t("consentToQuote")}
            </label>
          </div>
        </details>
      </td>
      {!readOnly ? (
        <td className="remove">
          {/* Only opens the removal dialog: the removal is its own form, outside the grid's. */}
          <button type="button" onClick={() => onRemove(row)} className="rm" aria-labelledby={`${fieldLabelId("remove")} ${nameId}`}>✕</button>
        </td>
      ) : null}
    </tr>
  );
});
