"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormActions, FormShell, useFormShell } from "@/components/forms/form-shell";
import { MembershipCategory, OrganizationKind } from "@/generated/prisma/enums";
import { submitted, type FormState } from "@/lib/form-state";
import { createOrganizationAction, updateOrganizationAction } from "./actions";

export interface OrganizationFormValues {
  id: string;
  version: number;
  name: string;
  acronym: string;
  kind: OrganizationKind;
  countryCode: string | null;
  membershipCategory: MembershipCategory | null;
  website: string | null;
}

/** New or edit organisation; keeps what was typed after an error and shows the conflict view. */
export function OrganizationForm({ organization, countries }: { organization?: OrganizationFormValues; countries: { code: string; name: string }[] }) {
  const t = useTranslations();
  const shell = useFormShell(organization ? updateOrganizationAction : createOrganizationAction);
  const labels = {
    name: t("organizationForm.name"),
    acronym: t("organizationForm.acronym"),
    kind: t("organizationForm.kind"),
    countryCode: t("organizationForm.country"),
    membershipCategory: t("organizationForm.membershipCategory"),
    website: t("organizationForm.website"),
  };
  return (
    <FormShell shell={shell} labels={labels} record={organization} className="max-w-2xl space-y-4"
      footer={
        <FormActions
          submit={organization ? t("organizationForm.save") : t("organizationForm.create")}
          cancel={t("common.cancel")}
          cancelHref={organization ? `/organizations/${organization.id}` : "/organizations"}
        />
      }>
      <Fields state={shell.state} organization={organization} countries={countries} labels={labels} />
    </FormShell>
  );
}

function Fields({
  state,
  organization,
  countries,
  labels,
}: {
  state: FormState;
  organization?: OrganizationFormValues;
  countries: { code: string; name: string }[];
  labels: Record<"name" | "acronym" | "kind" | "countryCode" | "membershipCategory" | "website", string>;
}) {
  const t = useTranslations();
  const errors = state.fieldErrors ?? {};
  const [kind, setKind] = useState(submitted(state, "kind", organization?.kind ?? "NSB"));
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <Field label={labels.name} name="name" errors={errors.name}>
            {(props) => <input {...props} defaultValue={submitted(state, "name", organization?.name)} maxLength={200} required />}
          </Field>
        </div>
        <Field label={labels.acronym} name="acronym" errors={errors.acronym} hint={t("organizationForm.acronymHint")}>
          {(props) => <input {...props} defaultValue={submitted(state, "acronym", organization?.acronym)} maxLength={30} required />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={labels.kind} name="kind" errors={errors.kind}>
          {(props) => (
            <select {...props} defaultValue={kind} onChange={(e) => setKind(e.target.value)} required>
              {Object.values(OrganizationKind).map((k) => (
                <option key={k} value={k}>{t(`enums.organizationKind.${k}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.countryCode} name="countryCode" errors={errors.countryCode} hint={kind === "NSB" ? t("organizationForm.countryHintNsb") : undefined}>
          {(props) => (
            <select {...props} defaultValue={submitted(state, "countryCode", organization?.countryCode)}>
              <option value="">{t("organizationForm.noCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>{c.name}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {kind === "NSB" ? (
        <Field label={labels.membershipCategory} name="membershipCategory" errors={errors.membershipCategory} hint={t("organizationForm.membershipHint")}>
          {(props) => (
            <select {...props} defaultValue={submitted(state, "membershipCategory", organization?.membershipCategory)} required>
              <option value="">{t("organizationForm.choose")}</option>
              {Object.values(MembershipCategory).map((m) => (
                <option key={m} value={m}>{t(`enums.membershipCategory.${m}`)}</option>
              ))}
            </select>
          )}
        </Field>
      ) : errors.membershipCategory ? (
        <p className="text-sm text-rose-700">{errors.membershipCategory.join(" ")}</p>
      ) : null}
      <Field label={labels.website} name="website" errors={errors.website} hint={t("organizationForm.websiteHint")}>
        {(props) => <input {...props} type="url" inputMode="url" placeholder="https://" defaultValue={submitted(state, "website", organization?.website)} maxLength={300} />}
      </Field>
    </>
  );
}
