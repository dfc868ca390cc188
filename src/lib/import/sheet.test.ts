import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, decodeText, parseCsv, parseSheet, parseXlsx, SheetError } from "./sheet";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseCsv", () => {
  it("reads a semicolon-separated file with a byte-order mark, quotes and accents", () => {
    const csv = "\uFEFFNom;Courriel;Commentaires\r\nNguyễn Thị Lan;lan@example.test;\"Très utile; merci\"\r\n\"Lê, Văn \"\"Nam\"\"\";nam@example.test;\"Deux\nlignes\"\r\n";
    const sheet = parseCsv(bytes(csv));
    expect(sheet.headers).toEqual(["Nom", "Courriel", "Commentaires"]);
    expect(sheet.rows).toEqual([
      ["Nguyễn Thị Lan", "lan@example.test", "Très utile; merci"],
      ['Lê, Văn "Nam"', "nam@example.test", "Deux\nlignes"],
    ]);
  });

  it("reads a comma-separated file and keeps blank rows in place (row numbers stay right)", () => {
    const sheet = parseCsv("Name,Email\nA One,a@x.test\n\nB Two,b@x.test");
    expect(sheet.rows).toEqual([["A One", "a@x.test"], [""], ["B Two", "b@x.test"]]);
  });

  it("reads back cells the exports protected against formulas", () => {
    expect(parseCsv("Name\n'=1+2\n'@home\n").rows).toEqual([["=1+2"], ["@home"]]);
  });

  it("refuses a quote that is never closed", () => {
    expect(() => parseCsv('Name,Email\n"A One,a@x.test\n')).toThrow(SheetError);
  });
});

describe("decodeText", () => {
  it("reads UTF-8, UTF-16 with a BOM and falls back to Windows-1252", () => {
    expect(decodeText(bytes("\uFEFFJosé"))).toBe("José");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("Né", (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeText(utf16)).toBe("Né");
    expect(decodeText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]))).toBe("José");
  });

  it("reads UTF-16 without a BOM, little- and big-endian, and refuses other files with zero bytes", () => {
    const text = "Full name,Email\nJosé Núñez,jose@example.test\n";
    const le = new Uint8Array(Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat());
    const be = new Uint8Array(Array.from(text, (c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]).flat());
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
    expect(() => decodeText(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x00, 0x0a, 0x41, 0x42, 0x43, 0x44]))).toThrow(/not a text CSV file/);
  });
});

describe("parseXlsx", () => {
  it("reads the first worksheet of a real workbook: strings, numbers, dates, formulas, rich text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Participants");
    workbook.addWorksheet("Other").addRow(["ignored"]);
    sheet.addRow(["Full name", "Email", "Pre-test", "Date", "Total", "Share"]);
    sheet.addRow(["Siti Rahayu", { text: "siti@example.test", hyperlink: "mailto:siti@example.test" }, 55, new Date(Date.UTC(2023, 2, 14)), { formula: "C2+1", result: 56 }, 0.85]);
    sheet.getCell("F2").numFmt = "0%";
    sheet.addRow([]);
    sheet.getCell("A4").value = { richText: [{ text: "Budi " }, { text: "Santoso", font: { bold: true } }] };
    sheet.getCell("C4").value = true;
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());

    const parsed = await parseXlsx(buffer);
    expect(parsed.headers).toEqual(["Full name", "Email", "Pre-test", "Date", "Total", "Share"]);
    expect(parsed.rows[0]).toEqual(["Siti Rahayu", "siti@example.test", "55", "2023-03-14", "56", "85%"]);
    expect(parsed.rows[1]).toEqual([]);
    expect(parsed.rows[2]).toEqual(["Budi Santoso", "", "TRUE"]);
    expect(await parseSheet("list.XLSX", buffer)).toEqual(parsed);
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(parseXlsx(bytes("not a zip"))).rejects.toMatchObject({ problem: "unreadable" });
  });
});

describe("parseSheet", () => {
  it("refuses a header row naming the same column twice, saying which columns", async () => {
    await expect(parseSheet("list.csv", bytes("Full name,Email,NSB,email\nA B,a@x.test,BSN,b@x.test\n"))).rejects.toMatchObject({
      problem: "duplicateHeader",
      message: expect.stringContaining("columns B and D"),
    });
  });

  it("refuses a CSV holding a NUL byte with a clear message", async () => {
    await expect(parseSheet("list.csv", bytes("Name,Note\nA\u0000B,ok\n"))).rejects.toMatchObject({ problem: "unreadable", message: expect.stringContaining("CSV UTF-8") });
  });

  it("accepts .csv and .xlsx only", async () => {
    expect((await parseSheet("list.csv", bytes("Name\nA B\n"))).rows).toEqual([["A B"]]);
    await expect(parseSheet("list.xls", bytes("x"))).rejects.toMatchObject({ problem: "unsupportedType" });
    await expect(parseSheet("list.pdf", bytes("x"))).rejects.toMatchObject({ problem: "unsupportedType" });
  });
});

describe("cellText", () => {
  it("turns cell values into text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(new Date(Date.UTC(2024, 0, 2)))).toBe("2024-01-02");
    expect(cellText({ error: "#N/A" } as ExcelJS.CellErrorValue)).toBe("");
  });
});
