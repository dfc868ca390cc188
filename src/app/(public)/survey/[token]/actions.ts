"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/app/_lib/form-action";
import { clientAddress } from "@/server/auth";
import { saveSurveyAnswers } from "@/server/surveys";
import { answerFormSchema } from "@/domain/surveys/schema";

export const saveSurveyAnswersAction = publicFormAction(answerFormSchema, async ({ token, intent, version, ...form }) => {
  const submit = intent === "submit";
  await saveSurveyAnswers(token, clientAddress(await headers()), form as Record<string, string | string[]>, { submit, version });
  // The page reads the saved answers (and their new version) back, or says thank you.
  redirect(`/survey/${encodeURIComponent(token)}?saved=${submit ? "sent" : "draft"}`);
});
