"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/app/_lib/form-action";
import { createParticipant, mergeParticipants, updateParticipant, eraseParticipant } from "@/server/participants";
import { eraseSchema, mergeSchema, participantSchema } from "@/domain/participants/schema";

export const createParticipantAction = formAction(participantSchema, async (actor, input) => {
  const result = await createParticipant(actor, input, { allowDuplicate: input.allowDuplicate });
  if (!result.created) {
    const t = await getTranslations("participants");
    return {
      status: "error",
      message: t("duplicatesFound"),
      duplicates: result.duplicates.map((d) => ({ id: d.id, label: `${d.fullName}${d.email ? ` <${d.email}>` : ""} · ${d.organizationName || d.organization.acronym}` })),
    };
  }
  revalidatePath("/participants");
  redirect(`/participants/${result.id}?saved=1`);
});

const updateSchema = participantSchema.extend({ id: z.string().min(1).max(40), version: z.coerce.number().int().min(1) });

export const updateParticipantAction = formAction(updateSchema, async (actor, { id, ...input }) => {
  await updateParticipant(actor, id, input);
  revalidatePath(`/participants/${id}`);
  const t = await getTranslations("participants");
  return { status: "success", message: t("saved") };
});

export const mergeParticipantsAction = formAction(mergeSchema, async (actor, { keepId, duplicateId }) => {
  await mergeParticipants(actor, keepId, duplicateId);
  revalidatePath("/participants");
  redirect(`/participants/${keepId}?merged=1`);
});

export const eraseParticipantAction = formAction(eraseSchema, async (actor, { id, version }) => {
  await eraseParticipant(actor, id, version);
  revalidatePath("/participants");
  redirect(`/participants/${id}?erased=1`);
});
