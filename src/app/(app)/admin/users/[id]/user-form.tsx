"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormShell, useFormShell } from "@/components/forms/form-shell";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitted } from "@/lib/form-state";
import { updateUserSchema } from "@/domain/users/schema";
import { updateUserAction } from "../actions";
import { RoleOrganizationFields, type OrganizationOption } from "../role-organization-fields";

/** A user's name, role and organisation; keeps what was typed after an error and shows the conflict view. */
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
  const shell = useFormShell(updateUserAction, updateUserSchema);
  const { state, errors } = shell;
  return (
    <FormShell shell={shell} labels={{ name: t("name"), role: t("role"), organizationId: t("organization") }} record={user} className="space-y-4" footer={<SubmitButton />}>
      <Field label={t("name")} name="name" errors={errors.name}>
        {(props) => <input {...props} type="text" maxLength={200} required defaultValue={submitted(state, "name", user.name)} />}
      </Field>
      <RoleOrganizationFields
        organizations={organizations}
        role={submitted(state, "role", user.role)}
        organizationId={submitted(state, "organizationId", user.organizationId)}
        errors={errors}
        lockRole={isSelf}
      />
    </FormShell>
  );
}
