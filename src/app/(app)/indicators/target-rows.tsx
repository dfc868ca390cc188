"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/form-state";
import type { Errors } from "@/components/forms/form-shell";
import type { TargetRow } from "./indicator-form";

export interface Nsb {
  id: string;
  acronym: string;
  name: string;
}

/** The submitted rows after an error, else the record's. */
export function rowsOf(state: FormState, fallback: TargetRow[]): TargetRow[] {
  if (!state.values) return fallback;
  const list = (field: keyof TargetRow) => {
    const v = state.values?.[`${field}[]`];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const columns = { periodStart: list("periodStart"), periodEnd: list("periodEnd"), organizationId: list("organizationId"), targetValue: list("targetValue") };
  const count = Math.max(...Object.values(columns).map((c) => c.length));
  return Array.from({ length: count }, (_, i) => ({
    periodStart: columns.periodStart[i] ?? "",
    periodEnd: columns.periodEnd[i] ?? "",
    organizationId: columns.organizationId[i] ?? "",
    targetValue: columns.targetValue[i] ?? "",
  }));
}

let nextKey = 0;

/**
 * The period targets: one row per period (and NSB), added and removed in place. Each row keeps
 * the position it had when the form was sent (`sent`), so the errors of that round stay by the
 * row they were about after another row is removed, and a row added since has none.
 */
export function TargetRows({ initial, errors, nsbs, perProgramme }: { initial: TargetRow[]; errors: Errors; nsbs: Nsb[]; perProgramme: boolean }) {
  const t = useTranslations("indicatorForm");
  const addId = useId();
  const [rows, setRows] = useState(() => initial.map((row, i) => ({ ...row, key: nextKey++, added: false, sent: i as number | null })));
  const tableErrors = errors.targets;
  // A removed row takes its Remove button with it: focus goes to "Add period target", as in
  // the programme form's funding rows, instead of falling back to the top of the page.
  const remove = (key: number) => {
    setRows(rows.filter((r) => r.key !== key));
    document.getElementById(addId)?.focus();
  };
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-5" data-testid="target-rows">
      <legend className="px-1 text-base font-semibold">{t("targetsSection")}</legend>
      <p className="text-sm text-slate-600">{perProgramme ? t("targetsHintProgramme") : t("targetsHintPlan")}</p>
      {tableErrors ? <p className="text-sm text-rose-700">{tableErrors.join(" ")}</p> : null}
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("noRows")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const e = (field: keyof TargetRow) => (row.sent === null ? undefined : errors[`targets.${row.sent}.${field}`]);
          return (
            <li key={row.key}>
              {/* NSB names are long: the NSB takes a line of its own on a tablet, the rest of the days' line on a desktop, so the chosen one reads in full. */}
              <fieldset className="grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-[10rem_10rem_minmax(0,1fr)]">
                <legend className="sr-only">{t("rowLegend", { row: i + 1 })}</legend>
                <Field label={t("periodStart")} name="periodStart[]" errors={e("periodStart")}>
                  {(props) => <input {...props} type="date" defaultValue={row.periodStart} autoFocus={row.added} required />}
                </Field>
                <Field label={t("periodEnd")} name="periodEnd[]" errors={e("periodEnd")}>
                  {(props) => <input {...props} type="date" defaultValue={row.periodEnd} required />}
                </Field>
                <div className="sm:col-span-2 lg:col-span-1">
                  <Field label={t("nsb")} name="organizationId[]" errors={e("organizationId")}>
                    {(props) => (
                      <select {...props} defaultValue={row.organizationId}>
                        <option value="">{t("allNsbs")}</option>
                        {nsbs.map((n) => (
                          <option key={n.id} value={n.id}>{`${n.acronym} · ${n.name}`}</option>
                        ))}
                        {row.organizationId && !nsbs.some((n) => n.id === row.organizationId) ? (
                          <option value={row.organizationId}>{t("unknownNsb")}</option>
                        ) : null}
                      </select>
                    )}
                  </Field>
                </div>
                <Field label={t("rowValue")} name="targetValue[]" errors={e("targetValue")}>
                  {(props) => <input {...props} inputMode="decimal" defaultValue={row.targetValue} required />}
                </Field>
                <div className="sm:pt-6 lg:col-start-3 lg:justify-self-end">
                  <Button type="button" variant="secondary" onClick={() => remove(row.key)} aria-label={t("removeRow", { row: i + 1 })}>
                    {t("remove")}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button
        id={addId}
        type="button"
        variant="secondary"
        onClick={() => setRows([...rows, { periodStart: "", periodEnd: "", organizationId: "", targetValue: "", key: nextKey++, added: true, sent: null }])}
      >
        {t("addRow")}
      </Button>
    </fieldset>
  );
}
