import { describe, expect, it } from "vitest";
import { REPORT_ACTIONS, REPORT_STATUSES, REPORT_TRANSITIONS, canTransition, isEditable, nextStatus, transitionRefusal } from "@/domain/reports/status";

describe("report status transitions", () => {
  it("allows exactly draft→submitted→approved|returned→submitted, and edits of drafts and returned reports", () => {
    const allowed = REPORT_STATUSES.flatMap((from) => REPORT_ACTIONS.filter((a) => canTransition(from, a)).map((a) => `${from} ${a} → ${nextStatus(from, a)}`));
    expect(allowed.sort()).toEqual(
      [
        "DRAFT save → DRAFT",
        "DRAFT submit → SUBMITTED",
        "RETURNED save → RETURNED",
        "RETURNED submit → SUBMITTED",
        "SUBMITTED approve → APPROVED",
        "SUBMITTED return → RETURNED",
      ].sort(),
    );
  });

  it("refuses every other pair, with a reason naming the current status", () => {
    for (const from of REPORT_STATUSES) {
      for (const action of REPORT_ACTIONS) {
        const legal = REPORT_TRANSITIONS[action][from] !== undefined;
        expect(canTransition(from, action)).toBe(legal);
        const refusal = transitionRefusal(from, action);
        if (legal) expect(refusal).toBeNull();
        else expect(refusal).toContain(`This report is ${from.toLowerCase()}.`);
      }
    }
  });

  it("treats an approved report as final and a submitted one as frozen until reviewed", () => {
    expect(isEditable("APPROVED")).toBe(false);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("RETURNED")).toBe(true);
    for (const action of REPORT_ACTIONS) expect(nextStatus("APPROVED", action)).toBeNull();
  });
});
