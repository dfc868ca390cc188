"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { submitted, type FormState } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { saveReportAction } from "./actions";
import type { ReportFormValues } from "./form-values";

export interface ReportFormIndicator {
  id: string;
  code: string;
  title: string;
  unit: "COUNT" | "PERCENT" | "YES_NO" | "CURRENCY";
  currency: string | null;
  disaggregateBySex: boolean;
  disaggregateByNsb: boolean;
}

/**
 * New or edit report: value (and values by sex when the indicator asks for them),
 * narrative and evidence links (repeatable). "Save draft" or "Save and submit".
 * For a new report the period (and, for staff, the NSB) are chosen here; when editing
 * they are fixed. Files are attached on the report's page once the draft exists.
 */
export function ReportForm({
  indicator,
  periods,
  nsbs,
  fixed,
  values,
  version,
  cancelHref,
}: {
  indicator: ReportFormIndicator;
  periods: { key: string; label: string }[];
  /** NSBs to choose from (staff, NSB-disaggregated indicators); empty when fixed. */
  nsbs: { id: string; label: string }[];
  /** Period and NSB already decided (editing, or a focal point's own NSB). */
  fixed: { period?: { key: string; label: string }; organization?: { id: string | null; label: string } };
  values: ReportFormValues;
  version?: number;
  cancelHref: string;
}) {
  const t = useTranslations("reportForm");
  const [state, action, pending] = useActionRound(saveReportAction);
  const labels = { value: t("value"), valueFemale: t("valueFemale"), valueMale: t("valueMale"), valueOther: t("valueOther"), narrative: t("narrative") };
  return (
    <form action={action} className="max-w-3xl space-y-6" noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="indicatorId" value={indicator.id} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <Fields key={state.round} state={state} indicator={indicator} periods={periods} nsbs={nsbs} fixed={fixed} values={values} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("saveDraft")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={pending} aria-busy={pending}>
          {t("saveAndSubmit")}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">{t("cancel")}</ButtonLink>
      </div>
      <p className="text-sm text-slate-600">{t("submitHint")}</p>
    </form>
  );
}

function linksOf(state: FormState, fallback: string[]): string[] {
  if (!state.values) return fallback.length ? fallback : [""];
  const v = state.values["evidenceLinks[]"];
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.length ? list : [""];
}

