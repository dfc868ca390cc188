"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CurrencySelect } from "@/components/forms/currency-select";
import { TranslationFields } from "@/components/forms/translation-fields";
import type { Errors } from "@/components/forms/form-shell";
import { submitted, type FormState } from "@/lib/form-state";
import { ProgrammeStatus } from "@/generated/prisma/enums";
import type { ProgrammeFormOptions } from "@/server/programmes";
import { FUNDING_FIELDS, PROGRAMME_LIMITS } from "@/domain/programmes/schema";
import { NewNsbDialog, type CreatedNsb } from "./new-nsb-dialog";
import type { ProgrammeFormValues } from "./programme-form";

/** The pieces of the programme form (programme-form.tsx), one fieldset each. */

export interface PartProps {
  state: FormState;
  errors: Errors;
  initial: ProgrammeFormValues;
  options: ProgrammeFormOptions;
}

export type AddedNsb = CreatedNsb & { round: number };

interface Row {
  key: string;
  donorId: string;
  amount: string;
  currency: string;
}

const asList = (value: string | string[] | undefined): string[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

/** Funding rows as the user last submitted them (after an error), else the record's. */
function rowsFor(state: FormState, initial: ProgrammeFormValues): Row[] {
  if (state.values) {
    const donors = asList(state.values[FUNDING_FIELDS.donorId]);
    const amounts = asList(state.values[FUNDING_FIELDS.amount]);
    const currencies = asList(state.values[FUNDING_FIELDS.currency]);
    return donors.map((donorId, i) => ({ key: `s${i}`, donorId, amount: amounts[i] ?? "", currency: currencies[i] ?? "" }));
  }
  return initial.fundings.map((f, i) => ({ key: `r${i}`, ...f }));
}

const checkedIn = (state: FormState, name: string, fallback: string[]) => new Set(state.values ? asList(state.values[name]) : fallback);

export function EssentialsFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("programmeForm");
  const tEnums = useTranslations("enums");
  const value = (name: string, fallback: string) => submitted(state, name, fallback);
  const currency = value("budgetCurrency", initial.budgetCurrency);
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2">
      <legend className="px-1 text-base font-semibold text-slate-900">{t("essentials")}</legend>
      <Field label={t("code")} name="code" errors={errors.code} hint={t("codeHint")}>
        {(p) => <input {...p} defaultValue={value("code", initial.code)} maxLength={PROGRAMME_LIMITS.code} autoCapitalize="characters" className={`${p.className} font-mono uppercase`} />}
      </Field>
      <Field label={t("status")} name="status" errors={errors.status}>
        {(p) => (
          <select {...p} defaultValue={value("status", initial.status)}>
            {Object.values(ProgrammeStatus).map((s) => (
              <option key={s} value={s}>{tEnums(`programmeStatus.${s}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field label={t("title")} name="title" errors={errors.title}>
          {(p) => <input {...p} defaultValue={value("title", initial.title)} maxLength={PROGRAMME_LIMITS.title} />}
        </Field>
      </div>
      <Field label={t("startDate")} name="startDate" errors={errors.startDate}>
        {(p) => <input {...p} type="date" defaultValue={value("startDate", initial.startDate)} />}
      </Field>
      <Field label={t("endDate")} name="endDate" errors={errors.endDate}>
        {(p) => <input {...p} type="date" defaultValue={value("endDate", initial.endDate)} />}
      </Field>
      <Field label={t("region")} name="region" errors={errors.region} hint={t("regionHint")}>
        {(p) => <input {...p} list="programme-regions" defaultValue={value("region", initial.region)} maxLength={PROGRAMME_LIMITS.region} />}
      </Field>
      <datalist id="programme-regions">
        {options.regions.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <div className="grid grid-cols-[1fr_8rem] gap-3">
        <Field label={t("budgetAmount")} name="budgetAmount" errors={errors.budgetAmount} hint={t("amountHint")}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={value("budgetAmount", initial.budgetAmount)} />}
        </Field>
        <Field label={t("budgetCurrency")} name="budgetCurrency" errors={errors.budgetCurrency}>
          {(p) => <CurrencySelect {...p} value={currency} currencies={options.currencies} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={t("summary")} name="summary" errors={errors.summary}>
          {(p) => <textarea {...p} rows={4} defaultValue={value("summary", initial.summary)} maxLength={PROGRAMME_LIMITS.summary} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={t("objectives")} name="objectives" errors={errors.objectives}>
          {(p) => <textarea {...p} rows={4} defaultValue={value("objectives", initial.objectives)} maxLength={PROGRAMME_LIMITS.objectives} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <TranslationFields
          fields={[
            { name: "title", label: t("title"), max: PROGRAMME_LIMITS.title },
            { name: "summary", label: t("summary"), max: PROGRAMME_LIMITS.summary, rows: 3 },
            { name: "objectives", label: t("objectives"), max: PROGRAMME_LIMITS.objectives, rows: 3 },
          ]}
          value={(name) => value(name, initial.translations?.[name] ?? "")}
          errors={errors}
        />
      </div>
    </fieldset>
  );
}

export function FundingFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("programmeForm");
  const [rows, setRows] = useState<Row[]>(() => rowsFor(state, initial));
  const [added, setAdded] = useState(0);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const addId = useId();
  const currency = submitted(state, "budgetCurrency", initial.budgetCurrency);

  useEffect(() => {
    if (focusRow) rowsRef.current?.querySelector<HTMLSelectElement>(`[data-row="${focusRow}"] select`)?.focus();
  }, [focusRow]);

  function addRow() {
    const key = `n${added}`;
    setAdded(added + 1);
    setRows([...rows, { key, donorId: "", amount: "", currency }]);
    setFocusRow(key);
  }

  function removeRow(key: string) {
    setRows(rows.filter((r) => r.key !== key));
    setFocusRow(null);
    document.getElementById(addId)?.focus();
  }

  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-describedby={errors.fundings ? "fundings-error" : undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">{t("fundings")}</legend>
      <p className="mb-3 text-sm text-slate-600">{t("fundingsHint")}</p>
      <div ref={rowsRef} className="space-y-3" data-testid="funding-rows">
        {rows.length === 0 ? <p className="text-sm text-slate-600">{t("noFundings")}</p> : null}
        {rows.map((row, i) => (
          <FundingRowFields key={row.key} row={row} i={i} errors={errors} options={options} onRemove={() => removeRow(row.key)} />
        ))}
      </div>
      {errors.fundings ? <p id="fundings-error" className="mt-2 text-sm text-rose-700">{errors.fundings.join(" ")}</p> : null}
      <Button id={addId} type="button" variant="secondary" className="mt-3" onClick={addRow} disabled={rows.length >= PROGRAMME_LIMITS.fundings}>
        {t("addFunding")}
      </Button>
    </fieldset>
  );
}

function FundingRowFields({ row, i, errors, options, onRemove }: { row: Row; i: number; errors: Errors; options: ProgrammeFormOptions; onRemove: () => void }) {
  const t = useTranslations("programmeForm");
  return (
    <div data-row={row.key} className="grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem_8rem_auto]" role="group" aria-label={t("fundingRow", { n: i + 1 })}>
      <Field label={t("donor")} name={FUNDING_FIELDS.donorId} errors={errors[`fundings.${i}.donorId`]}>
        {(p) => (
          <select {...p} defaultValue={row.donorId}>
            <option value="">{t("chooseDonor")}</option>
            {options.donors.map((d) => (
              <option key={d.id} value={d.id}>{d.acronym} — {d.name}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("amount")} name={FUNDING_FIELDS.amount} errors={errors[`fundings.${i}.amount`]}>
        {(p) => <input {...p} inputMode="decimal" defaultValue={row.amount} />}
      </Field>
      <Field label={t("currency")} name={FUNDING_FIELDS.currency} errors={errors[`fundings.${i}.currency`]}>
        {(p) => <CurrencySelect {...p} value={row.currency} currencies={options.currencies} />}
      </Field>
      <div className="sm:pt-6">
        <Button type="button" variant="secondary" onClick={onRemove} aria-label={t("removeFundingRow", { n: i + 1 })}>
          {t("remove")}
        </Button>
      </div>
    </div>
  );
}

export function BeneficiaryFields({ state, errors, initial, options, addedNsbs, round, onNsbAdded }: PartProps & { addedNsbs: AddedNsb[]; round: number; onNsbAdded: (nsb: CreatedNsb) => void }) {
  const t = useTranslations("programmeForm");
  // A new NSB is ticked when added; after a save it shows as the user left it.
  const nsbChecked = checkedIn(state, "nsbIds", initial.nsbIds);
  const [announce, setAnnounce] = useState("");
  const nsbs = [...options.nsbs.filter((n) => !addedNsbs.some((a) => a.id === n.id)), ...addedNsbs];
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-describedby={errors.nsbIds ? "nsbIds-error" : undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">{t("beneficiaries")}</legend>
      {errors.nsbIds ? <p id="nsbIds-error" className="mb-2 text-sm text-rose-700">{errors.nsbIds.join(" ")}</p> : null}
      <div className="grid max-h-80 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3" data-testid="nsb-checkboxes">
        {/* An added NSB gets a key of its own: its box mounts anew, ticked, even when the list
            refreshed from the server showed it (unticked) a moment before. */}
        {nsbs.map((n) => (
          <label key={"round" in n ? `added-${n.id}` : n.id} className="flex items-start gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
            <input type="checkbox" name="nsbIds" value={n.id} defaultChecked={nsbChecked.has(n.id) || addedNsbs.some((a) => a.id === n.id && a.round === round)} className="mt-0.5 h-4 w-4" />
            <span>
              <span className="font-medium">{n.acronym}</span> <span className="text-slate-600">{n.name}{n.country ? ` (${n.country})` : ""}</span>
            </span>
          </label>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <NewNsbDialog
          countries={options.countries}
          onCreated={(nsb) => {
            onNsbAdded(nsb);
            setAnnounce(t("nsbAddedSelected", { acronym: nsb.acronym }));
          }}
        />
        <p role="status" className="text-sm text-emerald-800" data-testid="nsb-added">{announce}</p>
      </div>
    </fieldset>
  );
}

export function ResultAreaFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("programmeForm");
  const tEnums = useTranslations("enums");
  const areaChecked = checkedIn(state, "resultAreaIds", initial.resultAreaIds);
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-describedby={errors.resultAreaIds ? "resultAreaIds-error" : undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">{t("resultAreas")}</legend>
      {errors.resultAreaIds ? <p id="resultAreaIds-error" className="mb-2 text-sm text-rose-700">{errors.resultAreaIds.join(" ")}</p> : null}
      {options.resultAreaGroups.length === 0 ? <p className="text-sm text-slate-600">{t("noResultAreas")}</p> : null}
      <div className="space-y-4">
        {options.resultAreaGroups.map((plan) => (
          <fieldset key={plan.id}>
            <legend className="text-sm font-semibold text-slate-800">{plan.title} ({plan.period})</legend>
            <div className="mt-1 space-y-0.5">
              {plan.areas.map((a) => (
                <label key={a.id} className={`flex items-start gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50 ${a.level === "OUTPUT" ? "ml-6" : ""}`}>
                  <input type="checkbox" name="resultAreaIds" value={a.id} defaultChecked={areaChecked.has(a.id)} className="mt-0.5 h-4 w-4" />
                  <span>
                    <span className="font-mono text-xs text-slate-500">{a.code}</span> {a.title}{" "}
                    <span className="text-xs text-slate-500">({tEnums(`resultLevel.${a.level}`)})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
