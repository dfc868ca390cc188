"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { eraseParticipantAction } from "../actions";

/** Staff only: download what is held about the person, or erase their personal data (after confirming). */
export function PrivacyCard({ id, version, name, erased }: { id: string; version: number; name: string; erased: boolean }) {
  const t = useTranslations("participants");
  const [state, action] = useActionState(eraseParticipantAction, initialFormState);
  return (
    <div className="space-y-3 text-sm">
      <p>
        <a href={`/api/participants/${id}/personal-data`} className="font-medium text-brand-700 underline" download>
          {t("personalDataDownload")}
        </a>
      </p>
      {erased ? null : (
        <form action={action} className="space-y-2">
          <p className="text-slate-600">{t("eraseHelp")}</p>
          <FormMessage state={state} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <ConfirmButton title={t("eraseTitle", { name })} body={t("eraseBody")} confirmLabel={t("eraseConfirm")}>
            {t("erase")}
          </ConfirmButton>
        </form>
      )}
    </div>
  );
}
