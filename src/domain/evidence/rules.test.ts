import { describe, expect, it } from "vitest";
import {
  committeeProblem,
  normalizeCommittee,
  normalizeDay,
  normalizeStandardReference,
  parseDegree,
  parseLeadership,
  parseMembership,
  standardReferenceProblem,
  standardYear,
} from "@/domain/evidence/rules";

describe("standard references", () => {
  it("normalises spacing, case and amendments", () => {
    expect(normalizeStandardReference("  iso/iec   27001:2022 ")).toBe("ISO/IEC 27001:2022");
    expect(normalizeStandardReference("ISO 9001:2015 / amd 1:2024")).toBe("ISO 9001:2015/Amd 1:2024");
  });

  it("accepts plausible ISO, ISO/IEC and ISO/TS references", () => {
    for (const ref of ["ISO 9001:2015", "ISO/IEC 27001:2022", "ISO/TS 19139-1:2019", "ISO/IEC TS 27100:2020", "ISO/IEC/IEEE 42010:2022", "ISO 14064-1:2018", "ISO 9001", "ISO 9001:2015/Amd 1:2024"]) {
      expect(standardReferenceProblem(ref, "2026-11-22"), ref).toBeNull();
    }
  });

  it("refuses other bodies' references, missing numbers and impossible years", () => {
    for (const ref of ["EN 71-1:2014", "IEC 60601-1", "ISO", "ISO/IEC", "ISO ABC:2015", "ISO 9001:15", "<script>alert(1)</script>"]) {
      expect(standardReferenceProblem(ref, "2026-11-22"), ref).not.toBeNull();
    }
    expect(standardReferenceProblem("ISO 9001:2030", "2026-11-22")).toMatch(/between 1947 and 2026/);
    expect(standardReferenceProblem("ISO 9001:1900", "2026-11-22")).toMatch(/between 1947/);
  });

  it("reads the publication year", () => {
    expect(standardYear("ISO/IEC 27001:2022")).toBe(2022);
    expect(standardYear("ISO 9001")).toBeNull();
  });
});

describe("committees", () => {
  it("normalises and accepts ISO committee references", () => {
    expect(normalizeCommittee(" iso/iec jtc 1 / sc 42 ")).toBe("ISO/IEC JTC 1/SC 42");
    for (const c of ["ISO/TC 307", "ISO/TC 45/SC 3", "ISO/IEC JTC 1", "ISO/IEC JTC 1/SC 42/WG 3", "ISO/PC 317", "ISO/CASCO"]) {
      expect(committeeProblem(c), c).toBeNull();
    }
    for (const c of ["TC 307", "ISO TC 307", "IEC/TC 65", "ISO/TC", "JTC 1"]) {
      expect(committeeProblem(normalizeCommittee(c)), c).not.toBeNull();
    }
  });
});

describe("loose import values", () => {
  it("reads degrees, memberships and leadership roles", () => {
    expect(parseDegree("Identical")).toBe("IDENTICAL");
    expect(parseDegree("IDT")).toBe("IDENTICAL");
    expect(parseDegree("mod")).toBe("MODIFIED");
    expect(parseDegree("equivalent")).toBeNull();
    expect(parseMembership("P-member")).toBe("P_MEMBER");
    expect(parseMembership("O")).toBe("O_MEMBER");
    expect(parseMembership("Q")).toBeNull();
    expect(parseLeadership("")).toBe("NONE");
    expect(parseLeadership("Convenor")).toBe("CONVENER");
    expect(parseLeadership("Twinning")).toBe("TWINNED");
    expect(parseLeadership("president")).toBeNull();
  });

  it("reads days written year first or day first", () => {
    expect(normalizeDay("2024-01-05")).toBe("2024-01-05");
    expect(normalizeDay("2024/1/5")).toBe("2024-01-05");
    expect(normalizeDay("5.1.2024")).toBe("2024-01-05");
    expect(normalizeDay("05/01/2024")).toBe("2024-01-05");
    expect(normalizeDay("next week")).toBe("next week");
  });
});
