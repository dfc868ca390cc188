"use client";

import { useEffect, useId, useRef, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { MembershipCategory } from "@/generated/prisma/enums";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { createNsbInlineAction } from "../organizations/actions";

const noSubscription = () => () => {};

export interface CreatedNsb {
  id: string;
  acronym: string;
  name: string;
  country: string;
}

/**
 * "Add an NSB" from the programme form: a native <dialog> (focus kept inside, Escape
 * closes) holding its own small form, rendered into <body> so it is not nested in the
 * programme form (whose typed values stay untouched). The organisation form's schema, rules
 * and audit apply (createNsbInlineAction); the new NSB is handed back to be ticked.
 */
export function NewNsbDialog({ countries, onCreated }: { countries: { code: string; name: string }[]; onCreated: (nsb: CreatedNsb) => void }) {
  const t = useTranslations();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action] = useActionRound(createNsbInlineAction);
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const handled = useRef<unknown>(null);
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.status !== "success" || !state.created || handled.current === state) return;
    handled.current = state;
    const { created } = state;
    onCreated({ ...created, country: countries.find((c) => c.code === created.countryCode)?.name ?? "" });
    dialog.current?.close();
  }, [state, countries, onCreated]);

  const labels = {
    name: t("organizationForm.name"),
    acronym: t("organizationForm.acronym"),
    countryCode: t("organizationForm.country"),
    membershipCategory: t("organizationForm.membershipCategory"),
  };
  const form = (
    <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-5 shadow-xl backdrop:bg-slate-900/40" data-testid="new-nsb-dialog">
      {/* Events of a portal still bubble through React's tree: keep this submit away from the programme form's. */}
      <form action={action} noValidate className="space-y-4" onSubmit={(e) => e.stopPropagation()}>
        <h2 id={titleId} className="text-lg font-semibold">{t("programmeForm.newNsbTitle")}</h2>
        <p className="text-sm text-slate-600">{t("programmeForm.newNsbHint")}</p>
        {state.status === "error" ? <FormMessage state={state} labels={labels} /> : null}
        <input type="hidden" name="kind" value="NSB" />
        {/* Remounted after each answer, so the fields show what was sent (or start empty after a success). */}
        <div key={state.round} className="space-y-4">
        <Field label={labels.name} name="name" errors={errors.name}>
          {(p) => <input {...p} defaultValue={submitted(state, "name")} maxLength={200} required />}
        </Field>
        <Field label={labels.acronym} name="acronym" errors={errors.acronym} hint={t("organizationForm.acronymHint")}>
          {(p) => <input {...p} defaultValue={submitted(state, "acronym")} maxLength={30} required />}
        </Field>
        <Field label={labels.countryCode} name="countryCode" errors={errors.countryCode} hint={t("organizationForm.countryHintNsb")}>
          {(p) => (
            <select {...p} defaultValue={submitted(state, "countryCode")} required>
              <option value="">{t("organizationForm.noCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>{c.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.membershipCategory} name="membershipCategory" errors={errors.membershipCategory} hint={t("organizationForm.membershipHint")}>
          {(p) => (
            <select {...p} defaultValue={submitted(state, "membershipCategory")} required>
              <option value="">{t("organizationForm.choose")}</option>
              {Object.values(MembershipCategory).map((m) => (
                <option key={m} value={m}>{t(`enums.membershipCategory.${m}`)}</option>
              ))}
            </select>
          )}
        </Field>
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>{t("common.cancel")}</Button>
          <SubmitButton>{t("programmeForm.newNsbCreate")}</SubmitButton>
        </div>
      </form>
    </dialog>
  );
  return (
    <>
      <Button type="button" variant="secondary" onClick={() => dialog.current?.showModal()} data-testid="new-nsb">
        {t("programmeForm.newNsb")}
      </Button>
      {inBrowser ? createPortal(form, document.body) : null}
    </>
  );
}
