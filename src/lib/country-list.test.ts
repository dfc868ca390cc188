import { describe, expect, it } from "vitest";
import { packCountries, unpackCountries } from "./country-list";

describe("country list as a page sends it", () => {
  it("comes back as it went, names with spaces, commas and accents included", () => {
    const countries = [{ code: "CI", name: "Côte d'Ivoire" }, { code: "KR", name: "Korea, Republic of" }, { code: "VN", name: "Viet Nam" }];
    expect(unpackCountries(packCountries(countries))).toEqual(countries);
  });
  it("an empty list stays empty", () => {
    expect(unpackCountries(packCountries([]))).toEqual([]);
  });
});
