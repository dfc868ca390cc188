"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormActions, FormShell, useFormShell, type Errors } from "@/components/forms/form-shell";
import { IndicatorDirection, IndicatorSource, IndicatorUnit } from "@/generated/prisma/enums";
import { submitted, type FormState } from "@/lib/form-state";
import { submittedCheckbox } from "@/lib/use-action-round";
import { createIndicatorAction, updateIndicatorAction } from "./actions";
import { TranslationFields } from "@/components/forms/translation-fields";
import { rowsOf, TargetRows, type Nsb } from "./target-rows";

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
  const shell = useFormShell(indicator ? updateIndicatorAction : createIndicatorAction);
  const labels = Object.fromEntries(LABELLED.map((name) => [name, t(name)]));
  const cancel = indicator ? `/indicators/${indicator.id}` : owner?.programmeId ? `/programmes/${owner.programmeId}` : "/indicators";
  return (
    <FormShell shell={shell} labels={labels} record={indicator} className="max-w-4xl space-y-6"
      footer={<FormActions submit={indicator ? t("save") : t("create")} cancel={t("cancel")} cancelHref={cancel} />}>
      <Fields state={shell.state} values={values} owner={owner} options={options} labels={labels} editing={Boolean(indicator)} />
    </FormShell>
  );
}

/** The fields the conflict view compares. */
const LABELLED = ["code", "title", "definition", "unit", "currency", "direction", "source", "baselineValue", "baselineDate", "targetValue", "targetDate"] as const;

interface PartProps {
  state: FormState;
  values: IndicatorFormValues;
  errors: Errors;
  labels: Record<string, string>;
}

function Fields({ state, values, owner, options, labels, editing }: Omit<PartProps, "errors"> & { owner: IndicatorOwner; options: IndicatorFormOptions; editing: boolean }) {
  const t = useTranslations();
  const errors = state.fieldErrors ?? {};
  const [programmeId, setProgrammeId] = useState(owner ? (owner.programmeId ?? "") : submitted(state, "programmeId"));
  const [actionPlanId, setActionPlanId] = useState(owner ? (owner.actionPlanId ?? "") : submitted(state, "actionPlanId"));
  const programme = options.programmes.find((p) => p.id === programmeId);
  const nsbs = programmeId ? (programme?.nsbs ?? []) : options.nsbs;
  const parts = { state, values, errors, labels };
  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold">{t("indicatorForm.whatSection")}</legend>
        <OwnerFields {...parts} owner={owner} options={options} editing={editing} programmeId={programmeId} setProgrammeId={setProgrammeId} actionPlanId={actionPlanId} setActionPlanId={setActionPlanId} />
        <DefinitionFields {...parts} />
      </fieldset>
      <BaselineFields {...parts} />
      <TargetRows initial={rowsOf(state, values.targets)} errors={errors} nsbs={nsbs} perProgramme={Boolean(programmeId)} />
    </>
  );
}

interface OwnerProps extends PartProps {
  owner: IndicatorOwner;
  options: IndicatorFormOptions;
  editing: boolean;
  programmeId: string;
  setProgrammeId: (id: string) => void;
  actionPlanId: string;
  setActionPlanId: (id: string) => void;
}

/** The programme or Action Plan the indicator belongs to, and its result area. */
function OwnerFields({ state, values, errors, owner, options, editing, programmeId, setProgrammeId, actionPlanId, setActionPlanId }: OwnerProps) {
  const t = useTranslations();
  const programme = options.programmes.find((p) => p.id === programmeId);
  const plan = programmeId ? undefined : options.plans.find((p) => p.id === actionPlanId);
  const areas = programme?.resultAreas ?? plan?.resultAreas ?? [];
  return (
    <>
    {owner ? (
      <p className="text-sm">
        <span className="text-slate-600">{t("common.labelColon", { label: owner.programmeId ? t("indicatorForm.programme") : t("indicatorForm.actionPlan") })} </span>
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
    </>
  );
}

/** Code, title, definition, unit, direction, source and disaggregation. */
function DefinitionFields({ state, values, errors, labels }: PartProps) {
  const t = useTranslations();
  const [unit, setUnit] = useState(submitted(state, "unit", values.unit));
  return (
    <>
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
    </>
  );
}

function BaselineFields({ state, values, errors, labels }: PartProps) {
  const t = useTranslations();
  return (
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
  );
}
