"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/form-action";
import { registerNewParticipant, registerParticipants, removeParticipation, restoreParticipation, saveAttendance } from "@/server/participations/mutations";
import { closeFeedbackLink, createFeedbackLink } from "@/server/feedback/links";
import { participantSchema } from "../../../participants/schema";
import { attendanceGridSchema, feedbackLinkSchema, registerSchema, removeSchema, restoreSchema } from "./schema";

const pathOf = (activityId: string) => `/activities/${activityId}/participants`;

export const saveAttendanceAction = formAction(attendanceGridSchema, async (actor, { activityId, rows }) => {
  const t = await getTranslations("attendance");
  const { changed } = await saveAttendance(actor, activityId, rows);
  revalidatePath(pathOf(activityId));
  return { status: "success", message: t("saved", { count: changed }) };
});

/** Answers the removed row's id, for the page's Undo. */
export const removeParticipationAction = formAction(removeSchema, async (actor, { activityId, participationId, version }) => {
  await removeParticipation(actor, participationId, version);
  revalidatePath(pathOf(activityId));
  const t = await getTranslations("attendance");
  return { status: "success", message: t("removed"), values: { undo: participationId } };
});

export const restoreParticipationAction = formAction(restoreSchema, async (actor, { activityId, participationId }) => {
  await restoreParticipation(actor, participationId);
  revalidatePath(pathOf(activityId));
  const t = await getTranslations("attendance");
  return { status: "success", message: t("restored"), values: { restored: participationId } };
});

export const registerParticipantsAction = formAction(registerSchema, async (actor, input) => {
  const result = await registerParticipants(actor, input.activityId, input["participantIds[]"]);
  revalidatePath(pathOf(input.activityId));
  const t = await getTranslations("attendance");
  return { status: "success", message: t("registered", { count: result.created }) };
});

export const addAndRegisterAction = formAction(participantSchema.extend({ activityId: z.string().min(1).max(40) }), async (actor, { activityId, ...input }) => {
  const t = await getTranslations("attendance");
  const result = await registerNewParticipant(actor, activityId, input, { allowDuplicate: input.allowDuplicate });
  if (!result.created) {
    return {
      status: "error",
      message: t("duplicatesFound"),
      duplicates: result.duplicates.map((d) => ({ id: d.id, label: `${d.fullName}${d.email ? ` <${d.email}>` : ""} · ${d.organizationName || d.organization.acronym}` })),
    };
  }
  revalidatePath(pathOf(activityId));
  return { status: "success", message: t("addedAndRegistered") };
});

export const createFeedbackLinkAction = formAction(feedbackLinkSchema, async (actor, { activityId, closesAt }) => {
  const link = await createFeedbackLink(actor, activityId, new Date(`${closesAt}T23:59:59Z`));
  revalidatePath(pathOf(activityId));
  const t = await getTranslations("attendance");
  return { status: "success", message: t("linkCreated"), values: { url: link.url } };
});

export const closeFeedbackLinkAction = formAction(z.object({ activityId: z.string().max(40), linkId: z.string().min(1).max(40) }), async (actor, { activityId, linkId }) => {
  await closeFeedbackLink(actor, linkId);
  revalidatePath(pathOf(activityId));
  const t = await getTranslations("attendance");
  return { status: "success", message: t("linkClosed") };
});
