"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/_lib/form-action";
import { reloadIfReviewedMeanwhile } from "@/app/_lib/review-conflict";
import { getRound, openRound, reviewRound, saveRoundAnswers, saveTemplate } from "@/server/assessments";
import { answersSchema, openRoundSchema, reviewRoundSchema, templateSchema } from "@/domain/assessments/schema";

export const openRoundAction = formAction(openRoundSchema, async (actor, input) => {
  const round = await openRound(actor, input);
  revalidatePath("/assessments");
  redirect(`/assessments/${round.id}?saved=opened`);
});

export const saveAnswersAction = formAction(answersSchema, async (actor, input) => {
  await saveRoundAnswers(actor, input);
  revalidatePath("/assessments", "layout");
  redirect(`/assessments/${input.id}?saved=${input.submit ? "submitted" : "saved"}`);
});

export const reviewRoundAction = formAction(reviewRoundSchema, async (actor, input) => {
  await reloadIfReviewedMeanwhile(reviewRound(actor, input), `/assessments/${input.id}`, async () => (await getRound(actor, input.id)).round.status === "SUBMITTED");
  revalidatePath("/assessments", "layout");
  revalidatePath("/organizations", "layout");
  redirect(`/assessments/${input.id}?saved=${input.decision === "validate" ? "validated" : "returned"}`);
});

export const saveTemplateAction = formAction(templateSchema, async (actor, input) => {
  const template = await saveTemplate(actor, input);
  revalidatePath("/assessments/templates", "layout");
  redirect(`/assessments/templates/${template.id}?saved=${input.id ? "updated" : "created"}`);
});
