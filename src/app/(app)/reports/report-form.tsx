"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormShell, useFormShell } from "@/components/forms/form-shell";
import { saveReportAction } from "./actions";
import type { ReportFormValues } from "./form-values";
import { EvidenceField } from "./evidence-field";
import type { UploadedEvidence } from "./upload-evidence";
import type { ReportStatus } from "@/generated/prisma/enums";
import { ClosedPeriods, LinkFields, takesNew, ValueFields, WhatFields, type FixedChoice } from "./report-form-parts";

/** A period the form may offer; for a new report, what closes it (a lock, reports already made per NSB). */
export interface ReportFormPeriod {
  key: string;
  label: string;
  /** The reason of the active lock covering it. */
  lock?: string | null;
  /** Reports already made for it (the caller's to see), by NSB (null: the whole programme). */
  reports?: { id: string; organizationId: string | null; status: ReportStatus }[];
}

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
  fixed: FixedChoice;
  values: ReportFormValues;
  version?: number;
  cancelHref: string;
  /** Editing: the report's files, to add and remove here. */
  evidence?: { reportId: string; files: UploadedEvidence[]; accept: string };
}) {
  const t = useTranslations("reportForm");
  const shell = useFormShell(saveReportAction);
  const pending = shell.pending;
  // A file on its way holds the buttons, so a submission never leaves without it.
  const [uploading, setUploading] = useState(false);
  const busy = pending || uploading;
  const parts = { state: shell.state, errors: shell.state.fieldErrors ?? {}, indicator, values };
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
    <FormShell shell={shell} labels={labels} record={{ version }} className="max-w-3xl space-y-6"
      footer={
        <>
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
        </>
      }>
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <WhatFields {...parts} periods={periods} nsbs={nsbs} fixed={fixed} />
      <ValueFields {...parts} />
      <LinkFields {...parts} />
    </FormShell>
  );
}
