"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { closeSurveyAction, sendInvitationsAction, sendRemindersAction, stopRemindersAction } from "./actions";

/** The links file of the last round, as a download (links are shown once and never stored). */
const csvHrefOf = (state: FormState) => (state.status === "success" && typeof state.values?.csv === "string" ? `data:text/csv;charset=utf-8,${encodeURIComponent(state.values.csv)}` : null);

function DeliveryButton({ delivery, variant, children }: { delivery: "email" | "csv"; variant: "primary" | "secondary"; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name="delivery" value={delivery} variant={variant} disabled={pending} aria-busy={pending}>
      {children}
    </Button>
  );
}

interface Props {
  activityId: string;
  surveyId: string;
  version: number;
  mailEnabled: boolean;
  /** Invitations not sent yet (in the caller's scope). */
  unsent: number;
  remindersStopped: boolean;
  /** Staff, or the focal point of the NSB the survey is limited to. */
  manages: boolean;
}

function Links({ state, name }: { state: FormState; name: string }) {
  const t = useTranslations("surveys");
  const href = csvHrefOf(state);
  return (
    <>
      <FormMessage state={state} />
      {href ? <a href={href} download={name} data-testid="survey-links-csv" className="inline-block text-sm font-medium text-brand-700 underline">{t("actions.linksFile")}</a> : null}
    </>
  );
}

/** Sending the invitations and reminders (email or a CSV of links), stopping reminders, closing the survey. */
export function SurveyActions({ activityId, surveyId, version, mailEnabled, unsent, remindersStopped, manages }: Props) {
  const t = useTranslations("surveys");
  const [invite, inviteAction] = useActionState(sendInvitationsAction, initialFormState);
  const [remind, remindAction] = useActionState(sendRemindersAction, initialFormState);
  const [stop, stopAction] = useActionState(stopRemindersAction, initialFormState);
  const [close, closeAction] = useActionState(closeSurveyAction, initialFormState);
  const hidden = (
    <>
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="space-y-4">
      {mailEnabled ? null : <p className="text-sm text-slate-600">{t("actions.mailDisabled")}</p>}
      {unsent > 0 ? (
        <form action={inviteAction} className="flex flex-wrap gap-2">
          {hidden}
          {mailEnabled ? <DeliveryButton delivery="email" variant="primary">{t("actions.sendEmail")}</DeliveryButton> : null}
          <DeliveryButton delivery="csv" variant={mailEnabled ? "secondary" : "primary"}>{t("actions.sendCsv")}</DeliveryButton>
        </form>
      ) : null}
      <Links state={invite} name="survey-invitations.csv" />
      {remindersStopped ? (
        <p className="text-sm">{t("actions.stopped")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("actions.reminderRule")}</p>
          <form action={remindAction} className="flex flex-wrap gap-2">
            {hidden}
            {mailEnabled ? <DeliveryButton delivery="email" variant="secondary">{t("actions.remindEmail")}</DeliveryButton> : null}
            <DeliveryButton delivery="csv" variant="secondary">{t("actions.remindCsv")}</DeliveryButton>
          </form>
          <Links state={remind} name="survey-reminders.csv" />
        </>
      )}
      {manages ? (
        <div className="flex flex-wrap gap-2">
          {remindersStopped ? null : (
            <form action={stopAction}>
              {hidden}
              <ConfirmButton variant="secondary" title={t("actions.stopTitle")} body={t("actions.stopBody")} confirmLabel={t("actions.stop")}>{t("actions.stop")}</ConfirmButton>
            </form>
          )}
          <form action={closeAction}>
            {hidden}
            <ConfirmButton variant="danger" title={t("actions.closeTitle")} body={t("actions.closeBody")} confirmLabel={t("actions.close")}>{t("actions.close")}</ConfirmButton>
          </form>
        </div>
      ) : null}
      <FormMessage state={stop} />
      <FormMessage state={close} />
    </div>
  );
}
