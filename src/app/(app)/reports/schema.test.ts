import { describe, expect, it } from "vitest";
import { AMBIGUOUS_COMMA } from "@/lib/form-fields";
import { reportSchema } from "./schema";

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
