import { describe, expect, it } from "vitest";
import { countryName, countryOptionsIn, formatAmount, formatFileSize, formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from "./format";

const nb = "\u00a0";
const nnb = "\u202f";

describe("formats in French and Spanish", () => {
  it("writes days and months in the language", () => {
    expect(formatDate("2022-07-01", "fr")).toBe("1 juil. 2022");
    expect(formatDate("2022-07-01", "es")).toBe("1 jul 2022");
    expect(formatMonth("2023-12", "fr")).toBe("déc. 2023");
    expect(formatMonth("2023-12", "es")).toBe("dic 2023");
  });

  it("groups thousands and marks decimals as the language does", () => {
    expect(formatNumber(338700, "fr")).toBe(`338${nnb}700`);
    expect(formatNumber(338700, "es")).toBe("338.700");
    expect(formatNumber(12.5, "fr")).toBe("12,5");
    expect(formatNumber(12.5, "es")).toBe("12,5");
    expect(formatNumber(338700, "en")).toBe("338,700");
  });

  it("writes money and percentages in the language", () => {
    expect(formatMoney(1000.5, "CHF", "fr")).toBe(`CHF${nb}1${nnb}000,50`);
    expect(formatAmount(95000, "EUR", "es")).toBe("95.000");
    expect(formatPercent(12.5, "fr")).toBe("12,5 %");
    expect(formatPercent(12.5, "en")).toBe("12.5 %");
    expect(formatPercent(null, "es")).toBe("—");
  });

  it("keeps English when given no language outside a page", () => {
    expect(formatDate("2022-07-01")).toBe("1 Jul 2022");
  });

  it("names countries in the language, in its alphabetical order; English keeps the stored names", () => {
    const stored = [{ code: "DE", name: "Germany" }, { code: "ID", name: "Indonesia" }, { code: "LA", name: "Lao People's Democratic Republic" }];
    expect(countryName(stored[1]!, "fr")).toBe("Indonésie");
    expect(countryName(stored[1]!, "es")).toBe("Indonesia");
    expect(countryName(stored[2]!, "en")).toBe("Lao People's Democratic Republic");
    expect(countryOptionsIn(stored, "fr").map((c) => c.name)).toEqual(["Allemagne", "Indonésie", "Laos"]);
    expect(countryOptionsIn(stored, "es").map((c) => c.code)).toEqual(["DE", "ID", "LA"]);
    expect(countryOptionsIn(stored, "en")).toEqual(stored);
    // A code the runtime does not know keeps its stored name.
    expect(countryName({ code: "AA", name: "Somewhere" }, "fr")).toBe("Somewhere");
  });

  it("writes a file's size with the language's unit", () => {
    expect(formatFileSize(90, "fr")).toBe(`1${nnb}ko`);
    expect(formatFileSize(12 * 1024, "es")).toBe("12 kB");
    expect(formatFileSize(1_263_000, "en")).toBe("1,233 kB");
  });
});
