import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizePersonName } from "./normalize";

describe("normalizePersonName", () => {
  it("ignores accents, case and spacing", () => {
    expect(normalizePersonName("  Nguyễn  Văn   An ")).toBe("nguyen van an");
    expect(normalizePersonName("ĐỨC Minh")).toBe("duc minh");
    expect(normalizePersonName("José  María")).toBe(normalizePersonName("jose maria"));
  });
});

describe("normalizeEmail", () => {
  it("lower-cases and trims", () => {
    expect(normalizeEmail(" Dewi.Lestari@Example.ORG ")).toBe("dewi.lestari@example.org");
  });
});
