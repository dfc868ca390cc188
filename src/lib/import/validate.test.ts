import { describe, expect, it } from "vitest";
import { parseCsv } from "./sheet";
import { suggestMapping } from "./mapping";
import { explain, validateRows, type ValidateOptions } from "./validate";

const nsbs = [
  { id: "nsb-bsn", acronym: "BSN", name: "Badan Standardisasi Nasional" },
  { id: "nsb-tisi", acronym: "TISI", name: "Thai Industrial Standards Institute" },
];
const countries = [{ code: "ID", name: "Indonesia" }, { code: "TH", name: "Thailand" }];

function check(csv: string, options: ValidateOptions = {}) {
  const sheet = parseCsv(csv);
  return validateRows(sheet, suggestMapping(sheet.headers), { nsbs, countries, ...options });
}

describe("validateRows", () => {
  it("reads valid rows into app values; blank cells are 'not given'", () => {
    const result = check(
      "Name,Email,Gender,Age,Stakeholder group,Organisation,Country,NSB,Attendance,Pre-test,Post-test,Satisfaction,Completed,Feedback\n" +
        "Siti  Rahayu,Siti@Example.test,F,25–34,Government,Ministry of Industry,Indonesia,bsn,present,55,80,5,yes,Great\n" +
        "Budi Santoso,,,,,,,,,,,,,\n",
      { defaultNsbId: "nsb-tisi" },
    );
    expect(result.errors).toEqual([]);
    expect(result.totalRows).toBe(2);
    expect(result.rows[0]).toEqual({
      row: 2,
      participant: {
        fullName: "Siti Rahayu", normalizedName: "siti rahayu", email: "siti@example.test", sex: "FEMALE", ageBand: "AGE_25_34",
        stakeholderGroup: "GOVERNMENT_REGULATOR", organizationName: "Ministry of Industry", jobTitle: null, countryCode: "ID",
        consentToContact: null, nsbId: "nsb-bsn",
      },
      owningNsbId: "nsb-bsn",
      participation: { role: null, attendance: "ATTENDED", completed: true, preTestScore: 55, postTestScore: 80, satisfaction: 5, feedback: "Great" },
    });
    expect(result.rows[1]).toMatchObject({ row: 3, participant: { fullName: "Budi Santoso", email: null, sex: null, nsbId: null }, owningNsbId: "nsb-tisi" });
  });

  it("reports every problem with its sheet row, cell, field and reason", () => {
    const result = check(
      "Name,Email,Sex,Age,Pre-test,Satisfaction,Attendance\n" +
        "Siti Rahayu,siti@example.test,F,25-34,55,5,attended\n" + // row 2: fine
        ",bad-email,Robot,25-35,101,0,maybe\n" + // row 3: six problems
        "\n" + // row 4: blank, skipped
        "Budi Santoso,SITI@example.test,M,,,,\n", // row 5: duplicate email
      { defaultNsbId: "nsb-bsn" },
    );
    expect(result.totalRows).toBe(3);
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.errors.map((e) => [e.row, e.cell, e.field, e.code])).toEqual([
      [3, "A3", "full_name", "required"],
      [3, "B3", "email", "emailInvalid"],
      [3, "C3", "sex", "sexInvalid"],
      [3, "D3", "age_band", "ageBandInvalid"],
      [3, "G3", "attendance", "attendanceInvalid"],
      [3, "E3", "pre_test", "outOfRange"],
      [3, "F3", "satisfaction", "outOfRange"],
      [5, "B5", "email", "duplicateEmail"],
    ]);
    const duplicate = result.errors.at(-1)!;
    expect(duplicate.reason).toBe("This email already appears in row 2.");
    expect(duplicate.column).toBe("Email");
    expect(result.errors.find((e) => e.field === "sex")!.reason).toContain("“Robot” is not a sex");
    expect(result.errors.find((e) => e.field === "pre_test")!.reason).toBe("“101” is outside 0 to 100.");
  });

  it("without an email, the same name at the same NSB twice is an error on the second", () => {
    const result = check("Name,NSB\nBudi Santoso,BSN\nbudi  SANTOSO,BSN\nBudi Santoso,TISI\n");
    expect(result.errors.map((e) => [e.row, e.cell, e.code, e.reason])).toEqual([
      [3, "A3", "duplicatePerson", "This person (same name and NSB, no email) already appears in row 2."],
    ]);
  });

  it("checks NSB cells: known acronyms, and for a focal point only their own", () => {
    expect(check("Name,NSB\nA One,XYZ\n", { defaultNsbId: "nsb-bsn" }).errors.map((e) => [e.cell, e.code])).toEqual([["B2", "nsbUnknown"]]);
    const focal = check("Name,NSB\nA One,TISI\nB Two,BSN\nC Three,\n", { ownNsbId: "nsb-bsn" });
    expect(focal.errors.map((e) => [e.cell, e.code, e.reason])).toEqual([["B2", "nsbNotYours", "You can import only BSN participants; this row names TISI."]]);
    expect(focal.rows.map((r) => r.owningNsbId)).toEqual(["nsb-bsn", "nsb-bsn"]);
  });

  it("needs an NSB for a row without email when staff chose none", () => {
    const result = check("Name,Email,NSB\nA One,,\nB Two,b@x.test,\nC Three,,TISI\n");
    expect(result.errors.map((e) => [e.row, e.cell, e.code])).toEqual([[2, "C2", "nsbRequired"]]);
    expect(result.rows.map((r) => [r.row, r.owningNsbId])).toEqual([[3, null], [4, "nsb-tisi"]]);
  });

  it("checks countries by code or name", () => {
    const result = check("Name,Country\nA One,th\nB Two,Thailand\nC Three,Atlantis\n", { defaultNsbId: "nsb-bsn" });
    expect(result.rows.map((r) => r.participant.countryCode)).toEqual(["TH", "TH"]);
    expect(result.errors.map((e) => [e.cell, e.code])).toEqual([["B4", "countryInvalid"]]);
  });

  it("reports a mapping without a name column, or with a field mapped twice, at the header row", () => {
    const sheet = parseCsv("Email,Mail\na@x.test,a@x.test\n");
    const missing = validateRows(sheet, ["email", null]);
    expect(missing.errors.map((e) => [e.row, e.cell, e.code, e.reason])).toEqual([[1, "", "columnMissing", "No column is mapped to Full name: map one, or add it to the sheet."]]);
    const twice = validateRows(parseCsv("Name,Email,Mail\nA,a@x.test,a@x.test\n"), ["full_name", "email", "email"]);
    expect(twice.errors.map((e) => [e.row, e.cell, e.code])).toEqual([[1, "C1", "mappedTwice"]]);
    expect(twice.rows).toEqual([]);
  });

  it("refuses an empty sheet and one too long", () => {
    expect(check("Name,Email\n").errors.map((e) => e.code)).toEqual(["noRows"]);
    expect(check("Name\nA One\nB Two\nC Three\n", { maxRows: 2, defaultNsbId: "nsb-bsn" }).errors.map((e) => e.code)).toEqual(["tooManyRows"]);
  });

  it("ignores unmapped columns", () => {
    const sheet = parseCsv("Name,Sex\nA One,Robot\n");
    expect(validateRows(sheet, ["full_name", null], { defaultNsbId: "nsb-bsn" }).errors).toEqual([]);
  });
});

describe("explain", () => {
  it("fills the message's placeholders", () => {
    expect(explain("outOfRange", { value: "7", min: 1, max: 5 })).toBe("“7” is outside 1 to 5.");
  });
});
