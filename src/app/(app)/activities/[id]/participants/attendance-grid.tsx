"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { Attendance, ParticipationRole } from "@/generated/prisma/enums";
import { saveAttendanceAction } from "./actions";

export interface GridRow {
  id: string;
  version: number;
  name: string;
  detail: string;
  role: string;
  attendance: string;
  completed: boolean;
  preTestScore: number | null;
  postTestScore: number | null;
  satisfaction: number | null;
  feedback: string;
  testimonial: string;
  consentToQuote: boolean;
}

const cell = "rounded border border-slate-300 bg-white px-1.5 py-1 text-sm aria-[invalid=true]:border-rose-600";

/** The attendance grid: plain form controls in a table, so Tab and the arrow keys work as everywhere. */
export function AttendanceGrid({ activityId, rows, readOnly }: { activityId: string; rows: GridRow[]; readOnly: boolean }) {
  const t = useTranslations("attendance");
  const te = useTranslations("enums");
  const [state, action] = useActionRound(saveAttendanceAction);
  const form = useRef<HTMLFormElement>(null);
  const v = (field: string, row: GridRow, fallback: unknown) => submitted(state, `${field}.${row.id}`, fallback == null ? "" : String(fallback));
  const on = (field: "completed" | "consentToQuote", row: GridRow) => (state.values ? state.values[`${field}.${row.id}`] === "on" : row[field]);
  const error = (field: string, row: GridRow) => state.fieldErrors?.[`${field}.${row.id}`];
  const markAll = (value: string) => {
    form.current?.querySelectorAll<HTMLSelectElement>("select[data-attendance]").forEach((select) => (select.value = value));
  };

  return (
    <form ref={form} action={action} className="space-y-3" aria-label={t("gridLabel")} noValidate>
      <input type="hidden" name="activityId" value={activityId} />
      {!readOnly ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => markAll("ATTENDED")}>{t("markAllAttended")}</Button>
          <Button type="button" variant="secondary" onClick={() => markAll("NO_SHOW")}>{t("markAllNoShow")}</Button>
        </div>
      ) : null}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("gridLabel")}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("participant")}</th>
              <th scope="col" className="px-3 py-2">{t("attendance")}</th>
              <th scope="col" className="px-3 py-2">{t("role")}</th>
              <th scope="col" className="px-3 py-2">{t("completed")}</th>
              <th scope="col" className="px-3 py-2">{t("preTest")}</th>
              <th scope="col" className="px-3 py-2">{t("postTest")}</th>
              <th scope="col" className="px-3 py-2">{t("satisfaction")}</th>
              <th scope="col" className="px-3 py-2">{t("feedbackColumn")}</th>
              {!readOnly ? <th scope="col" className="px-3 py-2"><span className="sr-only">{t("remove")}</span></th> : null}
            </tr>
          </thead>
          {/* Keyed on the round: after each save the rows remount with what was saved (or, after
              an error, what was submitted), instead of React's form reset restoring the first values. */}
          <tbody key={state.round} className="divide-y divide-slate-100">
            {rows.map((row) => {
              const label = (what: string) => `${what}: ${row.name}`;
              const errors = ["attendance", "role", "preTestScore", "postTestScore", "satisfaction", "feedback", "testimonial"].flatMap((f) => error(f, row) ?? []);
              return (
                <tr key={row.id} data-testid="attendance-row">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {row.name}
                    <span className="block text-xs font-normal text-slate-500">{row.detail}</span>
                    {errors.length ? <span className="block text-xs font-normal text-rose-700" id={`err-${row.id}`}>{errors.join(" ")}</span> : null}
                    <input type="hidden" name="row[]" value={row.id} />
                    <input type="hidden" name={`version.${row.id}`} value={row.version} />
                  </th>
                  <td className="px-3 py-2">
                    <select data-attendance name={`attendance.${row.id}`} aria-label={label(t("attendance"))} defaultValue={v("attendance", row, row.attendance)} disabled={readOnly} className={cell}>
                      {Object.values(Attendance).map((a) => <option key={a} value={a}>{te(`attendance.${a}`)}</option>)}
                    </select>
                  </td>
                  <td className="px-3 py-2">
                    <select name={`role.${row.id}`} aria-label={label(t("role"))} defaultValue={v("role", row, row.role)} disabled={readOnly} className={cell}>
                      {Object.values(ParticipationRole).map((r) => <option key={r} value={r}>{te(`participationRole.${r}`)}</option>)}
                    </select>
                  </td>
                  <td className="px-3 py-2 text-center">
                    <input type="checkbox" name={`completed.${row.id}`} aria-label={label(t("completed"))} defaultChecked={on("completed", row)} disabled={readOnly} className="h-4 w-4" />
                  </td>
                  {(["preTestScore", "postTestScore"] as const).map((field) => (
                    <td key={field} className="px-3 py-2">
                      <input
                        type="number" min={0} max={100} inputMode="numeric" name={`${field}.${row.id}`}
                        aria-label={label(t(field === "preTestScore" ? "preTest" : "postTest"))}
                        aria-invalid={Boolean(error(field, row))} aria-describedby={error(field, row) ? `err-${row.id}` : undefined}
                        defaultValue={v(field, row, row[field])} disabled={readOnly} className={`${cell} w-20`}
                      />
                    </td>
                  ))}
                  <td className="px-3 py-2">
                    <select name={`satisfaction.${row.id}`} aria-label={label(t("satisfaction"))} defaultValue={v("satisfaction", row, row.satisfaction)} disabled={readOnly} className={cell}>
                      <option value="">—</option>
                      {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
                    </select>
                  </td>
                  <td className="px-3 py-2">
                    <details>
                      <summary className="cursor-pointer text-brand-700">{row.feedback || row.testimonial ? t("viewFeedback") : t("addFeedback")}</summary>
                      <div className="mt-2 w-72 space-y-2">
                        <textarea name={`feedback.${row.id}`} aria-label={label(t("feedback"))} rows={2} maxLength={5000} defaultValue={v("feedback", row, row.feedback)} disabled={readOnly} className={`${cell} w-full`} placeholder={t("feedback")} />
                        <textarea name={`testimonial.${row.id}`} aria-label={label(t("testimonial"))} rows={2} maxLength={2000} defaultValue={v("testimonial", row, row.testimonial)} disabled={readOnly} className={`${cell} w-full`} placeholder={t("testimonial")} />
                        <label className="flex items-center gap-2 text-xs">
                          <input type="checkbox" name={`consentToQuote.${row.id}`} defaultChecked={on("consentToQuote", row)} disabled={readOnly} className="h-4 w-4" />
                          {t("consentToQuote")}
                        </label>
                      </div>
                    </details>
                  </td>
                  {!readOnly ? (
                    <td className="px-3 py-2">
                      <ConfirmButton variant="secondary" name="intent" value={`remove:${row.id}`} title={t("removeTitle")} body={t("removeBody", { name: row.name })} confirmLabel={t("remove")}>
                        <span aria-hidden="true">✕</span>
                        <span className="sr-only">{label(t("remove"))}</span>
                      </ConfirmButton>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* The outcome next to the button the user just pressed: the grid can be long. */}
      <FormMessage state={state} />
      {!readOnly ? <SubmitButton>{t("saveAttendance")}</SubmitButton> : null}
    </form>
  );
}
