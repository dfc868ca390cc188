import { describe, expect, it } from "vitest";
import { parseCsv, parseXlsx } from "./sheet";
import { IMPORT_FIELDS } from "./columns";
import { suggestMapping } from "./mapping";
import { validateRows } from "./validate";
import { protectCell, templateHelpTable, templateTable, toCsv, toXlsx } from "./write";

describe("toCsv", () => {
  it("writes UTF-8 with a BOM, quotes what needs it and defuses formulas", () => {
    const csv = toCsv({ headers: ["Name", "Note", "Score"], rows: [["Nguyễn Thị Lan", 'says "hi", twice', 85], ["=HYPERLINK(\"x\")", "-2+3", null], ["@SUM(A1)", "+1", "ok"]] });
    expect(csv.startsWith("\uFEFFName,Note,Score\r\n")).toBe(true);
    expect(csv).toContain('Nguyễn Thị Lan,"says ""hi"", twice",85\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'-2+3,\r\n`);
    expect(csv).toContain("'@SUM(A1),'+1,ok\r\n");
  });

  it("round-trips through the importer", () => {
    const table = { headers: ["Full name", "Feedback"], rows: [["Lê Văn Nam", "=cmd; and \"more\"\nline"]] };
    expect(parseCsv(new TextEncoder().encode(toCsv(table)))).toEqual({ headers: table.headers, rows: table.rows });
  });

  it("protects only cells starting with = + - @", () => {
    expect(["=1", "+1", "-1", "@a", "a=1", "1-2"].map(protectCell)).toEqual(["'=1", "'+1", "'-1", "'@a", "a=1", "1-2"]);
  });
});

describe("template", () => {
  it("has every column for staff and no NSB column for focal points; its example row is valid once named, and skipped unchanged", async () => {
    const staff = templateTable({ staff: true });
    const focal = templateTable({ staff: false });
    expect(staff.headers).toContain("NSB");
    expect(focal.headers).not.toContain("NSB");
    expect(staff.headers).toHaveLength(17);
    expect(templateHelpTable({ staff: false }).rows).toHaveLength(16);

    for (const table of [staff, focal]) {
      const sheet = parseCsv(toCsv(table));
      const mapping = suggestMapping(sheet.headers);
      expect(mapping.every(Boolean)).toBe(true);
      const options = { nsbs: [{ id: "bsn", acronym: "BSN" }], ownNsbId: table === focal ? "bsn" : null };
      // Unchanged, the example row is no row at all.
      const unchanged = validateRows(sheet, mapping, options);
      expect(unchanged.totalRows).toBe(0);
      expect(unchanged.errors.map((e) => e.code)).toEqual(["noRows"]);
      // Given a real name (the rest as in the example), it is imported.
      const nameAt = mapping.indexOf("full_name");
      const named = { ...sheet, rows: sheet.rows.map((cells) => cells.map((cell, i) => (i === nameAt ? "Siti Rahayu" : cell))) };
      const result = validateRows(named, mapping, options);
      expect(result.errors).toEqual([]);
      expect(result.rows[0]!.participant).toMatchObject({ sex: "FEMALE", ageBand: "AGE_25_34", countryCode: "ID", stakeholderGroup: "GOVERNMENT_REGULATOR" });
    }

    // Marked as an example, in the app's own wording.
    expect(staff.rows[0]).toContain("EXAMPLE – Siti Rahayu");
    expect(staff.rows[0]).toContain("Government and regulators");
    expect(staff.rows[0]).not.toContain("Government / regulator");

    const workbook = await toXlsx(staff, "Participants", [{ name: "Help", table: templateHelpTable({ staff: true }) }]);
    const read = await parseXlsx(workbook);
    expect(read.headers).toEqual(staff.headers);
    expect(read.rows).toEqual(staff.rows);
  });
});

describe("template in French and Spanish", () => {
  it.each(["fr", "es"] as const)("round-trips in %s: headers mapped, example skipped unchanged, read once named", async (locale) => {
    const table = templateTable({ staff: true, locale });
    expect(table.headers).not.toContain("Full name");
    for (const sheet of [parseCsv(toCsv(table)), await parseXlsx(await toXlsx(table, "Participants"))]) {
      const mapping = suggestMapping(sheet.headers);
      expect(mapping).toEqual(IMPORT_FIELDS);
      const options = { nsbs: [{ id: "bsn", acronym: "BSN" }], ownNsbId: null };
      expect(validateRows(sheet, mapping, options).errors.map((e) => e.code)).toEqual(["noRows"]);
      const named = { ...sheet, rows: sheet.rows.map((cells) => cells.map((cell, i) => (i === 0 ? "Siti Rahayu" : cell))) };
      const result = validateRows(named, mapping, options);
      expect(result.errors).toEqual([]);
      expect(result.rows[0]!.participant).toMatchObject({ sex: "FEMALE", ageBand: "AGE_25_34", countryCode: "ID", stakeholderGroup: "GOVERNMENT_REGULATOR", consentToContact: true });
      expect(result.rows[0]!.participation).toMatchObject({ role: "PARTICIPANT", attendance: "ATTENDED", completed: true, preTestScore: 55 });
    }
  });

  it("explains each column in the template's language, with that language's labels", () => {
    const fr = templateHelpTable({ staff: false, locale: "fr" });
    expect(fr.headers).toEqual(["Colonne", "Valeurs acceptées"]);
    expect(fr.rows).toContainEqual(["Sexe", "Femme, Homme, Autre, Non communiqué (aussi F, H, femme, homme…). Vide\u00a0: non renseigné."]);
    const es = templateHelpTable({ staff: false, locale: "es" });
    expect(es.rows).toContainEqual(["Asistencia", "Inscrito, Asistió, Asistencia parcial, No se presentó (también sí, presente, ausente…). Vacío: Inscrito."]);
  });
});
