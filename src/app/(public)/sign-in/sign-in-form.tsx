"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { submitted } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  // useActionRound: on a dropped link the form says so and keeps the email (FormMessage).
  const [state, action, pending] = useActionRound(signInAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
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
