"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState } from "@/lib/form-state";
import { deleteAdoptionAction, deleteCommitteeRoleAction } from "./actions";

/** The "Delete" button of an evidence record, asking first; says why it was refused, if it was. */
export function DeleteEvidenceForm({ register, id, version, title, body }: { register: "adoptions" | "committees"; id: string; version: number; title: string; body: string }) {
  const t = useTranslations("evidence");
  const [state, action] = useActionState(register === "adoptions" ? deleteAdoptionAction : deleteCommitteeRoleAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <ConfirmButton title={title} body={body} confirmLabel={t("delete")}>
        {t("delete")}
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
