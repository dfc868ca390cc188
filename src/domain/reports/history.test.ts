import { describe, expect, it } from "vitest";
import { stepsBeforeTrail } from "./history";

const fields = { status: "DRAFT", submittedById: null, submittedAt: null, reviewedById: null, reviewedAt: null, reviewComment: "" };

describe("stepsBeforeTrail", () => {
  it("reads nothing from a draft", () => {
    expect(stepsBeforeTrail(fields)).toEqual([]);
  });

  it("reads a submission awaiting review", () => {
    expect(stepsBeforeTrail({ ...fields, status: "SUBMITTED", submittedById: "u1", submittedAt: new Date("2024-07-12T09:30:00Z") })).toEqual([
      { status: "SUBMITTED", by: "u1", at: new Date("2024-07-12T09:30:00Z"), comment: "" },
    ]);
  });

  it("reads a submission then its approval or return, from the audit trail's ISO text too", () => {
    const reviewed = { ...fields, submittedById: "u1", submittedAt: "2024-07-12T09:30:00.000Z", reviewedById: "u2", reviewedAt: "2024-07-20T10:00:00.000Z", reviewComment: "Attach the list." };
    expect(stepsBeforeTrail({ ...reviewed, status: "APPROVED" }).map((s) => [s.status, s.by, s.comment])).toEqual([["SUBMITTED", "u1", ""], ["APPROVED", "u2", "Attach the list."]]);
    expect(stepsBeforeTrail({ ...reviewed, status: "RETURNED" }).map((s) => s.status)).toEqual(["SUBMITTED", "RETURNED"]);
  });

  it("puts a return before the resubmission that followed it", () => {
    const steps = stepsBeforeTrail({ ...fields, status: "SUBMITTED", submittedById: "u1", submittedAt: new Date("2024-08-01T00:00:00Z"), reviewedById: "u2", reviewedAt: new Date("2024-07-20T00:00:00Z"), reviewComment: "Fix it." });
    expect(steps.map((s) => [s.status, s.by, s.comment])).toEqual([["RETURNED", "u2", "Fix it."], ["SUBMITTED", "u1", ""]]);
  });
});
