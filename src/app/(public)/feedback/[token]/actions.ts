"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicFormAction } from "@/app/_lib/form-action";
import { clientAddress } from "@/server/auth";
import { submitFeedback } from "@/server/feedback";
import { feedbackSchema } from "@/domain/feedback/schema";

export const submitFeedbackAction = publicFormAction(feedbackSchema, async ({ token, ...answer }) => {
  await submitFeedback(token, clientAddress(await headers()), answer);
  const t = await getTranslations("feedback");
  return { status: "success", message: t("thanks") };
});
