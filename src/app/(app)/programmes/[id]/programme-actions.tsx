"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/form-state";
import { changeProgrammeStateAction } from "../actions";

/** Staff controls on the programme page: edit, close / reopen, archive / restore. */
export function ProgrammeActions({ id, version, status, archived, code }: { id: string; version: number; status: string; archived: boolean; code: string }) {
  const t = useTranslations("programmeManage");
  const [state, action] = useActionState(changeProgrammeStateAction, initialFormState);
  const hidden = (change: string) => (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="change" value={change} />
    </>
  );
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end" data-testid="programme-actions">
      <div className="flex flex-wrap gap-2">
        {!archived ? <ButtonLink href={`/programmes/${id}/edit`}>{t("edit")}</ButtonLink> : null}
        {!archived && status !== "CLOSED" ? (
          <form action={action}>
            {hidden("close")}
            <ConfirmButton variant="secondary" title={t("closeTitle", { code })} body={t("closeBody")} confirmLabel={t("close")}>
              {t("close")}
            </ConfirmButton>
          </form>
        ) : null}
        {!archived && status === "CLOSED" ? (
          <form action={action}>
            {hidden("reopen")}
            <SubmitButton variant="secondary">{t("reopen")}</SubmitButton>
          </form>
        ) : null}
        {archived ? (
          <form action={action}>
            {hidden("restore")}
            <SubmitButton variant="secondary">{t("restore")}</SubmitButton>
          </form>
        ) : (
          <form action={action}>
            {hidden("archive")}
            <ConfirmButton title={t("archiveTitle", { code })} body={t("archiveBody")} confirmLabel={t("archive")}>
              {t("archive")}
            </ConfirmButton>
          </form>
        )}
      </div>
      <FormMessage state={state} />
    </div>
  );
}
