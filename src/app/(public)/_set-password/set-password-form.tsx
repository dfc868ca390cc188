"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionRound } from "@/lib/use-action-round";
import { PASSWORD_MIN_LENGTH } from "@/domain/users/password-policy";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, purpose, email }: { token: string; purpose: "INVITE" | "PASSWORD_RESET"; email: string }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionRound(setPasswordAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="purpose" value={purpose} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field label={t("newPassword")} name="newPassword" errors={state.fieldErrors?.newPassword} hint={t("policy", { min: PASSWORD_MIN_LENGTH })}>
        {(props) => <input {...props} type="password" autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} maxLength={200} required />}
      </Field>
      <Field label={t("confirmPassword")} name="confirmPassword" errors={state.fieldErrors?.confirmPassword}>
        {(props) => <input {...props} type="password" autoComplete="new-password" maxLength={200} required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
