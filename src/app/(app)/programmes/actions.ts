"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/_lib/form-action";
import { changeProgrammeState, createProgramme, updateProgramme } from "@/server/programmes";
import { programmeFormSchema, programmeStateSchema } from "@/domain/programmes/schema";

export const createProgrammeAction = formAction(programmeFormSchema, async (actor, input) => {
  const { id } = await createProgramme(actor, input);
  revalidatePath("/programmes");
  redirect(`/programmes/${id}?notice=created`);
});

export const updateProgrammeAction = formAction(programmeFormSchema, async (actor, { id, version, ...input }) => {
  await updateProgramme(actor, id ?? "", { ...input, version: version ?? 0 });
  revalidatePath("/programmes");
  redirect(`/programmes/${id}?notice=saved`);
});

const notices = { close: "closed", reopen: "reopened", archive: "archived", restore: "restored" } as const;

export const changeProgrammeStateAction = formAction(programmeStateSchema, async (actor, { id, version, change }) => {
  await changeProgrammeState(actor, id, version, change);
  revalidatePath("/programmes");
  redirect(`/programmes/${id}?notice=${notices[change]}`);
});
