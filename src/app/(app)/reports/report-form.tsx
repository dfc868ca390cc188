"use client";

import { useState } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormMessage } from "@/components/forms/form-message";
import { submitted, type FormState } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { saveReportAction } from "./actions";
import type { ReportFormValues } from "./form-values";
import { EvidenceField } from "./evidence-field";
import type { UploadedEvidence } from "./upload-evidence";
import type { ReportStatus } from "@/generated/prisma/enums";

/** A period the form may offer; for a new report, what closes it (a lock, reports already made per NSB). */
export interface ReportFormPeriod {
  key: string;
  label: string;
  /** The reason of the active lock covering it. */
  lock?: string | null;
  /** Reports already made for it (the caller's to see), by NSB (null: the whole programme). */
  reports?: { id: string; organizationId: string | null; status: ReportStatus }[];
}

/** The report already made in a period for `reportFor` (an NSB id, null: the whole programme; undefined: not chosen yet). */
const reportedIn = (p: ReportFormPeriod, reportFor: string | null | undefined) =>
  reportFor === undefined ? undefined : p.reports?.find((r) => r.organizationId === reportFor);
/** Whether a new report can take the period: not locked, not reported yet for whom it is. */
const takesNew = (p: ReportFormPeriod, reportFor: string | null | undefined) => !p.lock && !reportedIn(p, reportFor);

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
 * they are fixed. Editing a report (draft or returned), its evidence files are added and
 * removed here too, so one "Save and submit" sends them; a new report takes files once saved.
 */
