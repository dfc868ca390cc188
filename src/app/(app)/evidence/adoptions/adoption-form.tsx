"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitted, type FormState } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { formValues, issuesToFieldErrors } from "@/lib/form-fields";
import { AdoptionDegree } from "@/generated/prisma/enums";
import { createAdoptionAction, updateAdoptionAction } from "../actions";
import { adoptionFormSchema, EVIDENCE_LIMITS } from "@/domain/evidence/schema";
import { translateFieldErrors } from "@/i18n/problems";
import { useProblemTranslator } from "@/i18n/use-problems";

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

type Errors = Record<string, string[] | undefined>;

/** A national adoption, new or edited. */
export function AdoptionForm({ initial, options }: { initial: AdoptionFormValues; options: AdoptionFormOptions }) {
  const t = useTranslations("evidenceAdoptions");
  const tErrors = useTranslations("errors");
  const editing = Boolean(initial.id);
  const [state, action] = useActionRound(editing ? updateAdoptionAction : createAdoptionAction);
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const translateProblem = useProblemTranslator();
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (clientErrors) summaryRef.current?.focus();
  }, [clientErrors]);

  /** The server's schema, run first in the browser: mistakes show at once. */
  function check(event: React.FormEvent<HTMLFormElement>) {
    const result = adoptionFormSchema.safeParse(formValues(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(translateFieldErrors(issuesToFieldErrors(result.error), translateProblem) ?? {});
  }

  const labels = {
    standardReference: t("standardReference"),
    nationalReference: t("nationalReference"),
    adoptionDate: t("adoptionDate"),
    degree: t("degree"),
  };

  return (
    <form action={action} onSubmit={check} noValidate className="space-y-6" data-testid="adoption-form">
      {clientErrors ? (
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          <Alert tone="error" testId="form-error">{tErrors("checkFields")}</Alert>
        </div>
      ) : (
        <FormMessage state={state} labels={labels} />
      )}
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial.version ? <input type="hidden" name="version" value={initial.version} /> : null}
      <AdoptionFields key={state.round} state={state} errors={clientErrors ?? state.fieldErrors ?? {}} initial={initial} options={options} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{editing ? t("save") : t("create")}</SubmitButton>
        <ButtonLink href="/evidence/adoptions" variant="secondary">{t("cancel")}</ButtonLink>
      </div>
    </form>
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
