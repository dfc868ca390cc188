"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { archiveOrganizationAction } from "../actions";

/** The "Archive" button, asking first; shows why it was refused, if it was. */
export function ArchiveOrganizationForm({ id, version, name }: { id: string; version: number; name: string }) {
  const t = useTranslations("organizationForm");
  const [state, action] = useActionState(archiveOrganizationAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <ConfirmButton title={t("archiveTitle", { name })} body={t("archiveBody")} confirmLabel={t("archive")}>
        {t("archive")}
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