export function ReportForm({
  indicator,
  periods,
  nsbs,
  fixed,
  values,
  version,
  cancelHref,
  evidence,
}: {
  indicator: ReportFormIndicator;
  periods: ReportFormPeriod[];
  /** NSBs to choose from (staff, NSB-disaggregated indicators); empty when fixed. */
  nsbs: { id: string; label: string }[];
  /** Period and NSB already decided (editing, or a focal point's own NSB). */
  fixed: { period?: { key: string; label: string }; organization?: { id: string | null; label: string } };
  values: ReportFormValues;
  version?: number;
  cancelHref: string;
  /** Editing: the report's files, to add and remove here. */
  evidence?: { reportId: string; files: UploadedEvidence[]; accept: string };
}) {
  const t = useTranslations("reportForm");
  const [state, action, pending] = useActionRound(saveReportAction);
  // A file on its way holds the buttons, so a submission never leaves without it.
  const [uploading, setUploading] = useState(false);
  const busy = pending || uploading;
  const labels = { value: t("value"), valueFemale: t("valueFemale"), valueMale: t("valueMale"), valueOther: t("valueOther"), narrative: t("narrative") };
  // Whom the report is for is already known (a focal point's NSB, or the whole programme) and
  // no period is open to it: say so and link the reports, rather than a form nothing can save.
  const fixedFor = fixed.organization ? fixed.organization.id : indicator.disaggregateByNsb ? undefined : null;
  if (!fixed.period && fixedFor !== undefined && periods.length > 0 && periods.every((p) => !takesNew(p, fixedFor))) {
    return (
      <div className="max-w-3xl space-y-4" data-testid="no-open-period">
        <Alert tone="warning">{t("noOpenPeriodFor", { who: fixed.organization?.label ?? t("wholeProgramme") })}</Alert>
        <ClosedPeriods periods={periods} reportFor={fixedFor} />
        <ButtonLink href={cancelHref} variant="secondary">{t("backToReports")}</ButtonLink>
      </div>
    );
  }
  return (
    <form action={action} className="max-w-3xl space-y-6" noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="indicatorId" value={indicator.id} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <Fields key={state.round} state={state} indicator={indicator} periods={periods} nsbs={nsbs} fixed={fixed} values={values} />
      {evidence ? <EvidenceField reportId={evidence.reportId} initial={evidence.files} accept={evidence.accept} onBusy={setUploading} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={busy} aria-busy={busy}>
          {pending ? t("saving") : t("saveDraft")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={busy} aria-busy={busy}>
          {t("saveAndSubmit")}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">{t("cancel")}</ButtonLink>
      </div>
      <p className="text-sm text-slate-600">{evidence ? t("submitHint") : `${t("submitHint")} ${t("filesAfterSave")}`}</p>
    </form>
  );
}

function linksOf(state: FormState, fallback: string[]): string[] {
  if (!state.values) return fallback.length ? fallback : [""];
  const v = state.values["evidenceLinks[]"];
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.length ? list : [""];
}

/*
 * One component on purpose (ARCHITECTURE.md, "Where each rule lives", form shell): the
 * period and NSB selects are controlled, and React resets a form's fields after its action;
 * split into sections, the "what" section did not render again after that reset and the
 * chosen period showed as unchosen after a refused save (tests/e2e/reports.spec.ts).
 */
// eslint-disable-next-line max-lines-per-function -- see above
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
  periods: ReportFormPeriod[];
  nsbs: { id: string; label: string }[];
  fixed: { period?: { key: string; label: string }; organization?: { id: string | null; label: string } };
  values: ReportFormValues;
}) {
  const t = useTranslations("reportForm");
  const errors = state.fieldErrors ?? {};
  const [links, setLinks] = useState<string[]>(() => linksOf(state, values.evidenceLinks));
  const [organizationId, setOrganizationId] = useState(() => submitted(state, "organizationId", values.organizationId));
  const [period, setPeriod] = useState(() => submitted(state, "period", values.period));
  // Whom a new report is for: fixed (a focal point's NSB, or the whole programme), else the
  // NSB chosen below; undefined until staff choose one (then no period counts as reported yet).
  const reportFor: string | null | undefined = fixed.organization ? fixed.organization.id : indicator.disaggregateByNsb ? organizationId || undefined : null;
  const open = (p: ReportFormPeriod) => takesNew(p, reportFor);
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
        {fixed.organization ? (
          <div>
            <p className="text-sm font-medium text-slate-800">{t("nsb")}</p>
            <p className="text-sm text-slate-700" data-testid="report-nsb">{fixed.organization.label}</p>
            <input type="hidden" name="organizationId" value={fixed.organization.id ?? ""} />
            {errors.organizationId ? <p className="text-sm text-rose-700">{errors.organizationId.join(" ")}</p> : null}
          </div>
        ) : indicator.disaggregateByNsb ? (
          <Field label={t("nsb")} name="organizationId" errors={errors.organizationId} hint={t("nsbFirstHint")}>
            {(p) => (
              <select {...p} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
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
        {fixed.period ? (
          <div>
            <p className="text-sm font-medium text-slate-800">{t("period")}</p>
            <p className="text-sm text-slate-700" data-testid="report-period">{fixed.period.label}</p>
            <input type="hidden" name="period" value={fixed.period.key} />
          </div>
        ) : (
          <div className="space-y-2">
            {/* Only periods that can take a new report are choosable; the others say why (the data layer refuses them too). */}
            <Field label={t("period")} name="period" errors={errors.period} hint={periods.every((p) => !open(p)) ? t("noOpenPeriod") : undefined}>
              {(p) => (
                <select {...p} value={periods.some((o) => o.key === period && open(o)) ? period : ""} onChange={(e) => setPeriod(e.target.value)}>
                  <option value="">{t("choose")}</option>
                  {periods.map((o) => (
                    <option key={o.key} value={o.key} disabled={!open(o)}>
                      {o.lock ? t("periodLocked", { period: o.label }) : reportedIn(o, reportFor) ? t("periodReported", { period: o.label }) : o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ClosedPeriods periods={periods} reportFor={reportFor} />
          </div>
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

/** The periods a new report cannot take, and why: the lock's reason, or a link to the report already made. */
function ClosedPeriods({ periods, reportFor }: { periods: ReportFormPeriod[]; reportFor: string | null | undefined }) {
  const t = useTranslations("reportForm");
  const tStatus = useTranslations("enums.reportStatus");
  const closed = periods.filter((p) => !takesNew(p, reportFor));
  if (closed.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-slate-700" data-testid="closed-periods">
      {closed.map((o) => {
        const report = reportedIn(o, reportFor);
        return (
          <li key={o.key}>
            {o.lock ? (
              t("lockedBecause", { period: o.label, reason: o.lock })
            ) : report ? (
              <>
                {t("alreadyReported", { period: o.label, status: tStatus(report.status) })}{" "}
                <Link href={`/reports/${report.id}`} className="font-medium text-brand-700 underline hover:no-underline">
                  {t("openReport")}<span className="sr-only"> ({o.label})</span>
                </Link>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
