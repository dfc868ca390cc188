"use client";

import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { FormActions, FormShell, useFormShell } from "@/components/forms/form-shell";
import type { ProgrammeFormOptions } from "@/server/programmes";
import { programmeFormSchema } from "@/domain/programmes/schema";
import { createProgrammeAction, updateProgrammeAction } from "./actions";
import type { CreatedNsb } from "./new-nsb-dialog";
import { BeneficiaryFields, EssentialsFields, FundingFields, ResultAreaFields, type AddedNsb } from "./programme-form-parts";

export interface ProgrammeFormValues {
  id?: string;
  version?: number;
  code: string;
  title: string;
  summary: string;
  objectives: string;
  region: string;
  /** French and Spanish versions of title, summary and objectives ("" when none). */
  translations?: Partial<Record<string, string>>;
  startDate: string;
  endDate: string;
  status: string;
  budgetAmount: string;
  budgetCurrency: string;
  nsbIds: string[];
  fundings: { donorId: string; amount: string; currency: string }[];
  resultAreaIds: string[];
}

/** The programme form, for a new programme and for editing one. */
export function ProgrammeForm({ initial, options, cancelHref }: { initial: ProgrammeFormValues; options: ProgrammeFormOptions; cancelHref: string }) {
  const t = useTranslations("programmeForm");
  const editing = Boolean(initial.id);
  const shell = useFormShell(editing ? updateProgrammeAction : createProgrammeAction, programmeFormSchema);
  // NSBs added from the dialog: kept here, above the fields that remount after each save.
  // `round`: the save round it was added in; one added since the last save starts ticked.
  const [addedNsbs, setAddedNsbs] = useState<AddedNsb[]>([]);
  const round = shell.state.round;
  const addNsb = useCallback((nsb: CreatedNsb) => setAddedNsbs((all) => [...all.filter((n) => n.id !== nsb.id), { ...nsb, round }]), [round]);
  const labels = Object.fromEntries(LABELLED.map((name) => [name, t(name)]));
  const parts = { state: shell.state, errors: shell.errors, initial, options };
  return (
    <FormShell shell={shell} labels={labels} record={initial} testId="programme-form"
      footer={<FormActions submit={editing ? t("save") : t("create")} cancel={t("cancel")} cancelHref={cancelHref} />}>
      <EssentialsFields {...parts} />
      <FundingFields {...parts} />
      <BeneficiaryFields {...parts} addedNsbs={addedNsbs} round={round} onNsbAdded={addNsb} />
      <ResultAreaFields {...parts} />
    </FormShell>
  );
}

/** The fields the conflict view compares. */
const LABELLED = ["code", "title", "status", "region", "startDate", "endDate", "budgetAmount", "budgetCurrency", "summary", "objectives"] as const;
