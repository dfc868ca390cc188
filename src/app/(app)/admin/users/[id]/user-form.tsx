"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, submitted } from "@/lib/form-state";
import { updateUserAction } from "../actions";
import { RoleOrganizationFields, type OrganizationOption } from "../role-organization-fields";

export function UserForm({
  user,
  organizations,
  isSelf,
}: {
  user: { id: string; name: string; role: string; organizationId: string | null; version: number };
  organizations: OrganizationOption[];
  isSelf: boolean;
}) {
  const t = useTranslations("users");
  const [state, action] = useActionState(updateUserAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} labels={{ name: t("name"), role: t("role"), organizationId: t("organization") }} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <Field label={t("name")} name="name" errors={state.fieldErrors?.name}>
        {(props) => <input {...props} type="text" maxLength={200} required defaultValue={submitted(state, "name", user.name)} />}
      </Field>
      <RoleOrganizationFields
        organizations={organizations}
        role={submitted(state, "role", user.role)}
        organizationId={submitted(state, "organizationId", user.organizationId)}
        errors={state.fieldErrors}
        lockRole={isSelf}
      />
      <SubmitButton />
    </form>
  );
}
