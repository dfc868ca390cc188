"use client";

import { useActionState, useEffect, useRef } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { Field } from "@/components/ui/field";
import { initialFormState, submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { catchUpNsbCountry, defaultNsbCountry, followNsbCountry } from "@/lib/nsb-country";
import { AgeBand, Sex, StakeholderGroup } from "@/generated/prisma/enums";
import { addAndRegisterAction, registerParticipantsAction } from "./actions";
import { CountryOptions, useCountries, type Country } from "./country-options";

/** Tick existing participants (found with the search above it) and register them. */
export function RegisterExisting({ activityId, candidates }: { activityId: string; candidates: { id: string; label: string }[] }) {
  const t = useTranslations("attendance");
  const [state, action] = useActionState(registerParticipantsAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="activityId" value={activityId} />
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noCandidates")}</p>
      ) : (
        <fieldset>
          <legend className="sr-only">{t("candidates")}</legend>
          {/* Styled once here rather than on each of up to 25 people. */}
          <ul className="max-h-64 space-y-1 overflow-y-auto text-sm [&_input]:h-4 [&_input]:w-4 [&_label]:flex [&_label]:items-center [&_label]:gap-2 [&_label]:[overflow-wrap:anywhere]">
            {candidates.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" name="participantIds[]" value={c.id} />
                  {c.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {state.fieldErrors?.["participantIds[]"] ? <p className="text-sm text-rose-700">{state.fieldErrors["participantIds[]"].join(" ")}</p> : null}
      {candidates.length ? <SubmitButton>{t("registerSelected")}</SubmitButton> : null}
    </form>
  );
}

/** Add a person who is not in the registry yet, and register them on the activity. */
export function AddNewParticipant({ activityId, nsbs, chooseNsb, nsbCountry }: {
  activityId: string;
  /** Staff: every NSB; a focal point: their own (not chosen, but its country is the default). */
  nsbs: { id: string; acronym: string; countryCode: string | null }[];
  chooseNsb: boolean;
  /** The country a focal point's form starts with (their NSB's); the list itself is loaded when the form is first used. */
  nsbCountry: Country | null;
}) {
  const t = useTranslations("attendance");
  const tp = useTranslations("participants");
  const te = useTranslations("enums");
  const [state, action] = useActionRound(addAndRegisterAction);
  const [countries, loadCountries] = useCountries();
  const form = useRef<HTMLFormElement>(null);
  // An NSB chosen before the list arrived could not set its country then: it does now.
  useEffect(() => {
    if (countries && chooseNsb) catchUpNsbCountry(form.current, nsbs);
  }, [countries, chooseNsb, nsbs]);
  const value = (name: string) => (state.status === "success" ? "" : submitted(state, name));
  const country = state.values?.countryCode !== undefined && state.status !== "success" ? value("countryCode") : defaultNsbCountry(chooseNsb ? [] : nsbs, null);
  return (
    <form ref={form} action={action} className="space-y-3" onFocus={loadCountries} onPointerDown={loadCountries}>
      <FormMessage state={state} />
      {state.duplicates?.length ? <DuplicatesPanel duplicates={state.duplicates} /> : null}
      <input type="hidden" name="activityId" value={activityId} />
      {/* Remounted after each round (emptied after a success, else what was submitted): see useActionRound. */}
      <div key={state.round} className="grid gap-3 sm:grid-cols-2">
        <Field label={tp("fullName")} name="fullName" errors={state.fieldErrors?.fullName}>
          {(p) => <input {...p} defaultValue={value("fullName")} maxLength={200} autoComplete="off" />}
        </Field>
        <Field label={tp("email")} name="email" errors={state.fieldErrors?.email}>
          {(p) => <input {...p} type="email" defaultValue={value("email")} maxLength={320} autoComplete="off" />}
        </Field>
        <Field label={tp("sex")} name="sex" errors={state.fieldErrors?.sex}>
          {(p) => (
            <select {...p} defaultValue={value("sex") || "UNDISCLOSED"}>
              {Object.values(Sex).map((s) => <option key={s} value={s}>{te(`sex.${s}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={tp("ageBand")} name="ageBand" errors={state.fieldErrors?.ageBand}>
          {(p) => (
            <select {...p} defaultValue={value("ageBand") || "UNDISCLOSED"}>
              {Object.values(AgeBand).map((a) => <option key={a} value={a}>{te(`ageBand.${a}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={tp("stakeholderGroup")} name="stakeholderGroup" errors={state.fieldErrors?.stakeholderGroup}>
          {(p) => (
            <select {...p} defaultValue={value("stakeholderGroup") || "OTHER"}>
              {Object.values(StakeholderGroup).map((g) => <option key={g} value={g}>{te(`stakeholderGroup.${g}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={tp("organizationName")} name="organizationName" errors={state.fieldErrors?.organizationName}>
          {(p) => <input {...p} defaultValue={value("organizationName")} maxLength={200} />}
        </Field>
        <Field label={tp("country")} name="countryCode" errors={state.fieldErrors?.countryCode}>
          {(p) => (
            <select {...p} defaultValue={country}>
              <option value="">{tp("noCountry")}</option>
              <CountryOptions countries={countries} initial={nsbCountry} />
            </select>
          )}
        </Field>
        {chooseNsb ? (
          <Field label={tp("nsb")} name="organizationId" errors={state.fieldErrors?.organizationId}>
            {(p) => (
              <select {...p} defaultValue={value("organizationId")} data-previous={value("organizationId")} onChange={(event) => followNsbCountry(event, nsbs)}>
                <option value="">{tp("chooseNsb")}</option>
                {nsbs.map((n) => <option key={n.id} value={n.id}>{n.acronym}</option>)}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <SubmitButton>{t("addAndRegister")}</SubmitButton>
    </form>
  );
}

/** People already in the registry who look like the one being added, and the choice to add them anyway. */
function DuplicatesPanel({ duplicates }: { duplicates: { id: string; label: string }[] }) {
  const tp = useTranslations("participants");
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="duplicates">
      <ul className="list-disc pl-5">
        {duplicates.map((d) => <li key={d.id}><Link className="underline" href={`/participants/${d.id}`}>{d.label}</Link></li>)}
      </ul>
      <label className="mt-2 flex items-center gap-2">
        <input type="checkbox" name="allowDuplicate" className="h-4 w-4" />
        {tp("createAnyway")}
      </label>
    </div>
  );
}
