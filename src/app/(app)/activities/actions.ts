"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/app/_lib/form-action";
import { cancelActivity, createActivity, duplicateActivity, updateActivity } from "@/server/activities";
import { activityCommandSchema, activityFormSchema } from "@/domain/activities/schema";

export const createActivityAction = formAction(activityFormSchema, async (actor, input) => {
  const { id } = await createActivity(actor, input);
  revalidatePath("/activities");
  redirect(`/activities/${id}?notice=created`);
});

export const updateActivityAction = formAction(activityFormSchema, async (actor, { id, version, ...input }) => {
  await updateActivity(actor, id ?? "", { ...input, version: version ?? 0 });
  revalidatePath("/activities");
  redirect(`/activities/${id}?notice=saved`);
});

export const cancelActivityAction = formAction(activityCommandSchema, async (actor, { id, version }) => {
  await cancelActivity(actor, id, version);
  revalidatePath("/activities");
  redirect(`/activities/${id}?notice=cancelled`);
});

export const duplicateActivityAction = formAction(z.object({ id: z.string().min(1).max(40) }), async (actor, { id }) => {
  const copy = await duplicateActivity(actor, id);
  revalidatePath("/activities");
  redirect(`/activities/${copy.id}?notice=duplicated`);
});
