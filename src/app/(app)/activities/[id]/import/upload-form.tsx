"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { SheetFileField } from "@/components/imports/sheet-file-field";

interface Props {
  staff: boolean;
  nsbs: { id: string; label: string }[];
  nsbId: string;
  checking: boolean;
  disabled: boolean;
  fileInput: React.Ref<HTMLInputElement>;
  onFile: (file: File | null) => void;
  onNsb: (nsbId: string) => void;
  onCheck: () => void;
}

/** The sheet to import and, for staff, the NSB of rows that name none; choosing either checks the file. */
export function UploadForm({ staff, nsbs, nsbId, checking, disabled, fileInput, onFile, onNsb, onCheck }: Props) {
  const t = useTranslations("imports");
  const ids = { nsb: useId(), nsbHint: useId() };
  return (
    <form
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        onCheck();
      }}
    >
      <SheetFileField
        label={t("fileLabel")}
        hint={t("fileHint")}
        name="file"
        inputRef={fileInput}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      {staff ? (
        <div className="space-y-1">
          <label htmlFor={ids.nsb} className="block text-sm font-medium text-slate-800">{t("nsbLabel")}</label>
          <select id={ids.nsb} name="nsbId" value={nsbId} aria-describedby={ids.nsbHint} className={selectClass} onChange={(event) => onNsb(event.target.value)}>
            <option value="">{t("nsbChoose")}</option>
            {nsbs.map((n) => <option key={n.id} value={n.id}>{n.label}</option>)}
          </select>
          <p id={ids.nsbHint} className="text-xs text-slate-500">{t("nsbHint")}</p>
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={disabled} aria-busy={checking}>
          {checking ? t("checking") : t("check")}
        </Button>
      </div>
    </form>
  );
}
