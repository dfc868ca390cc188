"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/form-state";
import { issueResetAction } from "../actions";
import type { LinkFormState } from "@/domain/users/schema";
import { IssuedLink } from "../issued-link";

/** Issues a one-time password reset link (earlier ones stop working) and shows it once. */
export function ResetLinkForm({ userId, invitationPending }: { userId: string; invitationPending: boolean }) {
  const t = useTranslations("users");
  const [state, action] = useActionState(issueResetAction, initialFormState as LinkFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={userId} />
      <p className="text-sm text-slate-700">{invitationPending ? t("resetHelpPending") : t("resetHelp")}</p>
      <FormMessage state={state} />
      {state.status === "success" && state.link ? <IssuedLink link={state.link} mail={state.mail} /> : null}
      <SubmitButton variant="secondary">{t("issueReset")}</SubmitButton>
    </form>
  );
}
