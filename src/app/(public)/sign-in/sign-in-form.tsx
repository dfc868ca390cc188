"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { initialFormState, submitted } from "@/lib/form-state";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? <Alert tone="error" testId="form-error">{state.message}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field label={t("email")} name="email" errors={state.fieldErrors?.email}>
        {(props) => <input {...props} type="email" autoComplete="username" defaultValue={submitted(state, "email")} required />}
      </Field>
      <Field label={t("password")} name="password" errors={state.fieldErrors?.password}>
        {(props) => <input {...props} type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
