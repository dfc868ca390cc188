import { describe, expect, it } from "vitest";
import { AMBIGUOUS_COMMA, issuesToFieldErrors } from "@/lib/form-fields";
import { lockSchema, reportSchema, unlockSchema } from "@/domain/reports/schema";

const form = (extra: Record<string, string | string[]> = {}) => ({
  indicatorId: "ind1",
  period: "2023-01-01_2023-06-30",
  organizationId: "",
  value: "",
  valueFemale: "",
  valueMale: "",
  valueOther: "",
  narrative: "",
  version: "",
  ...extra,
});

describe("reportSchema", () => {
  it("reads values with thousands separators and refuses a decimal comma on the field concerned", () => {
    expect(reportSchema.parse(form({ value: "1,250.5", valueFemale: "1 000" }))).toMatchObject({ value: 1250.5, valueFemale: 1000 });
    const result = reportSchema.safeParse(form({ value: "12,5", valueMale: "0,5" }));
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["value", AMBIGUOUS_COMMA],
      ["valueMale", AMBIGUOUS_COMMA],
    ]);
  });
});

const errorsOf = (result: { success: boolean; error?: Parameters<typeof issuesToFieldErrors>[0] }) => (result.success ? {} : issuesToFieldErrors(result.error!));

describe("lockSchema", () => {
  it("reports a missing reason and reversed dates together, in one parse", () => {
    expect(errorsOf(lockSchema.safeParse({ periodStart: "2024-06-30", periodEnd: "2024-01-01", programmeId: "", reason: "" }))).toEqual({
      periodEnd: ["The period must end on or after its start."],
      reason: ["Give the reason: reporters see it when they are refused."],
    });
  });

  it("leaves the order alone while a date is itself wrong, and gives days", () => {
    expect(errorsOf(lockSchema.safeParse({ periodStart: "2024-02-30", periodEnd: "2024-01-01", programmeId: "", reason: "Audit" }))).toEqual({ periodStart: ["This date does not exist."] });
    expect(lockSchema.parse({ periodStart: "2024-01-01", periodEnd: "2024-01-01", programmeId: "", reason: " Audit " })).toEqual({
      periodStart: new Date("2024-01-01T00:00:00Z"),
      periodEnd: new Date("2024-01-01T00:00:00Z"),
      programmeId: null,
      reason: "Audit",
    });
  });
});

describe("unlockSchema", () => {
  it("requires the reason (the unlock form checks it before asking to confirm)", () => {
    expect(errorsOf(unlockSchema.safeParse({ id: "lock1", reason: "  " }))).toEqual({ reason: ["Give the reason for unlocking."] });
    expect(unlockSchema.parse({ id: "lock1", reason: "Data corrected" })).toEqual({ id: "lock1", reason: "Data corrected" });
  });
});
