"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { LOCALE_NAMES } from "@/i18n/locales";
import { TRANSLATED_LOCALES, translatedField } from "@/lib/translations";

export interface TranslatedFieldSpec {
  name: string;
  label: string;
  max: number;
  /** A textarea of this many rows; a one-line input when absent. */
  rows?: number;
}

/**
 * The French and Spanish versions of some of a form's fields, folded away until needed
 * (open when one is filled in or has an error). Each input is marked with its language.
 */
export function TranslationFields({
  fields,
  value,
  errors,
}: {
  fields: TranslatedFieldSpec[];
  value: (name: string) => string;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("forms.translations");
  const names = fields.flatMap((f) => TRANSLATED_LOCALES.map((l) => translatedField(f.name, l)));
  const open = names.some((n) => value(n) || errors[n]?.length);
  return (
    <details open={open} className="rounded-md border border-slate-200 p-3" data-testid="translations">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("summary")}</summary>
      <p className="mt-1 text-xs text-slate-600">{t("hint")}</p>
      <div className="mt-3 space-y-4">
        {/* One group per field, each input named by its language alone: the group says which field. */}
        {fields.map((f) => (
          <fieldset key={f.name} className="space-y-3">
            <legend className="text-sm font-semibold text-slate-700">{t("field", { field: f.label })}</legend>
            {TRANSLATED_LOCALES.map((locale) => {
              const name = translatedField(f.name, locale);
              return (
                <Field key={name} label={LOCALE_NAMES[locale]} name={name} errors={errors[name]}>
                  {(p) =>
                    f.rows ? (
                      <textarea {...p} lang={locale} rows={f.rows} maxLength={f.max} defaultValue={value(name)} />
                    ) : (
                      <input {...p} lang={locale} type="text" maxLength={f.max} defaultValue={value(name)} />
                    )
                  }
                </Field>
              );
            })}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
