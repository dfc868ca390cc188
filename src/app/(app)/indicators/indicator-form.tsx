"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { IndicatorDirection, IndicatorSource, IndicatorUnit } from "@/generated/prisma/enums";
import { submitted, type FormState } from "@/lib/form-state";
import { submittedCheckbox, useActionRound } from "@/lib/use-action-round";
import { createIndicatorAction, updateIndicatorAction } from "./actions";
import { TranslationFields } from "@/components/forms/translation-fields";

export interface TargetRow {
  periodStart: string;
  periodEnd: string;
  organizationId: string;
  targetValue: string;
}

/** An indicator as the form shows it: every value a string (dates as yyyy-mm-dd). */
export interface IndicatorFormValues {
  resultAreaId: string;
  code: string;
  title: string;
  /** French and Spanish versions of the title ("" when none). */
  translations?: Partial<Record<string, string>>;
  definition: string;
  unit: string;
  currency: string;
  direction: string;
  source: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  disaggregateByNsb: boolean;
  disaggregateBySex: boolean;
  targets: TargetRow[];
}

interface Area {
  id: string;
  code: string;
  title: string;
  level: string;
}
interface Nsb {
  id: string;
  acronym: string;
  name: string;
}
export interface IndicatorFormOptions {
  programmes: { id: string; code: string; title: string; resultAreas: Area[]; nsbs: Nsb[] }[];
  plans: { id: string; title: string; resultAreas: Area[] }[];
  nsbs: Nsb[];
}

/** Where the indicator lives: chosen in the form (new), or fixed (edit, or new from a programme). */
export type IndicatorOwner = { programmeId: string; actionPlanId: null } | { programmeId: null; actionPlanId: string } | null;

export const EMPTY_INDICATOR: IndicatorFormValues = {
  resultAreaId: "",
  code: "",
  title: "",
  definition: "",
  unit: "COUNT",
  currency: "",
  direction: "INCREASE",
  source: "MANUAL",
  baselineValue: "",
  baselineDate: "",
  targetValue: "",
  targetDate: "",
  disaggregateByNsb: false,
  disaggregateBySex: false,
  targets: [],
};

/**
 * New or edit indicator, with its period targets as repeatable rows. Keeps everything
 * typed after an error (rows included) and shows the conflict view on a stale save.
 */
export function IndicatorForm({
  indicator,
  owner,
  values,
  options,
}: {
  /** The indicator being edited. */
  indicator?: { id: string; version: number };
  owner: IndicatorOwner;
  values: IndicatorFormValues;
  options: IndicatorFormOptions;
}) {
  const t = useTranslations("indicatorForm");
  const [state, action] = useActionRound(indicator ? updateIndicatorAction : createIndicatorAction);
  const labels = {
    code: t("code"),
    title: t("title"),
    definition: t("definition"),
    unit: t("unit"),
    currency: t("currency"),
    direction: t("direction"),
    source: t("source"),
    baselineValue: t("baselineValue"),
    baselineDate: t("baselineDate"),
    targetValue: t("targetValue"),
    targetDate: t("targetDate"),
  };
  const cancel = indicator ? `/indicators/${indicator.id}` : owner?.programmeId ? `/programmes/${owner.programmeId}` : "/indicators";
  return (
    <form action={action} className="max-w-4xl space-y-6" noValidate>
      <FormMessage state={state} labels={labels} />
      {indicator ? (
        <>
          <input type="hidden" name="id" value={indicator.id} />
          <input type="hidden" name="version" value={indicator.version} />
        </>
      ) : null}
      <Fields key={state.round} state={state} values={values} owner={owner} options={options} labels={labels} editing={Boolean(indicator)} />
      <div className="flex gap-2">
        <SubmitButton>{indicator ? t("save") : t("create")}</SubmitButton>
        <ButtonLink href={cancel} variant="secondary">{t("cancel")}</ButtonLink>
      </div>
    </form>
  );
}

