import { describe, expect, it } from "vitest";
import { evidenceLinkErrors, halfYears, parsePeriodKey, periodKey, reportValueErrors, reportingPeriods } from "@/domain/reports/rules";
import { checkEvidenceFile, cleanFileName } from "@/lib/evidence-files";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const p = (a: string, b: string) => ({ periodStart: day(a), periodEnd: day(b) });
const keys = (periods: { periodStart: Date; periodEnd: Date }[]) => periods.map(periodKey);

describe("reporting periods", () => {
  it("takes the distinct target periods, leaving out one that contains shorter ones", () => {
    const targets = [p("2023-01-01", "2023-06-30"), p("2022-07-01", "2022-12-31"), p("2023-01-01", "2023-06-30"), p("2022-07-01", "2023-06-30")];
    expect(keys(reportingPeriods(targets, null))).toEqual(["2022-07-01_2022-12-31", "2023-01-01_2023-06-30"]);
  });

  it("falls back to calendar half-years overlapping the programme's dates", () => {
    expect(keys(reportingPeriods([], { start: day("2022-07-15"), end: day("2023-02-01") }))).toEqual([
      "2022-07-01_2022-12-31",
      "2023-01-01_2023-06-30",
    ]);
    expect(reportingPeriods([], null)).toEqual([]);
    expect(halfYears(day("2000-01-01"), day("2099-12-31"))).toHaveLength(40);
  });

  it("round-trips a period key and refuses malformed ones", () => {
    expect(periodKey(parsePeriodKey("2024-01-01_2024-06-30")!)).toBe("2024-01-01_2024-06-30");
    expect(parsePeriodKey("2024-02-30_2024-06-30")).toBeNull();
    expect(parsePeriodKey("2024-06-30_2024-01-01")).toBeNull();
    expect(parsePeriodKey("../etc")).toBeNull();
  });
});

describe("reportValueErrors", () => {
  const none = { valueFemale: null, valueMale: null, valueOther: null };
  it("requires a value that fits the unit", () => {
    expect(reportValueErrors({ unit: "COUNT", disaggregateBySex: false }, { value: null, ...none }).value).toBeDefined();
    expect(reportValueErrors({ unit: "COUNT", disaggregateBySex: false }, { value: 2.5, ...none }).value).toBeDefined();
    expect(reportValueErrors({ unit: "COUNT", disaggregateBySex: false }, { value: -1, ...none }).value).toBeDefined();
    expect(reportValueErrors({ unit: "PERCENT", disaggregateBySex: false }, { value: 101, ...none }).value).toBeDefined();
    expect(reportValueErrors({ unit: "YES_NO", disaggregateBySex: false }, { value: 2, ...none }).value).toBeDefined();
    expect(reportValueErrors({ unit: "YES_NO", disaggregateBySex: false }, { value: 1, ...none })).toEqual({});
    expect(reportValueErrors({ unit: "CURRENCY", disaggregateBySex: false }, { value: 1250.5, ...none })).toEqual({});
  });

  it("requires values by sex that add up to the total for counts", () => {
    const bySex = { unit: "COUNT", disaggregateBySex: true } as const;
    expect(reportValueErrors(bySex, { value: 5, ...none })).toMatchObject({ valueFemale: expect.any(Array), valueMale: expect.any(Array) });
    expect(reportValueErrors(bySex, { value: 5, valueFemale: 2, valueMale: 2, valueOther: null }).value?.[0]).toMatch(/add up/);
    expect(reportValueErrors(bySex, { value: 5, valueFemale: 2, valueMale: 3, valueOther: null })).toEqual({});
    expect(reportValueErrors(bySex, { value: 5, valueFemale: 2, valueMale: 2, valueOther: 1 })).toEqual({});
  });

  it("does not add up percentages by sex", () => {
    expect(reportValueErrors({ unit: "PERCENT", disaggregateBySex: true }, { value: 60, valueFemale: 70, valueMale: 50, valueOther: null })).toEqual({});
  });
});

describe("evidence", () => {
  it("accepts http(s) links only, at most ten", () => {
    expect(evidenceLinkErrors(["https://example.org/a.pdf", "http://example.org"])).toEqual({});
    expect(evidenceLinkErrors(["javascript:alert(1)"]).evidenceLinks).toHaveLength(1);
    expect(evidenceLinkErrors(["file:///etc/passwd"]).evidenceLinks).toHaveLength(1);
    expect(evidenceLinkErrors(Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`)).evidenceLinks).toHaveLength(1);
  });

  it("checks a file's type by extension and content, and its size", () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n");
    expect(checkEvidenceFile("report.pdf", pdf)).toMatchObject({ ok: true, contentType: "application/pdf" });
    expect(checkEvidenceFile("report.exe", pdf)).toMatchObject({ ok: false });
    expect(checkEvidenceFile("photo.png", pdf)).toMatchObject({ ok: false });
    expect(checkEvidenceFile("list.csv", new TextEncoder().encode("a,b\n1,2\n"))).toMatchObject({ ok: true, contentType: "text/csv" });
    expect(checkEvidenceFile("list.csv", new Uint8Array([0x4d, 0x5a, 0x00, 0x01]))).toMatchObject({ ok: false });
    expect(checkEvidenceFile("empty.pdf", new Uint8Array())).toMatchObject({ ok: false, problem: "The file is empty." });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(checkEvidenceFile("big.pdf", big)).toMatchObject({ ok: false, problem: "The file is larger than 10 MB." });
  });

  it("keeps only the base name of an uploaded file", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName("a\u0000b.pdf")).toBe("ab.pdf");
  });
});
