"use client";

import { useActionState } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, submitted } from "@/lib/form-state";
import { LanguageOptions } from "@/components/forms/language-options";
import { inviteUserAction } from "../actions";
import type { LinkFormState } from "@/domain/users/schema";
import { IssuedLink } from "../issued-link";
import { RoleOrganizationFields, type OrganizationOption } from "../role-organization-fields";

export function InviteForm({ organizations }: { organizations: OrganizationOption[] }) {
  const t = useTranslations("users");
  const [state, action] = useActionState(inviteUserAction, initialFormState as LinkFormState);
  const invited = state.status === "success" && state.link;
  return (
    <div className="space-y-6">
      {invited ? (
        <div className="space-y-3">
          <FormMessage state={state} />
          <IssuedLink link={state.link!} mail={state.mail} />
          {state.userId ? (
            <Link href={`/admin/users/${state.userId}`} className="inline-block text-sm text-brand-700 hover:underline">
              {t("openInvited")}
            </Link>
          ) : null}
        </div>
      ) : null}
      <form action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {invited ? <h2 className="text-base font-semibold">{t("inviteAnother")}</h2> : <FormMessage state={state} />}
        <Field label={t("email")} name="email" errors={state.fieldErrors?.email}>
          {(props) => <input {...props} type="email" autoComplete="off" maxLength={320} required defaultValue={submitted(state, "email")} />}
        </Field>
        <Field label={t("name")} name="name" errors={state.fieldErrors?.name}>
          {(props) => <input {...props} type="text" autoComplete="off" maxLength={200} required defaultValue={submitted(state, "name")} />}
        </Field>
        <RoleOrganizationFields
          organizations={organizations}
          role={submitted(state, "role", "FOCAL_POINT")}
          organizationId={submitted(state, "organizationId")}
          errors={state.fieldErrors}
        />
        <Field label={t("language")} name="locale" errors={state.fieldErrors?.locale} hint={t("languageHint")}>
          {(props) => (
            <select {...props} defaultValue={submitted(state, "locale", "en")}>
              <LanguageOptions />
            </select>
          )}
        </Field>
        <SubmitButton>{t("sendInvitation")}</SubmitButton>
      </form>
    </div>
  );
}
