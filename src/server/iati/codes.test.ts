import { describe, expect, it } from "vitest";
import { loadCodelist } from "../../../tests/support/iati";
import { IATI_CODES, SECTOR } from "./codes";

describe("IATI codes the export uses", () => {
  for (const [list, codes] of Object.entries(IATI_CODES)) {
    it(`${list}: ${codes.join(", ")} exist and are not withdrawn`, () => {
      const items = loadCodelist(list);
      for (const code of codes) {
        expect(items.get(code), `${code} in ${list}.xml`).toBeDefined();
        expect(items.get(code)?.withdrawn, `${code} in ${list}.xml is withdrawn`).toBe(false);
      }
    });
  }

  it("the loader tells withdrawn codes and unknown ones apart", () => {
    const sectors = loadCodelist("Sector");
    expect(sectors.get("15120")?.withdrawn).toBe(true); // Public sector financial management, withdrawn
    expect(sectors.has("99999")).toBe(false);
  });

  it("names the sector as its codelist does", () => {
    expect(loadCodelist("Sector").get(SECTOR.code)?.name).toBe(SECTOR.name);
  });
});
