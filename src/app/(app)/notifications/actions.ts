"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/app/_lib/form-action";
import { markAllNotificationsRead, markNotificationRead } from "@/server/notifications";
import { notificationSchema } from "@/domain/reports/schema";

export const markReadAction = formAction(notificationSchema, async (actor, input) => {
  await markNotificationRead(actor, input.id);
  revalidatePath("/", "layout");
});

export const markAllReadAction = formAction(z.object({}), async (actor) => {
  await markAllNotificationsRead(actor);
  revalidatePath("/", "layout");
});
