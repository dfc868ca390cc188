"use client";

import { Fragment } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormShell, useFormShell } from "@/components/forms/form-shell";
import { submitted, type FormState } from "@/lib/form-state";
import { defaultNsbCountry, followNsbCountry } from "@/lib/nsb-country";
import { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";

export interface ParticipantFormValues {
  id?: string;
  version?: number;
  fullName: string;
  email: string | null;
  sex: string;
  ageBand: string;
  stakeholderGroup: string;
  organizationName: string;
  jobTitle: string;
  countryCode: string | null;
  organizationId: string | null;
  consentToContact: boolean;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ParticipantForm({
  action,
  participant,
  nsbs,
  countries,
  chooseNsb,
}: {
  action: Action;
  participant?: ParticipantFormValues;
  nsbs: { id: string; acronym: string; name: string; countryCode?: string | null }[];
  countries: { code: string; name: string }[];
  chooseNsb: boolean;
}) {
  const t = useTranslations("participants");
  const shell = useFormShell(action);
  const labels = { fullName: t("fullName"), email: t("email"), sex: t("sex"), ageBand: t("ageBand"), stakeholderGroup: t("stakeholderGroup"), organizationName: t("organizationName") };
  return (
    <FormShell shell={shell} labels={labels} record={participant} className="space-y-5" footer={<SubmitButton />}>
      <DuplicatesNotice state={shell.state} />
      <ParticipantFields state={shell.state} participant={participant} nsbs={nsbs} countries={countries} chooseNsb={chooseNsb} />
    </FormShell>
  );
}

/** Registered people who look like the one being created: the user opens them, or creates anyway. */
function DuplicatesNotice({ state }: { state: FormState }) {
  const t = useTranslations("participants");
  if (!state.duplicates?.length) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="duplicates">
      <p className="font-medium">{t("duplicatesIntro")}</p>
      <ul className="mt-2 list-disc pl-5">
        {state.duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/participants/${d.id}`} className="text-brand-700 underline">{d.label}</Link>
          </li>
        ))}
      </ul>
      <label className="mt-3 flex items-center gap-2">
        <input type="checkbox" name="allowDuplicate" className="h-4 w-4" />
        {t("createAnyway")}
      </label>
    </div>
  );
}

function ParticipantFields({ state, participant, nsbs, countries, chooseNsb }: { state: FormState; participant?: ParticipantFormValues; nsbs: { id: string; acronym: string; name: string; countryCode?: string | null }[]; countries: { code: string; name: string }[]; chooseNsb: boolean }) {
  const t = useTranslations("participants");
  const te = useTranslations("enums");
  const value = (name: keyof ParticipantFormValues) => submitted(state, name, participant?.[name] as string | null | undefined);
  const checked = (name: "consentToContact") => (state.values ? state.values[name] === "on" : Boolean(participant?.[name]));
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fullName")} name="fullName" errors={state.fieldErrors?.fullName}>
          {(p) => <input {...p} defaultValue={value("fullName")} maxLength={200} required autoComplete="off" />}
        </Field>
        <Field label={t("email")} name="email" errors={state.fieldErrors?.email} hint={t("emailHint")}>
          {(p) => <input {...p} type="email" defaultValue={value("email")} maxLength={320} autoComplete="off" />}
        </Field>
        <Field label={t("sex")} name="sex" errors={state.fieldErrors?.sex}>
          {(p) => (
            <select {...p} defaultValue={value("sex") || "UNDISCLOSED"}>
              {Object.values(Sex).map((s) => <option key={s} value={s}>{te(`sex.${s}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t("ageBand")} name="ageBand" errors={state.fieldErrors?.ageBand}>
          {(p) => (
            <select {...p} defaultValue={value("ageBand") || "UNDISCLOSED"}>
              {Object.values(AgeBand).map((a) => <option key={a} value={a}>{te(`ageBand.${a}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t("stakeholderGroup")} name="stakeholderGroup" errors={state.fieldErrors?.stakeholderGroup}>
          {(p) => (
            <select {...p} defaultValue={value("stakeholderGroup") || "OTHER"}>
              {Object.values(StakeholderGroup).map((g) => <option key={g} value={g}>{te(`stakeholderGroup.${g}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t("organizationName")} name="organizationName" errors={state.fieldErrors?.organizationName}>
          {(p) => <input {...p} defaultValue={value("organizationName")} maxLength={200} />}
        </Field>
        <Field label={t("jobTitle")} name="jobTitle" errors={state.fieldErrors?.jobTitle}>
          {(p) => <input {...p} defaultValue={value("jobTitle")} maxLength={200} />}
        </Field>
        <Field label={t("country")} name="countryCode" errors={state.fieldErrors?.countryCode}>
          {(p) => (
            // A new person starts with their NSB's country; a registered one keeps theirs (even none).
            <select {...p} defaultValue={participant?.id ? value("countryCode") : submitted(state, "countryCode", defaultNsbCountry(nsbs, participant?.organizationId))}>
              <option value="">{t("noCountry")}</option>
              {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </select>
          )}
        </Field>
        {chooseNsb ? (
          <Field label={t("nsb")} name="organizationId" errors={state.fieldErrors?.organizationId}>
            {(p) => (
              <select {...p} defaultValue={value("organizationId")} data-previous={value("organizationId")} onChange={participant?.id ? undefined : (event) => followNsbCountry(event, nsbs)}>
                <option value="">{t("chooseNsb")}</option>
                {nsbs.map((n) => <option key={n.id} value={n.id}>{n.acronym} — {n.name}</option>)}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="consentToContact" defaultChecked={checked("consentToContact")} className="h-4 w-4" />
        {t("consentToContact")}
      </label>
    </>
  );
}
