import type { ReportStatus } from "@/generated/prisma/enums";

/**
 * The life of an indicator report, in one table. The data layer refuses every
 * (status, action) pair that is not listed here.
 *
 *   (none) --save--> DRAFT --submit--> SUBMITTED --approve--> APPROVED
 *                                          |
 *                                       return (with a comment)
 *                                          v
 *                    RETURNED --submit--> SUBMITTED
 *
 * "save" edits the values, narrative, links and files. A RETURNED report stays RETURNED
 * while it is being fixed (so the reviewer's comment stays in view and the reporter's
 * "returned to you" list keeps it) until it is resubmitted. An APPROVED report is final.
 */
export const REPORT_ACTIONS = ["save", "submit", "approve", "return"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"] as const satisfies readonly ReportStatus[];

export const REPORT_TRANSITIONS: Readonly<Record<ReportAction, Partial<Record<ReportStatus, ReportStatus>>>> = {
  save: { DRAFT: "DRAFT", RETURNED: "RETURNED" },
  submit: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  approve: { SUBMITTED: "APPROVED" },
  return: { SUBMITTED: "RETURNED" },
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: ReportStatus, action: ReportAction): ReportStatus | null {
  return REPORT_TRANSITIONS[action][from] ?? null;
}

export const canTransition = (from: ReportStatus, action: ReportAction) => nextStatus(from, action) !== null;

/** Whether a report in this status may be edited (values, links, files). */
export const isEditable = (status: ReportStatus) => canTransition(status, "save");

const REFUSALS: Record<ReportAction, string> = {
  save: "Only a draft or a returned report can be changed.",
  submit: "Only a draft or a returned report can be submitted.",
  approve: "Only a submitted report can be approved.",
  return: "Only a submitted report can be returned.",
};

/** Why `action` is refused from `from` (for DomainValidationError), or null when it is allowed. */
export function transitionRefusal(from: ReportStatus, action: ReportAction): string | null {
  return canTransition(from, action) ? null : `${REFUSALS[action]} This report is ${from.toLowerCase()}.`;
}
