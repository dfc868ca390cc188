"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { archiveIndicatorAction } from "../actions";

/** The "Archive" button, asking first; shows why it was refused, if it was. */
export function ArchiveIndicatorForm({ id, version, code }: { id: string; version: number; code: string }) {
  const t = useTranslations("indicatorPage");
  const [state, action] = useActionState(archiveIndicatorAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <ConfirmButton title={t("archiveTitle", { code })} body={t("archiveBody")} confirmLabel={t("archive")}>
        {t("archive")}
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
