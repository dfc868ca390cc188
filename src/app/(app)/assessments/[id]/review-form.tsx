"use client";

import { useTranslations } from "next-intl";
import { ReviewDecisionForm } from "@/components/forms/review-decision-form";
import { reviewRoundAction } from "../actions";

/** Staff review: validate, or return to the NSB with a (required) comment. */
export function ReviewRoundForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("assessments");
  const labels = { comment: t("comment"), commentHint: t("commentHint"), accept: t("validate"), reject: t("return") };
  return <ReviewDecisionForm action={reviewRoundAction} id={id} version={version} accept="validate" labels={labels} />;
}
