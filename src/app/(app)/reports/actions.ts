"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/app/_lib/form-action";
import { reloadIfReviewedMeanwhile } from "@/app/_lib/review-conflict";
import { approveReport, getReport, returnReport, saveReportDraft, submitReport, removeEvidenceFile, lockPeriod, unlockPeriod, sendReminders } from "@/server/reports";
import { lockSchema, remindersSchema, removeFileSchema, reportIdSchema, reportSchema, reviewSchema, unlockSchema } from "@/domain/reports/schema";

export const saveReportAction = formAction(reportSchema, async (actor, input) => {
  const report = await saveReportDraft(actor, {
    indicatorId: input.indicatorId,
    ...input.period,
    organizationId: input.organizationId,
    value: input.value,
    valueFemale: input.valueFemale,
    valueMale: input.valueMale,
    valueOther: input.valueOther,
    narrative: input.narrative,
    evidenceLinks: input["evidenceLinks[]"],
    version: input.version,
    submit: input.intent === "submit",
  });
  revalidatePath("/reports", "layout");
  redirect(`/reports/${report.id}?saved=${input.intent === "submit" ? "submitted" : "saved"}`);
});

export const submitReportAction = formAction(reportIdSchema, async (actor, input) => {
  await submitReport(actor, input);
  revalidatePath("/reports", "layout");
  redirect(`/reports/${input.id}?saved=submitted`);
});

export const reviewReportAction = formAction(reviewSchema, async (actor, input) => {
  const review = input.decision === "approve" ? approveReport : returnReport;
  const report = await reloadIfReviewedMeanwhile(
    review(actor, { id: input.id, version: input.version, comment: input.comment }),
    `/reports/${input.id}`,
    async () => (await getReport(actor, input.id)).report.status === "SUBMITTED",
  );
  revalidatePath("/reports", "layout");
  revalidatePath("/programmes", "layout");
  redirect(`/reports/${report.id}?saved=${input.decision === "approve" ? "approved" : "returned"}`);
});

export const removeFileAction = formAction(removeFileSchema, async (actor, input) => {
  await removeEvidenceFile(actor, input.fileId);
  revalidatePath(`/reports/${input.reportId}`);
  return { status: "success", message: (await getTranslations("evidenceFiles"))("removed") };
});

export const lockPeriodAction = formAction(lockSchema, async (actor, input) => {
  await lockPeriod(actor, input);
  revalidatePath("/reports", "layout");
  redirect("/reports/locks?saved=locked");
});

export const unlockPeriodAction = formAction(unlockSchema, async (actor, input) => {
  await unlockPeriod(actor, input.id, input.reason);
  revalidatePath("/reports", "layout");
  redirect("/reports/locks?saved=unlocked");
});

export const sendRemindersAction = formAction(remindersSchema, async (actor, input) => {
  const result = await sendReminders(actor, { programmeId: input.programmeId, ...input.period });
  const t = await getTranslations("reportMatrix");
  const parts = [t("remindersSent", { count: result.notifications })];
  if (result.mailEnabled) parts.push(t("remindersEmailed", { count: result.emailed }));
  else parts.push(t("remindersNoEmail"));
  if (result.nsbsWithoutFocalPoint.length) parts.push(t("remindersNoFocalPoint", { nsbs: result.nsbsWithoutFocalPoint.join(", ") }));
  return { status: "success", message: parts.join(" ") };
});
