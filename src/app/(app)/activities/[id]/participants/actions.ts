"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/app/_lib/form-action";
import { registerNewParticipant, registerParticipants, removeParticipation, restoreParticipation, saveAttendance } from "@/server/participations";
import { closeFeedbackLinks, emailFeedbackLinks, issueFeedbackLinks } from "@/server/feedback";
import { toCsv } from "@/lib/import/write";
import { participantSchema } from "@/domain/participants/schema";
import { attendanceGridSchema, feedbackLinkSchema, registerSchema, removeSchema, restoreSchema } from "@/domain/participations/schema";

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

export const issueFeedbackLinksAction = formAction(feedbackLinkSchema, async (actor, { activityId, closesAt, delivery }) => {
  const t = await getTranslations("attendance");
  const closes = new Date(`${closesAt}T23:59:59Z`);
  if (delivery === "email") {
    const result = await emailFeedbackLinks(actor, activityId, closes, (link, activity) => ({
      subject: t("mailSubject", { activity }),
      text: t("mailBody", { name: link.fullName, activity, url: link.url, date: closesAt }),
    }));
    revalidatePath(pathOf(activityId));
    return { status: "success", message: t("linksEmailed", result) };
  }
  const links = await issueFeedbackLinks(actor, activityId, closes);
  revalidatePath(pathOf(activityId));
  const csv = toCsv({ headers: [t("csvName"), t("csvEmail"), t("csvLink")], rows: links.map((l) => [l.fullName, l.email ?? "", l.url]) });
  return { status: "success", message: t("linksIssued", { count: links.length }), values: { csv } };
});

export const closeFeedbackLinksAction = formAction(z.object({ activityId: z.string().min(1).max(40) }), async (actor, { activityId }) => {
  const count = await closeFeedbackLinks(actor, activityId);
  revalidatePath(pathOf(activityId));
  const t = await getTranslations("attendance");
  return { status: "success", message: t("linksClosed", { count }) };
});
