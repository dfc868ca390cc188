import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../../prisma/seed/countries";
import { regionName, regionOptionsIn } from "./regions";

describe("region names in the reader's language", () => {
  it("names every region and sub-region of the country list in French and Spanish", () => {
    const names = [...new Set(COUNTRIES.flatMap((c) => [c.region, c.subRegion]))];
    for (const locale of ["fr", "es"]) {
      const untranslated = names.filter((name) => regionName(name, locale) === name && !["Asia", "Europe", "Melanesia", "Micronesia"].includes(name));
      expect(untranslated, locale).toEqual([]);
    }
  });

  it("keeps English as stored, and a name typed freely as written", () => {
    expect(regionName("South-eastern Asia", "en")).toBe("South-eastern Asia");
    expect(regionName("South-eastern Asia", "fr")).toBe("Asie du Sud-Est");
    expect(regionName("South-eastern Asia", "es")).toBe("Asia sudoriental");
    expect(regionName("Mekong basin", "fr")).toBe("Mekong basin");
  });

  it("offers a filter's regions in the reader's order, the stored name as the value", () => {
    expect(regionOptionsIn(["Americas", "Africa", "Europe"], "es")).toEqual([
      { value: "Africa", label: "África" },
      { value: "Americas", label: "Américas" },
      { value: "Europe", label: "Europa" },
    ]);
    expect(regionOptionsIn(["Eastern Africa", "Caribbean"], "fr").map((o) => o.label)).toEqual(["Afrique orientale", "Caraïbes"]);
  });
});
