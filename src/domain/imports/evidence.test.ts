import { describe, expect, it } from "vitest";
import { describeRowError } from "@/lib/import/errors";
import { parseCsv } from "@/lib/import/sheet";
import fr from "../../../messages/fr/imports.json";
import { checkAdoptionRows, checkCommitteeRoleRows, type EvidenceReference } from "./evidence";

const ref: EvidenceReference = {
  nsbs: new Map([["BSN", { id: "bsn", acronym: "BSN" }], ["TISI", { id: "tisi", acronym: "TISI" }]]),
  ownNsb: null,
  programmes: new Map([["CET-SEA", { id: "cet", code: "CET-SEA", nsbIds: new Set(["bsn"]) }]]),
};

/** next-intl's formatting of a catalog entry, enough for these messages (no plurals). */
const inFrench = (code: string, params: Record<string, string | number>) =>
  (fr.importErrors as Record<string, string>)[code]!.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key]));

describe("the evidence imports on the import engine", () => {
  it("read French and Spanish headers as well as English ones", () => {
    const french = parseCsv("ONN,Norme,Référence nationale,Date d'adoption,Degré,Programme\nBSN,ISO 9001:2015,SNI ISO 9001:2016,2016-05-01,IDT,CET-SEA");
    expect(checkAdoptionRows(french, true, ref)).toMatchObject({ totalRows: 1, errors: [], planned: [{ row: 2, nsb: "BSN", data: { degree: "IDENTICAL", programmeId: "cet" } }] });
    const spanish = parseCsv("Sigla,Comité,Condición de miembro,Liderazgo,Desde,Hasta\nTISI,ISO/TC 176,P-member,,2024-01-01,");
    expect(checkCommitteeRoleRows(spanish, true, ref)).toMatchObject({ errors: [], planned: [{ nsb: "TISI", data: { committee: "ISO/TC 176", membership: "P_MEMBER" } }] });
  });

  it("state each problem as a code with its params, in English for logs and in the reader's language on the page", () => {
    const sheet = parseCsv("NSB,Standard,National reference,Adoption date,Degree\nXYZ,ISO 9001:2015,SNI 9001,2016-05-01,Sort of\nBSN,ISO 9001:2015,SNI 9001,2016-05-01,IDT\nBSN,iso 9001:2015,SNI 9001,2016-05-01,MOD");
    const { errors } = checkAdoptionRows(sheet, true, ref);
    expect(errors.map((e) => [e.row, e.cell, e.column, e.code])).toEqual([
      [2, "A2", "NSB", "nsbUnknown"],
      [2, "E2", "Degree", "degreeInvalid"],
      [4, "", "", "repeatsAdoption"],
    ]);
    expect(errors[2]!.reason).toBe("This row repeats row 3 (same NSB and standard).");
    expect(describeRowError(errors[1]!, inFrench)).toBe("« Sort of » n'est pas un degré de correspondance : utilisez Identical ou Modified.");
  });

  it("report a header named twice and a missing column on row 1, and check nothing else", () => {
    const sheet = parseCsv("Committee,Comité,From\nISO/TC 68,ISO/TC 68,2024-01-01");
    const { errors, planned } = checkCommitteeRoleRows(sheet, true, ref);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, "Comité", "columnTwice"],
      [1, "NSB", "fileColumnMissing"],
      [1, "Membership", "fileColumnMissing"],
    ]);
    expect(planned).toEqual([]);
  });
});
