import { describe, expect, it } from "vitest";
import { z } from "zod";
import { currencyField, dateField, formValues, idList, isRealDay, issuesToFieldErrors, optionalMoney, requiredMoney, text } from "./form-fields";

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
    expect(messages(day, "29/02/2024")).toEqual(["Enter a date as YYYY-MM-DD."]);
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
});
