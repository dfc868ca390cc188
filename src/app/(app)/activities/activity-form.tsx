"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { FormActions, FormShell, useFormShell, type Errors } from "@/components/forms/form-shell";
import { CurrencySelect } from "@/components/forms/currency-select";
import { submitted, type FormState } from "@/lib/form-state";
import { ActivityLevel, ActivityStatus, ActivityType, Modality } from "@/generated/prisma/enums";
import type { ActivityFormOptions } from "@/server/activities";
import { createActivityAction, updateActivityAction } from "./actions";
import { ACTIVITY_LIMITS, activityFormSchema } from "@/domain/activities/schema";
import { TranslationFields } from "@/components/forms/translation-fields";
import { LanguageOptions } from "@/components/forms/language-options";

export interface ActivityFormValues {
  id?: string;
  version?: number;
  programmeId: string;
  resultAreaId: string;
  title: string;
  description: string;
  language?: string;
  /** French and Spanish versions of title and description ("" when none). */
  translations?: Partial<Record<string, string>>;
  type: string;
  level: string;
  modality: string;
  status: string;
  startDate: string;
  endDate: string;
  venueCity: string;
  venueCountryCode: string;
  topics: string;
  budgetAmount: string;
  actualCost: string;
  currency: string;
  targetNsbIds: string[];
}

const asList = (value: string | string[] | undefined): string[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

/** The activity form, for a new activity of a programme and for editing one. */
export function ActivityForm({ initial, options, cancelHref }: { initial: ActivityFormValues; options: ActivityFormOptions; cancelHref: string }) {
  const t = useTranslations("activityForm");
  const editing = Boolean(initial.id);
  const shell = useFormShell(editing ? updateActivityAction : createActivityAction, activityFormSchema);
  const labels = Object.fromEntries(LABELLED.map((name) => [name, t(name === "venueCountryCode" ? "venueCountry" : name)]));
  return (
    <FormShell shell={shell} labels={labels} record={initial} testId="activity-form"
      footer={<FormActions submit={editing ? t("save") : t("create")} cancel={t("cancel")} cancelHref={cancelHref} />}>
      <ActivityFields state={shell.state} errors={shell.errors} initial={initial} options={options} />
    </FormShell>
  );
}

/** The fields the conflict view compares. */
const LABELLED = ["title", "description", "type", "level", "modality", "status", "startDate", "endDate", "venueCity", "venueCountryCode", "topics", "budgetAmount", "actualCost", "currency"] as const;

interface PartProps {
  state: FormState;
  errors: Errors;
  initial: ActivityFormValues;
  options: ActivityFormOptions;
}

function ActivityFields(props: PartProps) {
  const t = useTranslations("activityForm");
  const tc = useTranslations("common");
  const { errors, initial, options, state } = props;
  const value = (name: string, fallback: string) => submitted(state, name, fallback);
  return (
    <>
      <input type="hidden" name="programmeId" value={initial.programmeId} />
      {errors.programmeId ? <Alert tone="error">{errors.programmeId.join(" ")}</Alert> : null}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("essentials")}</legend>
        <p className="text-sm text-slate-600 sm:col-span-2 lg:col-span-4">
          {tc("labelColon", { label: t("programme") })} <span className="font-mono text-xs">{options.programme.code}</span> {options.programme.title}
        </p>
        <div className="sm:col-span-2 lg:col-span-4">
          <Field label={t("title")} name="title" errors={errors.title}>
            {(p) => <input {...p} defaultValue={value("title", initial.title)} maxLength={ACTIVITY_LIMITS.title} />}
          </Field>
        </div>
        <KindAndPlaceFields {...props} />
        <ContextFields {...props} />
      </fieldset>
      <MoneyFields {...props} />
      <TargetNsbFields {...props} />
    </>
  );
}

