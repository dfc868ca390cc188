"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormActions, FormShell, useFormShell } from "@/components/forms/form-shell";
import { submitted } from "@/lib/form-state";
import { createAreaAction, updateAreaAction } from "./actions";

type Level = "GOAL" | "OUTCOME" | "OUTPUT";
export interface ParentOption {
  id: string;
  label: string;
  level: Level;
}

export interface AreaFormValues {
  id: string;
  code: string;
  title: string;
  description: string;
  version: number;
}

/**
 * New or edit result area. Creating chooses the level and the parent (the data layer
 * enforces the tree rules); editing changes the code, title and description only.
 */
export function AreaForm({
  planId,
  area,
  parents = [],
  defaults = {},
}: {
  planId: string;
  area?: AreaFormValues;
  parents?: ParentOption[];
  defaults?: { parentId?: string; level?: Level };
}) {
  const t = useTranslations("framework.areaForm");
  const tl = useTranslations("enums.resultLevel");
  const shell = useFormShell(area ? updateAreaAction : createAreaAction);
  const state = shell.state;
  const labels = { code: t("code"), title: t("title"), description: t("description"), ...(area ? {} : { level: t("level"), parentId: t("parent") }) };
  return (
    <FormShell shell={shell} labels={labels} record={area} className="max-w-2xl space-y-4"
      footer={<FormActions submit={area ? t("save") : t("create")} cancel={t("cancel")} cancelHref={`/framework/${planId}`} />}>
      {area ? null : (
        <>
          <input type="hidden" name="actionPlanId" value={planId} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("level")} name="level" errors={state.fieldErrors?.level}>
              {(props) => (
                <select {...props} defaultValue={submitted(state, "level", defaults.level ?? "OUTCOME")}>
                  {(["GOAL", "OUTCOME", "OUTPUT"] as const).map((level) => (
                    <option key={level} value={level}>{tl(level)}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("parent")} name="parentId" errors={state.fieldErrors?.parentId} hint={t("parentHint")}>
              {(props) => (
                <select {...props} defaultValue={submitted(state, "parentId", defaults.parentId ?? "")}>
                  <option value="">{t("noParent")}</option>
                  {parents.map((p) => (
                    <option key={p.id} value={p.id}>{`${tl(p.level)} · ${p.label}`}</option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </>
      )}
      <Field label={t("code")} name="code" errors={state.fieldErrors?.code} hint={t("codeHint")}>
        {(props) => <input {...props} defaultValue={submitted(state, "code", area?.code)} maxLength={30} required autoComplete="off" className={`${props.className} font-mono`} />}
      </Field>
      <Field label={t("title")} name="title" errors={state.fieldErrors?.title}>
        {(props) => <input {...props} defaultValue={submitted(state, "title", area?.title)} maxLength={200} required />}
      </Field>
      <Field label={t("description")} name="description" errors={state.fieldErrors?.description}>
        {(props) => <textarea {...props} rows={4} maxLength={5000} defaultValue={submitted(state, "description", area?.description)} />}
      </Field>
    </FormShell>
  );
}
