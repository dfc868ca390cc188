"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormActions, FormShell, useFormShell, type Errors } from "@/components/forms/form-shell";
import { submitted, type FormState } from "@/lib/form-state";
import { AdoptionDegree } from "@/generated/prisma/enums";
import { createAdoptionAction, updateAdoptionAction } from "../actions";
import { adoptionFormSchema, EVIDENCE_LIMITS } from "@/domain/evidence/schema";

export interface AdoptionFormValues {
  id?: string;
  version?: number;
  organizationId: string;
  standardReference: string;
  nationalReference: string;
  adoptionDate: string;
  degree: string;
  programmeId: string;
}

export interface AdoptionFormOptions {
  nsbs: { id: string; acronym: string; name: string }[];
  programmes: { id: string; code: string; title: string; nsbIds: string[] }[];
}

/** A national adoption, new or edited. */
export function AdoptionForm({ initial, options }: { initial: AdoptionFormValues; options: AdoptionFormOptions }) {
  const t = useTranslations("evidenceAdoptions");
  const editing = Boolean(initial.id);
  const shell = useFormShell(editing ? updateAdoptionAction : createAdoptionAction, adoptionFormSchema);
  const labels = {
    standardReference: t("standardReference"),
    nationalReference: t("nationalReference"),
    adoptionDate: t("adoptionDate"),
    degree: t("degree"),
  };
  return (
    <FormShell shell={shell} labels={labels} record={initial} testId="adoption-form"
      footer={<FormActions submit={editing ? t("save") : t("create")} cancel={t("cancel")} cancelHref="/evidence/adoptions" />}>
      <AdoptionFields state={shell.state} errors={shell.errors} initial={initial} options={options} />
    </FormShell>
  );
}

function AdoptionFields({ state, errors, initial, options }: { state: FormState; errors: Errors; initial: AdoptionFormValues; options: AdoptionFormOptions }) {
  const t = useTranslations("evidenceAdoptions");
  const tEvidence = useTranslations("evidence");
  const tEnums = useTranslations("enums");
  const value = (name: keyof AdoptionFormValues) => submitted(state, name, initial[name] as string);
  const [nsbId, setNsbId] = useState(() => value("organizationId") || (options.nsbs.length === 1 ? options.nsbs[0]!.id : ""));
  const [programmeId, setProgrammeId] = useState(() => value("programmeId"));
  // Only programmes the chosen NSB benefits from (and the one already chosen, so it is never silently dropped).
  const programmes = options.programmes.filter((p) => p.nsbIds.includes(nsbId) || p.id === programmeId);

  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2">
      <legend className="sr-only">{t("title")}</legend>
      <Field label={tEvidence("nsb")} name="organizationId" errors={errors.organizationId}>
        {(p) => (
          <select {...p} value={nsbId} onChange={(e) => setNsbId(e.target.value)}>
            {options.nsbs.length !== 1 ? <option value="">{tEvidence("chooseNsb")}</option> : null}
            {options.nsbs.map((n) => (
              <option key={n.id} value={n.id}>{n.acronym} — {n.name}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("programme")} name="programmeId" errors={errors.programmeId} hint={t("programmeHint")}>
        {(p) => (
          <select {...p} value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
            <option value="">{t("noProgramme")}</option>
            {programmes.map((pr) => (
              <option key={pr.id} value={pr.id}>{pr.code} — {pr.title}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("standardReference")} name="standardReference" errors={errors.standardReference} hint={t("standardHint")}>
        {(p) => <input {...p} defaultValue={value("standardReference")} maxLength={EVIDENCE_LIMITS.standardReference} autoCapitalize="characters" />}
      </Field>
      <Field label={t("nationalReference")} name="nationalReference" errors={errors.nationalReference} hint={t("nationalHint")}>
        {(p) => <input {...p} defaultValue={value("nationalReference")} maxLength={EVIDENCE_LIMITS.nationalReference} />}
      </Field>
      <Field label={t("adoptionDate")} name="adoptionDate" errors={errors.adoptionDate}>
        {(p) => <input {...p} type="date" defaultValue={value("adoptionDate")} />}
      </Field>
      <Field label={t("degree")} name="degree" errors={errors.degree}>
        {(p) => (
          <select {...p} defaultValue={value("degree") || "IDENTICAL"}>
            {Object.values(AdoptionDegree).map((d) => (
              <option key={d} value={d}>{tEnums(`adoptionDegree.${d}`)}</option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