function Fields({
  state,
  indicator,
  periods,
  nsbs,
  fixed,
  values,
}: {
  state: FormState;
  indicator: ReportFormIndicator;
  periods: { key: string; label: string }[];
  nsbs: { id: string; label: string }[];
  fixed: { period?: { key: string; label: string }; organization?: { id: string | null; label: string } };
  values: ReportFormValues;
}) {
  const t = useTranslations("reportForm");
  const errors = state.fieldErrors ?? {};
  const [links, setLinks] = useState<string[]>(() => linksOf(state, values.evidenceLinks));
  const unitHint = t(`unitHint.${indicator.unit}`, { currency: indicator.currency ?? "" });
  const numberInput = (name: keyof ReportFormValues, props: Record<string, unknown>) => (
    <input {...props} type="text" inputMode="decimal" autoComplete="off" defaultValue={submitted(state, name, values[name] as string)} />
  );
  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("whatSection")}</legend>
        <p className="text-sm text-slate-700">
          <span className="font-mono text-xs">{indicator.code}</span> {indicator.title}
        </p>
        {fixed.period ? (
          <div>
            <p className="text-sm font-medium text-slate-800">{t("period")}</p>
            <p className="text-sm text-slate-700" data-testid="report-period">{fixed.period.label}</p>
            <input type="hidden" name="period" value={fixed.period.key} />
          </div>
        ) : (
          <Field label={t("period")} name="period" errors={errors.period}>
            {(p) => (
              <select {...p} defaultValue={submitted(state, "period", values.period)}>
                <option value="">{t("choose")}</option>
                {periods.map((o) => (
                  <option key={o.key} value={o.key}>{o.label}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        {fixed.organization ? (
          <div>
            <p className="text-sm font-medium text-slate-800">{t("nsb")}</p>
            <p className="text-sm text-slate-700" data-testid="report-nsb">{fixed.organization.label}</p>
            <input type="hidden" name="organizationId" value={fixed.organization.id ?? ""} />
            {errors.organizationId ? <p className="text-sm text-rose-700">{errors.organizationId.join(" ")}</p> : null}
          </div>
        ) : indicator.disaggregateByNsb ? (
          <Field label={t("nsb")} name="organizationId" errors={errors.organizationId}>
            {(p) => (
              <select {...p} defaultValue={submitted(state, "organizationId", values.organizationId)}>
                <option value="">{t("choose")}</option>
                {nsbs.map((o) => (
                  <option key={o.id} value={o.id}>{o.label}</option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <input type="hidden" name="organizationId" value="" />
        )}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("valueSection")}</legend>
        <Field label={t("value")} name="value" errors={errors.value} hint={unitHint}>
          {(p) =>
            indicator.unit === "YES_NO" ? (
              <select {...p} defaultValue={submitted(state, "value", values.value)}>
                <option value="">{t("choose")}</option>
                <option value="1">{t("yes")}</option>
                <option value="0">{t("no")}</option>
              </select>
            ) : (
              numberInput("value", p)
            )
          }
        </Field>
        {indicator.disaggregateBySex ? (
          <div className="space-y-2">
            <p className="text-sm text-slate-600">{indicator.unit === "COUNT" || indicator.unit === "CURRENCY" ? t("bySexHintSum") : t("bySexHint")}</p>
            <div className="grid gap-4 sm:grid-cols-3">
              <Field label={t("valueFemale")} name="valueFemale" errors={errors.valueFemale}>
                {(p) => numberInput("valueFemale", p)}
              </Field>
              <Field label={t("valueMale")} name="valueMale" errors={errors.valueMale}>
                {(p) => numberInput("valueMale", p)}
              </Field>
              <Field label={t("valueOther")} name="valueOther" errors={errors.valueOther} hint={t("valueOtherHint")}>
                {(p) => numberInput("valueOther", p)}
              </Field>
            </div>
          </div>
        ) : null}
        <Field label={t("narrative")} name="narrative" errors={errors.narrative} hint={t("narrativeHint")}>
          {(p) => <textarea {...p} rows={6} maxLength={5000} defaultValue={submitted(state, "narrative", values.narrative)} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("linksSection")}</legend>
        <p className="text-sm text-slate-600">{t("linksHint")}</p>
        {links.map((link, i) => (
          <div key={i} className="flex items-end gap-2">
            <div className="flex-1">
              <Field label={t("linkLabel", { n: i + 1 })} name="evidenceLinks[]">
                {(p) => <input {...p} type="url" inputMode="url" placeholder="https://" value={link} onChange={(e) => setLinks((all) => all.map((l, j) => (j === i ? e.target.value : l)))} />}
              </Field>
            </div>
            <Button type="button" variant="secondary" aria-label={t("removeLink", { n: i + 1 })} onClick={() => setLinks((all) => (all.length > 1 ? all.filter((_, j) => j !== i) : [""]))}>
              {t("remove")}
            </Button>
          </div>
        ))}
        {errors["evidenceLinks[]"] || errors.evidenceLinks ? (
          <p className="text-sm text-rose-700" role="alert">{[...(errors["evidenceLinks[]"] ?? []), ...(errors.evidenceLinks ?? [])].join(" ")}</p>
        ) : null}
        {links.length < 10 ? (
          <Button type="button" variant="secondary" onClick={() => setLinks((all) => [...all, ""])}>
            {t("addLink")}
          </Button>
        ) : null}
      </fieldset>
    </>
  );
}
