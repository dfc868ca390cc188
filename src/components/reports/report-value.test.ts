import { describe, expect, it } from "vitest";
import { formatReportValue } from "./report-value";

const labels = { yes: "Yes", no: "No" };

describe("formatReportValue", () => {
  it("keeps a percentage's sign on its number's line (a non-breaking space)", () => {
    expect(formatReportValue(50, "PERCENT", null, labels)).toBe("50\u00a0%");
  });

  it("writes counts, yes/no and empty values as before", () => {
    expect(formatReportValue(1250, "COUNT", null, labels)).toBe("1,250");
    expect(formatReportValue(1, "YES_NO", null, labels)).toBe("Yes");
    expect(formatReportValue(null, "COUNT", null, labels)).toBe("—");
  });
});
