"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/_lib/form-action";
import { archiveIndicator, createIndicator, updateIndicator } from "@/server/indicators";
import { archiveIndicatorSchema, indicatorSchema, indicatorUpdateSchema } from "@/domain/indicators/schema";

export const createIndicatorAction = formAction(indicatorSchema, async (actor, input) => {
  const indicator = await createIndicator(actor, input);
  revalidatePath("/indicators");
  if (indicator.programmeId) revalidatePath(`/programmes/${indicator.programmeId}`);
  redirect(`/indicators/${indicator.id}?saved=created`);
});

export const updateIndicatorAction = formAction(indicatorUpdateSchema, async (actor, { id, version, ...input }) => {
  const indicator = await updateIndicator(actor, id, version, input);
  revalidatePath("/indicators", "layout");
  if (indicator.programmeId) revalidatePath(`/programmes/${indicator.programmeId}`);
  redirect(`/indicators/${id}?saved=updated`);
});

export const archiveIndicatorAction = formAction(archiveIndicatorSchema, async (actor, { id, version }) => {
  const indicator = await archiveIndicator(actor, id, version);
  revalidatePath("/indicators", "layout");
  if (indicator.programmeId) revalidatePath(`/programmes/${indicator.programmeId}`);
  redirect(`/indicators/${id}?saved=archived`);
});
