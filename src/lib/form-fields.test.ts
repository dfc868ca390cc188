import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AMBIGUOUS_COMMA, AMBIGUOUS_DECIMAL, currencyField, dateField, idList, isRealDay, issuesToFieldErrors, optionalMoney, readDecimal, requiredMoney, text } from "./form-fields";
import { formValues } from "./form-values";

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("money", () => {
  it("reads what people type, and empty as not set", () => {
    expect(optionalMoney.parse("12 500.50")).toBe(12500.5);
    expect(optionalMoney.parse("1,000")).toBe(1000);
    expect(optionalMoney.parse(" ")).toBeNull();
    expect(optionalMoney.parse(null)).toBeNull();
    expect(optionalMoney.parse(7)).toBe(7);
  });

  it("refuses negative, text, too many decimals and huge amounts, one message each", () => {
    expect(messages(optionalMoney, "-5")).toEqual(["Enter an amount of 0 or more."]);
    expect(messages(optionalMoney, "-5.555")).toEqual(["Enter an amount of 0 or more."]);
    expect(messages(optionalMoney, "ten")).toHaveLength(1);
    expect(messages(optionalMoney, "1.005")).toEqual(["Use at most two decimals."]);
    expect(messages(optionalMoney, "1e3")).toHaveLength(1);
    expect(messages(optionalMoney, "1000000000000")).toEqual(["This amount is too large."]);
    expect(messages(requiredMoney, "")).toEqual(["Enter an amount."]);
  });
});

describe("numbers as people type them", () => {
  const value = (input: string) => {
    const reading = readDecimal(input);
    return reading.ok ? reading.value : reading.reason;
  };

  it("reads a point as the decimal mark and spaces, apostrophes or commas in groups of three as thousands", () => {
    expect(value("1250")).toBe(1250);
    expect(value("1250.50")).toBe(1250.5);
    expect(value("1 250.50")).toBe(1250.5);
    expect(value("1\u00a0250.50")).toBe(1250.5);
    expect(value("1,250.50")).toBe(1250.5);
    expect(value("1'250.50")).toBe(1250.5);
    expect(value("1\u2019250.50")).toBe(1250.5);
    expect(value("1,250")).toBe(1250);
    expect(value("12,500,000")).toBe(12_500_000);
    expect(value(" 0.5 ")).toBe(0.5);
    expect(value("-1,250")).toBe(-1250);
    expect(value("   ")).toBeNull();
  });

  it("refuses a comma that may be a decimal comma instead of guessing", () => {
    for (const input of ["12,5", "1,25", "0,5", "1250,50", "1.250,50", "1,2500", "1,250,5", ",5", "12,"]) {
      expect(value(input), input).toBe("ambiguousComma");
    }
  });

  it("refuses what is no number", () => {
    for (const input of ["ten", "1e3", "12.5.1", ".5", "5.", "12 CHF", "1,250.50.1"]) expect(value(input), input).not.toEqual(expect.any(Number));
    expect(value("ten")).toBe("notNumber");
  });

  it("gives the money fields one message saying how to write the amount", () => {
    expect(messages(optionalMoney, "12,5")).toEqual([AMBIGUOUS_COMMA]);
    expect(messages(requiredMoney, "1,25")).toEqual([AMBIGUOUS_COMMA]);
    expect(AMBIGUOUS_COMMA).toContain("12.5");
    expect(requiredMoney.parse("1,250.50")).toBe(1250.5);
  });
});

