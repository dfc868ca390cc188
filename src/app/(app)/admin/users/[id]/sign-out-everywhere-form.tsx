"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState } from "@/lib/form-state";
import { signOutEverywhereAction } from "../actions";

/** Ends every session of the user at once (a lost phone, a shared computer). Asks first. */
export function SignOutEverywhereForm({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("users");
  const [state, action] = useActionState(signOutEverywhereAction, initialFormState);
  return (
    <form action={action} className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <p className="text-sm text-slate-700">{t("signOutEverywhereHelp")}</p>
      <ConfirmButton title={t("signOutEverywhereConfirmTitle", { name: user.name })} body={t("signOutEverywhereConfirmBody")} confirmLabel={t("signOutEverywhere")}>
        {t("signOutEverywhere")}
      </ConfirmButton>
    </form>
  );
}
