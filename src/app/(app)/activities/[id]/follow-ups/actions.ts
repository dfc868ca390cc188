"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/app/_lib/form-action";
import { toCsv } from "@/lib/import/write";
import { closeSurvey, scheduleFollowUps, sendSurveyInvitations, sendSurveyReminders, stopSurveyReminders, type SentLinks } from "@/server/surveys";
import { scheduleSchema, surveyActionSchema } from "@/domain/surveys/schema";

const pathOf = (activityId: string) => `/activities/${activityId}/follow-ups`;
const withActivity = surveyActionSchema.extend({ activityId: z.string().min(1).max(40) });

export const scheduleFollowUpsAction = formAction(scheduleSchema, async (actor, input) => {
  const created = await scheduleFollowUps(actor, input);
  revalidatePath(pathOf(input.activityId));
  const t = await getTranslations("surveys");
  return { status: "success", message: t("schedule.scheduled", { count: created.length }) };
});

async function linksState(result: SentLinks, delivery: "email" | "csv") {
  const t = await getTranslations("surveys");
  if (delivery === "email") return { status: "success" as const, message: t("actions.mailed", { sent: result.sent, failed: result.failed, withoutEmail: result.withoutEmail }) };
  const csv = toCsv({ headers: [t("csv.name"), t("csv.email"), t("csv.nsb"), t("csv.link")], rows: result.links.map((l) => [l.fullName, l.email ?? "", l.nsb, l.url]) });
  return { status: "success" as const, message: t("actions.linksReady", { count: result.links.length }), values: { csv } };
}

export const sendInvitationsAction = formAction(withActivity, async (actor, { activityId, surveyId, delivery }) => {
  const result = await sendSurveyInvitations(actor, surveyId, delivery);
  revalidatePath(pathOf(activityId), "layout");
  return linksState(result, delivery);
});

export const sendRemindersAction = formAction(withActivity, async (actor, { activityId, surveyId, version, delivery }) => {
  const result = await sendSurveyReminders(actor, surveyId, version, delivery);
  revalidatePath(pathOf(activityId), "layout");
  return linksState(result, delivery);
});

export const stopRemindersAction = formAction(withActivity, async (actor, { activityId, surveyId, version }) => {
  await stopSurveyReminders(actor, surveyId, version);
  revalidatePath(pathOf(activityId), "layout");
  return { status: "success", message: (await getTranslations("surveys"))("actions.stopped") };
});

export const closeSurveyAction = formAction(withActivity, async (actor, { activityId, surveyId, version }) => {
  await closeSurvey(actor, surveyId, version);
  revalidatePath(pathOf(activityId), "layout");
  return { status: "success", message: (await getTranslations("surveys"))("actions.closed") };
});
