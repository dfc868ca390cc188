"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/domain/users/password-policy";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field label={t("currentPassword")} name="currentPassword" errors={state.fieldErrors?.currentPassword}>
        {(props) => <input {...props} type="password" autoComplete="current-password" maxLength={200} required />}
      </Field>
      <Field label={t("newPassword")} name="newPassword" errors={state.fieldErrors?.newPassword} hint={t("policy", { min: PASSWORD_MIN_LENGTH })}>
        {(props) => <input {...props} type="password" autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} maxLength={200} required />}
      </Field>
      <Field label={t("confirmPassword")} name="confirmPassword" errors={state.fieldErrors?.confirmPassword}>
        {(props) => <input {...props} type="password" autoComplete="new-password" maxLength={200} required />}
      </Field>
      <p className="text-xs text-slate-600">{t("signsOutOthers")}</p>
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}
