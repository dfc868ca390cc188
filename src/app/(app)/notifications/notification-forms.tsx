"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { markAllReadAction, markReadAction } from "./actions";

export function MarkReadForm({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const [state, action, pending] = useActionState(markReadAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("markRead")}</Button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

export function MarkAllReadForm() {
  const t = useTranslations("notifications");
  const [state, action, pending] = useActionState(markAllReadAction, initialFormState);
  return (
    <form action={action}>
      <Button type="submit" variant="secondary" disabled={pending}>{t("markAllRead")}</Button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
