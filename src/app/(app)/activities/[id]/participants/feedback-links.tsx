"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { initialFormState, submitted } from "@/lib/form-state";
import { formatDateTime } from "@/lib/format";
import { closeFeedbackLinkAction, createFeedbackLinkAction } from "./actions";

export function FeedbackLinks({ activityId, links, defaultClose }: { activityId: string; links: { id: string; closesAt: string; open: boolean }[]; defaultClose: string }) {
  const t = useTranslations("attendance");
  const locale = useLocale();
  const [state, action] = useActionState(createFeedbackLinkAction, initialFormState);
  const [closeState, closeAction] = useActionState(closeFeedbackLinkAction, initialFormState);
  const url = state.status === "success" ? state.values?.url : undefined;
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="activityId" value={activityId} />
        <Field label={t("closesOn")} name="closesAt" errors={state.fieldErrors?.closesAt}>
          {(p) => <input {...p} type="date" defaultValue={submitted(state, "closesAt", defaultClose)} />}
        </Field>
        <SubmitButton>{t("createLink")}</SubmitButton>
      </form>
      {state.status === "error" ? <FormMessage state={state} /> : null}
      {typeof url === "string" ? (
        <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm" role="status">
          <p className="font-medium">{t("linkCreated")}</p>
          <p className="mt-1">{t("linkOnce")}</p>
          <input readOnly value={url} aria-label={t("linkUrl")} data-testid="feedback-url" className="mt-2 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <FormMessage state={closeState} />
      {links.length ? (
        <ul className="divide-y divide-slate-100 text-sm">
          {links.map((link) => (
            <li key={link.id} className="flex items-center justify-between gap-2 py-1.5">
              <span>{link.open ? t("openUntil", { date: formatDateTime(link.closesAt, locale) }) : t("closedAt", { date: formatDateTime(link.closesAt, locale) })}</span>
              {link.open ? (
                <form action={closeAction}>
                  <input type="hidden" name="activityId" value={activityId} />
                  <input type="hidden" name="linkId" value={link.id} />
                  <ConfirmButton variant="secondary" title={t("closeLinkTitle")} confirmLabel={t("closeLink")}>{t("closeLink")}</ConfirmButton>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
