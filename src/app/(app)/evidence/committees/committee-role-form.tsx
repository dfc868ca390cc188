"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormActions, FormShell, useFormShell, type Errors } from "@/components/forms/form-shell";
import { submitted, type FormState } from "@/lib/form-state";
import { CommitteeMembership, Leadership } from "@/generated/prisma/enums";
import { createCommitteeRoleAction, updateCommitteeRoleAction } from "../actions";
import { committeeRoleFormSchema, EVIDENCE_LIMITS } from "@/domain/evidence/schema";

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

/** An NSB's role in an ISO committee, new or edited. */
export function CommitteeRoleForm({ initial, nsbs }: { initial: CommitteeRoleFormValues; nsbs: { id: string; acronym: string; name: string }[] }) {
  const t = useTranslations("evidenceCommittees");
  const editing = Boolean(initial.id);
  const shell = useFormShell(editing ? updateCommitteeRoleAction : createCommitteeRoleAction, committeeRoleFormSchema);
  const labels = { committee: t("committee"), membership: t("membership"), leadership: t("leadership"), fromDate: t("fromDate"), toDate: t("toDate") };
  return (
    <FormShell shell={shell} labels={labels} record={initial} testId="committee-role-form"
      footer={<FormActions submit={editing ? t("save") : t("create")} cancel={t("cancel")} cancelHref="/evidence/committees" />}>
      <CommitteeRoleFields state={shell.state} errors={shell.errors} initial={initial} nsbs={nsbs} />
    </FormShell>
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