describe("numbers in French and Spanish", () => {
  const value = (input: string, locale: "fr" | "es") => {
    const reading = readDecimal(input, locale);
    return reading.ok ? reading.value : reading.reason;
  };

  it("French: a comma is the decimal mark, spaces (also no-break and narrow no-break) group thousands", () => {
    expect(value("12,5", "fr")).toBe(12.5);
    expect(value("1 250,50", "fr")).toBe(1250.5);
    expect(value("1\u00a0250,50", "fr")).toBe(1250.5);
    expect(value("1\u202f250,50", "fr")).toBe(1250.5);
    expect(value("12500000", "fr")).toBe(12_500_000);
    expect(value("-0,5", "fr")).toBe(-0.5);
    // A point is no French group: read as the decimal point people also type.
    expect(value("12.5", "fr")).toBe(12.5);
    expect(value("1.250,50", "fr")).toBe("ambiguousComma");
    expect(value("douze", "fr")).toBe("notNumber");
    expect(value("12,5,1", "fr")).toBe("notNumber");
  });

  it("Spanish: a comma is the decimal mark, points in groups of three group thousands", () => {
    expect(value("12,5", "es")).toBe(12.5);
    expect(value("1.250,50", "es")).toBe(1250.5);
    expect(value("1.250", "es")).toBe(1250);
    expect(value("12.500.000", "es")).toBe(12_500_000);
    expect(value("1 250,50", "es")).toBe(1250.5);
    // A point that groups nothing can only be a decimal point: saved values come back as "12.5".
    expect(value("12.5", "es")).toBe(12.5);
    expect(value("1250.50", "es")).toBe(1250.5);
    expect(value("1.25,5", "es")).toBe("ambiguousPoint");
    expect(value("1.2.5", "es")).toBe("notNumber");
    expect(value("doce", "es")).toBe("notNumber");
  });

  it("English keeps its rules when asked explicitly", () => {
    expect(readDecimal("12,5", "en")).toEqual({ ok: false, reason: "ambiguousComma" });
    expect(readDecimal("1,250.50", "en")).toEqual({ ok: true, value: 1250.5 });
  });

  it("explains the mark in each language's own convention", () => {
    expect(AMBIGUOUS_DECIMAL.fr).toContain("12,5");
    expect(AMBIGUOUS_DECIMAL.es).toContain("1.250,50");
  });
});

describe("currency", () => {
  it("accepts ISO 4217 codes in any case and refuses others", () => {
    expect(currencyField.parse(" chf ")).toBe("CHF");
    expect(messages(currencyField, "")).toEqual(["Choose a currency."]);
    expect(messages(currencyField, "EURO")).toHaveLength(1);
    expect(messages(currencyField, "XYZ")).toEqual(["This is not an ISO 4217 currency code."]);
  });
});

describe("dates", () => {
  const day = dateField("Enter a date.");
  it("accepts real days and explains the rest, one message each", () => {
    expect(day.parse("2024-02-29")).toBe("2024-02-29");
    expect(messages(day, "")).toEqual(["Enter a date."]);
    expect(messages(day, "29/02/2024")).toEqual(["Enter a valid date."]);
    expect(messages(day, "2023-02-29")).toEqual(["This date does not exist."]);
    expect(messages(day, "2023-13-45")).toEqual(["This date does not exist."]);
    expect(messages(day, "1800-01-01")).toEqual(["Enter a date between 1990 and 2100."]);
    expect(isRealDay("2023-02-28")).toBe(true);
  });
});

describe("text and lists", () => {
  it("trims, requires and limits text", () => {
    expect(text(5, "Enter it.").parse("  abc ")).toBe("abc");
    expect(messages(text(5, "Enter it."), "   ")).toEqual(["Enter it."]);
    expect(messages(text(5), "abcdef")).toEqual(["Keep this to 5 characters or fewer."]);
  });

  it("reads checkbox lists posted as nothing, one value or several", () => {
    const ids = idList(3, "Too many.");
    expect(ids.parse(undefined)).toEqual([]);
    expect(ids.parse("a")).toEqual(["a"]);
    expect(ids.parse(["a", "b", "a"])).toEqual(["a", "b"]);
    expect(messages(ids, ["a", "b", "c", "d"])).toEqual(["Too many."]);
  });

  it("turns form data into values and issues into field errors keyed by path", () => {
    const data = new FormData();
    data.append("title", "T");
    data.append("ids", "a");
    data.append("ids", "b");
    data.append("rows[]", "only one");
    expect(formValues(data)).toEqual({ title: "T", ids: ["a", "b"], "rows[]": ["only one"] });
    const schema = z.object({ rows: z.array(z.object({ amount: z.number({ error: "Number." }) })) });
    const result = schema.safeParse({ rows: [{ amount: 1 }, { amount: "x" }] });
    expect(issuesToFieldErrors(result.error!)).toEqual({ "rows.1.amount": ["Number."] });
  });

  it("reads form values without NUL characters or broken UTF-16, a file as no text, and without Next.js' own fields", () => {
    const data = new FormData();
    data.append("name", "Ana\0 Lopez\uD800");
    data.append("$ACTION_ID_abc", "");
    data.append("file", new Blob(["x"]), "x.txt");
    expect(formValues(data)).toEqual({ name: "Ana Lopez\uFFFD", file: "" });
  });
});