/** Type, level, modality, status, dates and venue. */
function KindAndPlaceFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("activityForm");
  const tEnums = useTranslations("enums");
  const value = (name: string, fallback: string) => submitted(state, name, fallback);
  const enumSelect = (name: "type" | "level" | "modality" | "status", values: Record<string, string>, enumKey: string) => (
    <Field label={t(name)} name={name} errors={errors[name]}>
      {(p) => (
        <select {...p} defaultValue={value(name, initial[name])}>
          {Object.values(values).map((v) => (
            <option key={v} value={v}>{tEnums(`${enumKey}.${v}`)}</option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <>
    {enumSelect("type", ActivityType, "activityType")}
    {enumSelect("level", ActivityLevel, "activityLevel")}
    {enumSelect("modality", Modality, "modality")}
    {enumSelect("status", ActivityStatus, "activityStatus")}
    <Field label={t("startDate")} name="startDate" errors={errors.startDate}>
      {(p) => <input {...p} type="date" defaultValue={value("startDate", initial.startDate)} />}
    </Field>
    <Field label={t("endDate")} name="endDate" errors={errors.endDate}>
      {(p) => <input {...p} type="date" defaultValue={value("endDate", initial.endDate)} />}
    </Field>
    <Field label={t("venueCity")} name="venueCity" errors={errors.venueCity}>
      {(p) => <input {...p} defaultValue={value("venueCity", initial.venueCity)} maxLength={ACTIVITY_LIMITS.venueCity} />}
    </Field>
    <Field label={t("venueCountry")} name="venueCountryCode" errors={errors.venueCountryCode}>
      {(p) => (
        <select {...p} defaultValue={value("venueCountryCode", initial.venueCountryCode)}>
          <option value="">{t("noCountry")}</option>
          {options.countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      )}
    </Field>
    </>
  );
}

/** Result area, topics, description and its language and translations. */
function ContextFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("activityForm");
  const tEnums = useTranslations("enums");
  const value = (name: string, fallback: string) => submitted(state, name, fallback);
  return (
    <>
    <div className="sm:col-span-2">
      <Field label={t("resultArea")} name="resultAreaId" errors={errors.resultAreaId} hint={t("resultAreaHint")}>
        {(p) => (
          <select {...p} defaultValue={value("resultAreaId", initial.resultAreaId)}>
            <option value="">{t("noResultArea")}</option>
            {options.resultAreas.map((r) => (
              <option key={r.id} value={r.id}>{r.code} — {r.title} ({tEnums(`resultLevel.${r.level}`)})</option>
            ))}
          </select>
        )}
      </Field>
    </div>
    <div className="sm:col-span-2">
      <Field label={t("topics")} name="topics" errors={errors.topics} hint={t("topicsHint")}>
        {(p) => <input {...p} defaultValue={value("topics", initial.topics)} />}
      </Field>
    </div>
    <div className="sm:col-span-2 lg:col-span-4">
      <Field label={t("description")} name="description" errors={errors.description}>
        {(p) => <textarea {...p} rows={4} defaultValue={value("description", initial.description)} maxLength={ACTIVITY_LIMITS.description} />}
      </Field>
    </div>
    <div className="sm:col-span-2">
      <Field label={t("language")} name="language" errors={errors.language} hint={t("languageHint")}>
        {(p) => (
          <select {...p} defaultValue={value("language", initial.language ?? "en")}>
            <LanguageOptions />
          </select>
        )}
      </Field>
    </div>
    <div className="sm:col-span-2 lg:col-span-4">
      <TranslationFields
        fields={[
          { name: "title", label: t("title"), max: ACTIVITY_LIMITS.title },
          { name: "description", label: t("description"), max: ACTIVITY_LIMITS.description, rows: 3 },
        ]}
        value={(name) => value(name, initial.translations?.[name] ?? "")}
        errors={errors}
      />
    </div>
    </>
  );
}

function MoneyFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("activityForm");
  const value = (name: string, fallback: string) => submitted(state, name, fallback);
  return (
  <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-3">
    <legend className="px-1 text-base font-semibold text-slate-900">{t("money")}</legend>
    <Field label={t("budgetAmount")} name="budgetAmount" errors={errors.budgetAmount} hint={t("amountHint")}>
      {(p) => <input {...p} inputMode="decimal" defaultValue={value("budgetAmount", initial.budgetAmount)} />}
    </Field>
    <Field label={t("actualCost")} name="actualCost" errors={errors.actualCost} hint={t("amountHint")}>
      {(p) => <input {...p} inputMode="decimal" defaultValue={value("actualCost", initial.actualCost)} />}
    </Field>
    <Field label={t("currency")} name="currency" errors={errors.currency}>
      {(p) => <CurrencySelect {...p} value={value("currency", initial.currency)} currencies={options.currencies} />}
    </Field>
  </fieldset>
  );
}

function TargetNsbFields({ state, errors, initial, options }: PartProps) {
  const t = useTranslations("activityForm");
  const targets = new Set(state.values ? asList(state.values.targetNsbIds) : initial.targetNsbIds);
  return (
  <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-describedby={errors.targetNsbIds ? "targetNsbIds-error" : "targetNsbIds-hint"}>
    <legend className="px-1 text-base font-semibold text-slate-900">{t("targetNsbs")}</legend>
    <p id="targetNsbIds-hint" className="mb-2 text-sm text-slate-600">{t("targetNsbsHint")}</p>
    {errors.targetNsbIds ? <p id="targetNsbIds-error" className="mb-2 text-sm text-rose-700">{errors.targetNsbIds.join(" ")}</p> : null}
    {options.nsbs.length === 0 ? <p className="text-sm text-slate-600">{t("noBeneficiaries")}</p> : null}
    <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="target-nsbs">
      {options.nsbs.map((n) => (
        <label key={n.id} className="flex items-start gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
          <input type="checkbox" name="targetNsbIds" value={n.id} defaultChecked={targets.has(n.id)} className="mt-0.5 h-4 w-4" />
          <span>
            <span className="font-medium">{n.acronym}</span> <span className="text-slate-600">{n.name}{n.country ? ` (${n.country})` : ""}</span>
          </span>
        </label>
      ))}
    </div>
  </fieldset>

  );
}
