"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState, submitted } from "@/lib/form-state";
import { formatDateTime } from "@/lib/format";
import { closeFeedbackLinksAction, issueFeedbackLinksAction } from "./actions";

/** The links file of the last round, as a download (the links are shown once and never stored). */
const csvHrefOf = (csv: unknown) => (typeof csv === "string" ? `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}` : null);

function DeliveryButton({ delivery, children, variant }: { delivery: "email" | "csv"; children: React.ReactNode; variant: "primary" | "secondary" }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name="delivery" value={delivery} variant={variant} disabled={pending} aria-busy={pending}>
      {children}
    </Button>
  );
}

export function FeedbackLinks({ activityId, defaultClose, open, openUntil, mailEnabled }: { activityId: string; defaultClose: string; open: number; openUntil: string | null; mailEnabled: boolean }) {
  const t = useTranslations("attendance");
  const locale = useLocale();
  const [state, action] = useActionState(issueFeedbackLinksAction, initialFormState);
  const [closeState, closeAction] = useActionState(closeFeedbackLinksAction, initialFormState);
  const csvHref = csvHrefOf(state.status === "success" ? state.values?.csv : undefined);
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="activityId" value={activityId} />
        <Field label={t("closesOn")} name="closesAt" errors={state.fieldErrors?.closesAt}>
          {(p) => <input {...p} type="date" defaultValue={submitted(state, "closesAt", defaultClose)} />}
        </Field>
        {mailEnabled ? <DeliveryButton delivery="email" variant="primary">{t("emailLinks")}</DeliveryButton> : null}
        <DeliveryButton delivery="csv" variant={mailEnabled ? "secondary" : "primary"}>{t("downloadLinks")}</DeliveryButton>
      </form>
      {mailEnabled ? null : <p className="text-sm text-slate-600">{t("mailDisabled")}</p>}
      <FormMessage state={state} />
      {csvHref ? (
        <a href={csvHref} download="feedback-links.csv" data-testid="feedback-links-csv" className="inline-block text-sm font-medium text-brand-700 underline">
          {t("linksFile")}
        </a>
      ) : null}
      <FormMessage state={closeState} />
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span data-testid="feedback-links-open">{t("openLinks", { count: open, date: openUntil ? formatDateTime(openUntil, locale) : "" })}</span>
        {open > 0 ? (
          <form action={closeAction}>
            <input type="hidden" name="activityId" value={activityId} />
            <ConfirmButton variant="secondary" title={t("closeLinksTitle")} body={t("closeLinksBody")} confirmLabel={t("closeLinks")}>{t("closeLinks")}</ConfirmButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
