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
import { CommitteeMembership, Leadership } from "@/generated/prisma/enums";
import { createCommitteeRoleAction, updateCommitteeRoleAction } from "../actions";
import { committeeRoleFormSchema, EVIDENCE_LIMITS } from "@/domain/evidence/schema";
import { translateFieldErrors } from "@/i18n/problems";
import { useProblemTranslator } from "@/i18n/use-problems";

export interface CommitteeRoleFormValues {
  id?: string;
  version?: number;
  organizationId: string;
  committee: string;
  membership: string;
  leadership: string;
  fromDate: string;
  toDate: string;
}

type Errors = Record<string, string[] | undefined>;

/** An NSB's role in an ISO committee, new or edited. */
export function CommitteeRoleForm({ initial, nsbs }: { initial: CommitteeRoleFormValues; nsbs: { id: string; acronym: string; name: string }[] }) {
  const t = useTranslations("evidenceCommittees");
  const tErrors = useTranslations("errors");
  const editing = Boolean(initial.id);
  const [state, action] = useActionRound(editing ? updateCommitteeRoleAction : createCommitteeRoleAction);
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const translateProblem = useProblemTranslator();
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (clientErrors) summaryRef.current?.focus();
  }, [clientErrors]);

  function check(event: React.FormEvent<HTMLFormElement>) {
    const result = committeeRoleFormSchema.safeParse(formValues(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(translateFieldErrors(issuesToFieldErrors(result.error), translateProblem) ?? {});
  }

  const labels = { committee: t("committee"), membership: t("membership"), leadership: t("leadership"), fromDate: t("fromDate"), toDate: t("toDate") };

  return (
    <form action={action} onSubmit={check} noValidate className="space-y-6" data-testid="committee-role-form">
      {clientErrors ? (
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          <Alert tone="error" testId="form-error">{tErrors("checkFields")}</Alert>
        </div>
      ) : (
        <FormMessage state={state} labels={labels} />
      )}
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial.version ? <input type="hidden" name="version" value={initial.version} /> : null}
      <CommitteeRoleFields key={state.round} state={state} errors={clientErrors ?? state.fieldErrors ?? {}} initial={initial} nsbs={nsbs} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{editing ? t("save") : t("create")}</SubmitButton>
        <ButtonLink href="/evidence/committees" variant="secondary">{t("cancel")}</ButtonLink>
      </div>
    </form>
  );
}

function CommitteeRoleFields({ state, errors, initial, nsbs }: { state: FormState; errors: Errors; initial: CommitteeRoleFormValues; nsbs: { id: string; acronym: string; name: string }[] }) {
  const t = useTranslations("evidenceCommittees");
  const tEvidence = useTranslations("evidence");
  const tEnums = useTranslations("enums");
  const value = (name: keyof CommitteeRoleFormValues) => submitted(state, name, initial[name] as string);
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2">
      <legend className="sr-only">{t("title")}</legend>
      <Field label={tEvidence("nsb")} name="organizationId" errors={errors.organizationId}>
        {(p) => (
          <select {...p} defaultValue={value("organizationId")}>
            {nsbs.length !== 1 ? <option value="">{tEvidence("chooseNsb")}</option> : null}
            {nsbs.map((n) => (
              <option key={n.id} value={n.id}>{n.acronym} — {n.name}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("committee")} name="committee" errors={errors.committee} hint={t("committeeHint")}>
        {(p) => <input {...p} defaultValue={value("committee")} maxLength={EVIDENCE_LIMITS.committee} autoCapitalize="characters" />}
      </Field>
      <Field label={t("membership")} name="membership" errors={errors.membership}>
        {(p) => (
          <select {...p} defaultValue={value("membership") || "P_MEMBER"}>
            {Object.values(CommitteeMembership).map((m) => (
              <option key={m} value={m}>{tEnums(`committeeMembership.${m}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("leadership")} name="leadership" errors={errors.leadership}>
        {(p) => (
          <select {...p} defaultValue={value("leadership") || "NONE"}>
            {Object.values(Leadership).map((l) => (
              <option key={l} value={l}>{tEnums(`leadership.${l}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("fromDate")} name="fromDate" errors={errors.fromDate}>
        {(p) => <input {...p} type="date" defaultValue={value("fromDate")} />}
      </Field>
      <Field label={t("toDate")} name="toDate" errors={errors.toDate} hint={t("toHint")}>
        {(p) => <input {...p} type="date" defaultValue={value("toDate")} />}
      </Field>
    </fieldset>
  );
}
