"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Role, type OrganizationKind } from "@/generated/prisma/enums";
import { Field } from "@/components/ui/field";
import { organizationRule } from "@/domain/users/roles";

export interface OrganizationOption {
  id: string;
  acronym: string;
  name: string;
  kind: OrganizationKind;
}

/**
 * Role and organisation, offering only the organisations that fit the chosen role (the
 * data layer enforces the same rule). `lockRole`: an administrator editing themselves.
 */
export function RoleOrganizationFields({
  organizations,
  role: initialRole,
  organizationId,
  errors,
  lockRole = false,
}: {
  organizations: OrganizationOption[];
  /** The role to start with (a submitted value may be anything; unknown roles fall back). */
  role: string;
  organizationId: string;
  errors?: Record<string, string[] | undefined>;
  lockRole?: boolean;
}) {
  const t = useTranslations();
  // The form shell remounts these fields after each answer (see useActionRound), so the
  // role starts again from the one submitted or the record's, as the select shows.
  const [role, setRole] = useState<Role>(asRole(initialRole));
  const rule = organizationRule(role);
  const options = organizations.filter((o) => o.kind === rule.kind);
  return (
    <>
      {lockRole ? (
        <div className="space-y-1">
          <p className="block text-sm font-medium text-slate-800">{t("users.role")}</p>
          <p className="text-sm">{t(`roles.${role}`)}</p>
          <p className="text-xs text-slate-500">{t("users.ownRoleLocked")}</p>
          <input type="hidden" name="role" value={role} />
        </div>
      ) : (
        <Field label={t("users.role")} name="role" errors={errors?.role}>
          {(props) => (
            // A select's defaultValue is read only when it mounts: a new default remounts it.
            <select key={asRole(initialRole)} {...props} defaultValue={asRole(initialRole)} onChange={(e) => setRole(asRole(e.target.value))}>
              {Object.values(Role).map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t("users.organization")} name="organizationId" errors={errors?.organizationId} hint={t(`users.organizationHint.${role}`)}>
        {(props) => (
          // Re-mounted per role (a choice that no longer fits is not kept silently) and per default.
          <select key={`${role}:${organizationId}`} {...props} defaultValue={options.some((o) => o.id === organizationId) ? organizationId : ""} required={rule.required}>
            <option value="">{rule.required ? t("users.chooseOrganization") : t("common.none")}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.acronym} – {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

const asRole = (value: string): Role => (Object.values(Role) as string[]).includes(value) ? (value as Role) : "FOCAL_POINT";
