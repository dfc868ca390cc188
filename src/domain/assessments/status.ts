import type { AssessmentStatus } from "@/generated/prisma/enums";

/**
 * The life of a self-assessment round, in one table (as reports'): the data layer refuses
 * every (status, action) pair not listed here.
 *
 *   (open) DRAFT --submit--> SUBMITTED --validate--> VALIDATED
 *                                |
 *                             return (with a comment)
 *                                v
 *          RETURNED --submit--> SUBMITTED
 *
 * "save" changes the answers; a RETURNED round stays RETURNED while it is fixed, so the
 * comment stays in view. A VALIDATED round is final and is the one dashboards count.
 */
export const ROUND_ACTIONS = ["save", "submit", "validate", "return"] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export const ROUND_TRANSITIONS: Readonly<Record<RoundAction, Partial<Record<AssessmentStatus, AssessmentStatus>>>> = {
  save: { DRAFT: "DRAFT", RETURNED: "RETURNED" },
  submit: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  validate: { SUBMITTED: "VALIDATED" },
  return: { SUBMITTED: "RETURNED" },
};

export function nextRoundStatus(from: AssessmentStatus, action: RoundAction): AssessmentStatus | null {
  return ROUND_TRANSITIONS[action][from] ?? null;
}

export const isRoundEditable = (status: AssessmentStatus) => nextRoundStatus(status, "save") !== null;

const REFUSALS: Record<RoundAction, string> = {
  save: "Only a draft or a returned self-assessment can be changed.",
  submit: "Only a draft or a returned self-assessment can be submitted.",
  validate: "Only a submitted self-assessment can be validated.",
  return: "Only a submitted self-assessment can be returned.",
};

/** Why `action` is refused from `from`, or null when it is allowed. */
export function roundRefusal(from: AssessmentStatus, action: RoundAction): string | null {
  return nextRoundStatus(from, action) === null ? REFUSALS[action] : null;
}
