"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState } from "@/lib/form-state";
import { setUserActiveAction } from "../actions";

/** Deactivate (asks first) or reactivate a user. */
export function StatusForm({ user }: { user: { id: string; name: string; active: boolean; version: number } }) {
  const t = useTranslations("users");
  const [state, action] = useActionState(setUserActiveAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      <p className="text-sm text-slate-700">{user.active ? t("deactivateHelp") : t("reactivateHelp")}</p>
      {user.active ? (
        <ConfirmButton title={t("deactivateConfirmTitle", { name: user.name })} body={t("deactivateConfirmBody")} confirmLabel={t("deactivate")}>
          {t("deactivate")}
        </ConfirmButton>
      ) : (
        <ConfirmButton variant="primary" title={t("reactivateConfirmTitle", { name: user.name })} body={t("reactivateConfirmBody")} confirmLabel={t("reactivate")}>
          {t("reactivate")}
        </ConfirmButton>
      )}
    </form>
  );
}
