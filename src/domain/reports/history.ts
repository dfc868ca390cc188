import type { ReportStatus } from "@/generated/prisma/enums";

/** One submission or review of a report: its status after the step, who (a user id), when and the comment. */
export interface ReportStepOf<By> {
  status: Extract<ReportStatus, "SUBMITTED" | "APPROVED" | "RETURNED">;
  by: By;
  at: Date;
  comment: string;
}

/** What a report row says of its last submission and review (dates as Date or as the audit trail's ISO text). */
export interface ReportReviewFields {
  status: string;
  submittedById: string | null;
  submittedAt: Date | string | null;
  reviewedById: string | null;
  reviewedAt: Date | string | null;
  reviewComment: string | null;
}

const asDate = (v: Date | string | null) => (v == null ? null : v instanceof Date ? v : new Date(v));

/**
 * The steps a report went through before its audit trail begins, read from the report as it
 * stood then (`fields`: the first recorded change's "before", or the report itself when nothing
 * was ever recorded — reports loaded by a migration or an import): its last submission and
 * its last review, in the order they happened. A report is only ever reviewed once submitted,
 * so a review without a later approval is a return (a returned report resubmitted keeps its
 * reviewer and comment). Without these, a submitted report loaded that way read "Not
 * submitted yet" under a status card naming who submitted it.
 */
export function stepsBeforeTrail(fields: ReportReviewFields): ReportStepOf<string | null>[] {
  const steps: ReportStepOf<string | null>[] = [];
  const submittedAt = asDate(fields.submittedAt);
  const reviewedAt = asDate(fields.reviewedAt);
  if (submittedAt && fields.status !== "DRAFT") steps.push({ status: "SUBMITTED", by: fields.submittedById, at: submittedAt, comment: "" });
  if (reviewedAt && fields.status !== "DRAFT") {
    const review = { status: fields.status === "APPROVED" ? "APPROVED" : "RETURNED", by: fields.reviewedById, at: reviewedAt, comment: fields.reviewComment ?? "" } as const;
    steps.push(review);
  }
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}
