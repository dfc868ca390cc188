"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormShell, useFormShell, type Errors } from "@/components/forms/form-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitted } from "@/lib/form-state";
import { LanguageOptions } from "@/components/forms/language-options";
import { inviteUserSchema, type LinkFormState } from "@/domain/users/schema";
import { inviteUserAction } from "../actions";
import { IssuedLink } from "../issued-link";
import { RoleOrganizationFields, type OrganizationOption } from "../role-organization-fields";

/** The invitation form; once an invitation is made, its link above and the form, empty, for another. */
export function InviteForm({ organizations }: { organizations: OrganizationOption[] }) {
  const t = useTranslations("users");
  const shell = useFormShell(inviteUserAction, inviteUserSchema);
  const { state } = shell;
  const invited = state.status === "success" && state.link;
  const labels = { email: t("email"), name: t("name"), role: t("role"), organizationId: t("organization"), locale: t("language") };
  return (
    <div className="space-y-6">
      {invited ? <Invited state={state} /> : null}
      <FormShell shell={shell} labels={labels} quietSuccess className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        footer={<SubmitButton>{t("sendInvitation")}</SubmitButton>}>
        {invited ? <h2 className="text-base font-semibold">{t("inviteAnother")}</h2> : null}
        <Fields state={state} errors={shell.errors} organizations={organizations} labels={labels} />
      </FormShell>
    </div>
  );
}

/** The invitation just made: its message, its one-time link, and a link to the invited user. */
function Invited({ state }: { state: LinkFormState }) {
  const t = useTranslations("users");
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      <IssuedLink link={state.link!} mail={state.mail} />
      {state.userId ? (
        <Link href={`/admin/users/${state.userId}`} className="inline-block text-sm text-brand-700 hover:underline">
          {t("openInvited")}
        </Link>
      ) : null}
    </div>
  );
}

function Fields({ state, errors, organizations, labels }: { state: LinkFormState; errors: Errors; organizations: OrganizationOption[]; labels: Record<"email" | "name" | "locale", string> }) {
  const t = useTranslations("users");
  return (
    <div className="space-y-4">
      <Field label={labels.email} name="email" errors={errors.email}>
        {(props) => <input {...props} type="email" autoComplete="off" maxLength={320} required defaultValue={submitted(state, "email")} />}
      </Field>
      <Field label={labels.name} name="name" errors={errors.name}>
        {(props) => <input {...props} type="text" autoComplete="off" maxLength={200} required defaultValue={submitted(state, "name")} />}
      </Field>
      <RoleOrganizationFields organizations={organizations} role={submitted(state, "role", "FOCAL_POINT")} organizationId={submitted(state, "organizationId")} errors={errors} />
      <Field label={labels.locale} name="locale" errors={errors.locale} hint={t("languageHint")}>
        {(props) => (
          <select {...props} defaultValue={submitted(state, "locale", "en")}>
            <LanguageOptions />
          </select>
        )}
      </Field>
    </div>
  );
}
