"use client";

import { memo, useState } from "react";
import { useTranslations } from "next-intl";
import { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { useHydrated } from "@/lib/use-hydrated";
import { gridControlName, ROW_STAMP_NAME, rowStamp } from "@/domain/participations/grid-form";
import { FIELDS, type Field, type GridRow, type RowEdit, type RowValues } from "./grid-values";

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

const errorIdOf = (rowId: string) => `err-${rowId}`;

/**
 * The attributes of a row's control for a field. Controls are styled from attendance-grid.css
 * by where they are, so they carry no class; their name is their field's letter and the row's
 * place (`q3`), what the browser posts when it submits the grid itself (grid-form.ts).
 */
function controlsOf(rowId: string, index: number, errors: Props["errors"], readOnly: boolean, onChange: Props["onChange"]) {
  const nameId = rowNameId(index);
  return (field: Field) => ({
    name: gridControlName(field, index),
    "aria-labelledby": `${fieldLabelId(field)} ${nameId}`,
    ...(errors?.[field] ? { "aria-invalid": true, "aria-describedby": errorIdOf(rowId) } : {}),
    disabled: readOnly,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      onChange(rowId, field, event.target instanceof HTMLInputElement && event.target.type === "checkbox" ? event.target.checked : event.target.value),
  });
}
type Control = ReturnType<typeof controlsOf>;

/** One participant: a table row on wide screens, a card on phones (name, NSB, sex and group first). */
export const AttendanceRow = memo(function AttendanceRow({ row, index, edit, errors, readOnly, onChange, onRemove }: Props) {
  const t = useTranslations("attendance");
  const te = useTranslations("enums");
  const values = edit?.values ?? row.values;
  const dirty = Boolean(edit);
  const nameId = rowNameId(index);
  const hydrated = useHydrated();
  const messages = errors ? Object.values(errors).flat() : [];
  const errorId = errorIdOf(row.id);
  const control = controlsOf(row.id, index, errors, readOnly, onChange);

  return (
    // Cells styled in attendance-grid.css (.att-grid): a card on phones, a table row wider.
    // On phones each field's label comes from the table's captions (gridCaptions), once per page.
    <tr data-testid="attendance-row" data-unsaved={dirty || undefined}>
      <th scope="row">
        <span className="nm">
          <span id={nameId}>{row.name}</span>
          {dirty ? <span className="tag">{t("unsaved")}</span> : null}
        </span>
        <span className="sub">{[row.nsb, te(`sex.${row.sex}`), te(`stakeholderGroup.${row.group}`)].join(" · ")}</span>
        {messages.length ? <span className="block text-xs font-normal text-rose-700" id={errorId}>{messages.join(" ")}</span> : null}
        {/* The row, the version it was read at and a stamp of the values shown: a native submit sends on only the rows changed here. */}
        {!readOnly ? <input type="hidden" name={ROW_STAMP_NAME} value={rowStamp(row.id, edit?.version ?? row.version, row.values)} /> : null}
      </th>
      <td>
        <select {...control("attendance")} value={values.attendance}>
          {Object.values(Attendance).map((a) => <option key={a} value={a}>{te(`attendance.${a}`)}</option>)}
        </select>
      </td>
      <td>
        {/* The other roles (rarely changed) are added when the script runs, not sent in every row's HTML. */}
        <select {...control("role")} value={values.role}>
          {(hydrated ? Object.values(ParticipationRole) : [values.role]).map((r) => <option key={r} value={r}>{te(`participationRole.${r}`)}</option>)}
        </select>
      </td>
      <td>
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
          {/* An option's value is its text when it has no value of its own. */}
          {[1, 2, 3, 4, 5].map((n) => <option key={n}>{n}</option>)}
        </select>
      </td>
      <td>
        <FeedbackCell values={values} errors={errors} control={control} />
      </td>
      {!readOnly ? (
        <td>
          {/* Only opens the removal dialog: the removal is its own form, outside the grid's. */}
          <button type="button" onClick={() => onRemove(row)} className="rm" aria-labelledby={`${fieldLabelId("remove")} ${nameId}`}>✕</button>
        </td>
      ) : null}
    </tr>
  );
});

/**
 * Feedback, testimonial and consent, folded. A row with none of them gets its boxes only when
 * opened, so the page's HTML does not carry two empty text boxes per person; opened before the
 * script ran, they appear as soon as it has.
 */
function FeedbackCell({ values, errors, control }: { values: RowValues; errors: Props["errors"]; control: Control }) {
  const t = useTranslations("attendance");
  const [open, setOpen] = useState(false);
  const filled = Boolean(values.feedback || values.testimonial || values.consentToQuote || errors?.feedback || errors?.testimonial);
  return (
    <details
      ref={(details) => {
        if (details?.open && !open) setOpen(true);
      }}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{values.feedback || values.testimonial ? t("viewFeedback") : t("addFeedback")}</summary>
      {open || filled ? (
        <div className="fb">
          <textarea {...control("feedback")} rows={2} maxLength={5000} value={values.feedback} placeholder={t("feedback")} />
          <textarea {...control("testimonial")} rows={2} maxLength={2000} value={values.testimonial} placeholder={t("testimonial")} />
          <label>
            {/* Named by its label, as before: the name of the person is not part of it. */}
            <input type="checkbox" {...control("consentToQuote")} aria-labelledby={undefined} checked={values.consentToQuote} />
            {t("consentToQuote")}
          </label>
        </div>
      ) : null}
    </details>
  );
}