/** The submitted rows after an error, else the record's. */
function rowsOf(state: FormState, fallback: TargetRow[]): TargetRow[] {
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

function Fields({
  state,
  values,
  owner,
  options,
  labels,
  editing,
}: {
  state: FormState;
  values: IndicatorFormValues;
  owner: IndicatorOwner;
  options: IndicatorFormOptions;
  labels: Record<string, string>;
  editing: boolean;
}) {
  const t = useTranslations();
  const errors = state.fieldErrors ?? {};
  const [programmeId, setProgrammeId] = useState(owner ? (owner.programmeId ?? "") : submitted(state, "programmeId"));
  const [actionPlanId, setActionPlanId] = useState(owner ? (owner.actionPlanId ?? "") : submitted(state, "actionPlanId"));
  const [unit, setUnit] = useState(submitted(state, "unit", values.unit));
  const programme = options.programmes.find((p) => p.id === programmeId);
  const plan = programmeId ? undefined : options.plans.find((p) => p.id === actionPlanId);
  const areas = programme?.resultAreas ?? plan?.resultAreas ?? [];
  const nsbs = programmeId ? (programme?.nsbs ?? []) : options.nsbs;

  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold">{t("indicatorForm.whatSection")}</legend>
        {owner ? (
          <p className="text-sm">
            <span className="text-slate-600">{owner.programmeId ? t("indicatorForm.programme") : t("indicatorForm.actionPlan")}: </span>
            <span className="font-medium" data-testid="indicator-owner">
              {owner.programmeId ? `${programme?.code ?? ""} · ${programme?.title ?? ""}` : (plan?.title ?? "")}
            </span>
            {!editing && owner.programmeId ? <input type="hidden" name="programmeId" value={owner.programmeId} /> : null}
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("indicatorForm.programme")} name="programmeId" errors={errors.programmeId} hint={t("indicatorForm.programmeHint")}>
              {(props) => (
                <select {...props} defaultValue={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
                  <option value="">{t("indicatorForm.planWide")}</option>
                  {options.programmes.map((p) => (
                    <option key={p.id} value={p.id}>{`${p.code} · ${p.title}`}</option>
                  ))}
                </select>
              )}
            </Field>
            {programmeId ? null : (
              <Field label={t("indicatorForm.actionPlan")} name="actionPlanId" errors={errors.actionPlanId}>
                {(props) => (
                  <select {...props} defaultValue={actionPlanId} onChange={(e) => setActionPlanId(e.target.value)} required>
                    <option value="">{t("indicatorForm.choose")}</option>
                    {options.plans.map((p) => (
                      <option key={p.id} value={p.id}>{p.title}</option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
        )}
        <Field label={t("indicatorForm.resultArea")} name="resultAreaId" errors={errors.resultAreaId} hint={programmeId ? t("indicatorForm.resultAreaHintProgramme") : t("indicatorForm.resultAreaHintPlan")}>
          {(props) => (
            <select key={`${programmeId}:${actionPlanId}`} {...props} defaultValue={submitted(state, "resultAreaId", values.resultAreaId)} required>
              <option value="">{t("indicatorForm.choose")}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>{`${a.code} · ${a.title} (${t(`enums.resultLevel.${a.level}`)})`}</option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={labels.code!} name="code" errors={errors.code} hint={t("indicatorForm.codeHint")}>
            {(props) => <input {...props} defaultValue={submitted(state, "code", values.code)} maxLength={30} required />}
          </Field>
          <div className="sm:col-span-3">
            <Field label={labels.title!} name="title" errors={errors.title}>
              {(props) => <input {...props} defaultValue={submitted(state, "title", values.title)} maxLength={200} required />}
            </Field>
          </div>
        </div>
        <TranslationFields
          fields={[{ name: "title", label: labels.title!, max: 200 }]}
          value={(name) => submitted(state, name, values.translations?.[name] ?? "")}
          errors={errors}
        />
        <Field label={labels.definition!} name="definition" errors={errors.definition} hint={t("indicatorForm.definitionHint")}>
          {(props) => <textarea {...props} rows={3} maxLength={5000} defaultValue={submitted(state, "definition", values.definition)} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field label={labels.unit!} name="unit" errors={errors.unit}>
            {(props) => (
              <select {...props} defaultValue={unit} onChange={(e) => setUnit(e.target.value)} required>
                {Object.values(IndicatorUnit).map((u) => (
                  <option key={u} value={u}>{t(`enums.indicatorUnit.${u}`)}</option>
                ))}
              </select>
            )}
          </Field>
          {unit === "CURRENCY" ? (
            <Field label={labels.currency!} name="currency" errors={errors.currency} hint={t("indicatorForm.currencyHint")}>
              {(props) => <input {...props} defaultValue={submitted(state, "currency", values.currency)} maxLength={3} autoCapitalize="characters" className={`${props.className} uppercase`} required />}
            </Field>
          ) : null}
          <Field label={labels.direction!} name="direction" errors={errors.direction}>
            {(props) => (
              <select {...props} defaultValue={submitted(state, "direction", values.direction)} required>
                {Object.values(IndicatorDirection).map((d) => (
                  <option key={d} value={d}>{t(`enums.indicatorDirection.${d}`)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={labels.source!} name="source" errors={errors.source}>
            {(props) => (
              <select {...props} defaultValue={submitted(state, "source", values.source)} required>
                {Object.values(IndicatorSource).map((s) => (
                  <option key={s} value={s}>{t(`enums.indicatorSource.${s}`)}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("indicatorForm.disaggregation")}</legend>
          <div className="mt-2 flex flex-wrap gap-6 text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="disaggregateByNsb" defaultChecked={submittedCheckbox(state, "disaggregateByNsb", values.disaggregateByNsb)} className="size-4" />
              {t("indicatorForm.byNsb")}
            </label>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="disaggregateBySex" defaultChecked={submittedCheckbox(state, "disaggregateBySex", values.disaggregateBySex)} className="size-4" />
              {t("indicatorForm.bySex")}
            </label>
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold">{t("indicatorForm.baselineSection")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field label={labels.baselineValue!} name="baselineValue" errors={errors.baselineValue}>
            {(props) => <input {...props} inputMode="decimal" defaultValue={submitted(state, "baselineValue", values.baselineValue)} />}
          </Field>
          <Field label={labels.baselineDate!} name="baselineDate" errors={errors.baselineDate}>
            {(props) => <input {...props} type="date" defaultValue={submitted(state, "baselineDate", values.baselineDate)} />}
          </Field>
          <Field label={labels.targetValue!} name="targetValue" errors={errors.targetValue}>
            {(props) => <input {...props} inputMode="decimal" defaultValue={submitted(state, "targetValue", values.targetValue)} />}
          </Field>
          <Field label={labels.targetDate!} name="targetDate" errors={errors.targetDate}>
            {(props) => <input {...props} type="date" defaultValue={submitted(state, "targetDate", values.targetDate)} />}
          </Field>
        </div>
      </fieldset>

      <TargetRows initial={rowsOf(state, values.targets)} errors={errors} nsbs={nsbs} perProgramme={Boolean(programmeId)} />
    </>
  );
}

let nextKey = 0;

/** The period targets: one row per period (and NSB), added and removed in place. */
function TargetRows({ initial, errors, nsbs, perProgramme }: { initial: TargetRow[]; errors: Record<string, string[]>; nsbs: Nsb[]; perProgramme: boolean }) {
  const t = useTranslations("indicatorForm");
  const [rows, setRows] = useState(() => initial.map((row) => ({ ...row, key: nextKey++, added: false })));
  const tableErrors = errors.targets;
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="target-rows">
      <legend className="px-1 text-base font-semibold">{t("targetsSection")}</legend>
      <p className="text-sm text-slate-600">{perProgramme ? t("targetsHintProgramme") : t("targetsHintPlan")}</p>
      {tableErrors ? <p className="text-sm text-rose-700">{tableErrors.join(" ")}</p> : null}
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("noRows")}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const e = (field: keyof TargetRow) => errors[`targets.${i}.${field}`];
          return (
            <li key={row.key}>
              <fieldset className="grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto]">
                <legend className="sr-only">{t("rowLegend", { row: i + 1 })}</legend>
                <Field label={t("periodStart")} name="periodStart[]" errors={e("periodStart")}>
                  {(props) => <input {...props} type="date" defaultValue={row.periodStart} autoFocus={row.added} required />}
                </Field>
                <Field label={t("periodEnd")} name="periodEnd[]" errors={e("periodEnd")}>
                  {(props) => <input {...props} type="date" defaultValue={row.periodEnd} required />}
                </Field>
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
                <Field label={t("rowValue")} name="targetValue[]" errors={e("targetValue")}>
                  {(props) => <input {...props} inputMode="decimal" defaultValue={row.targetValue} required />}
                </Field>
                <div className="sm:pt-6">
                  <Button type="button" variant="secondary" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={t("removeRow", { row: i + 1 })}>
                    {t("remove")}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        onClick={() => setRows([...rows, { periodStart: "", periodEnd: "", organizationId: "", targetValue: "", key: nextKey++, added: true }])}
      >
        {t("addRow")}
      </Button>
    </fieldset>
  );
}
