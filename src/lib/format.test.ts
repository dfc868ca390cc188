import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatDateTime, formatMoney, formatMonth } from "./format";

// Intl puts a no-break space between a code and its amount, and so does formatMoney.
const nb = "\u00a0";

describe("formatMoney", () => {
  it("shows the currency once, with the cents when there are some", () => {
    expect(formatMoney(1000.5, "CHF")).toBe(`CHF${nb}1,000.50`);
    expect(formatMoney(1000.05, "CHF")).toBe(`CHF${nb}1,000.05`);
    expect(formatMoney(0.5, "AUD")).toBe(`AUD${nb}0.50`);
  });

  it("keeps whole amounts whole", () => {
    expect(formatMoney(95000, "CHF")).toBe(`CHF${nb}95,000`);
    expect(formatMoney(0, "EUR")).toBe(`EUR${nb}0`);
  });

  it("reads Prisma decimals (anything with toString) and follows the currency's minor unit", () => {
    expect(formatMoney({ toString: () => "1200000.50" }, "USD")).toBe(`USD${nb}1,200,000.50`);
    expect(formatMoney(1500, "JPY")).toBe(`JPY${nb}1,500`);
    expect(formatMoney(12.345, "KWD")).toBe(`KWD${nb}12.345`);
  });

  it("shows a dash for no amount", () => {
    expect(formatMoney(null, "CHF")).toBe("—");
    expect(formatMoney(undefined, "CHF")).toBe("—");
  });
});

describe("formatAmount", () => {
  it("writes the amount without its code, for a table with a currency column", () => {
    expect(formatAmount(1000.5, "CHF")).toBe("1,000.50");
    expect(formatAmount(368000, "AUD")).toBe("368,000");
    expect(formatAmount(null, "AUD")).toBe("—");
  });
});

describe("dates", () => {
  it("writes days and moments alike, in UTC whatever the server's zone", () => {
    expect(formatDate("2022-07-01")).toBe("1 Jul 2022");
    expect(formatDate(new Date("2022-07-01T00:00:00Z"))).toBe("1 Jul 2022");
    expect(formatDateTime(new Date("2024-07-17T09:30:59Z"))).toBe("17 Jul 2024, 09:30 UTC");
    expect(formatDateTime("2024-12-31T23:05:00Z")).toBe("31 Dec 2024, 23:05 UTC");
  });

  it("writes a yyyy-mm month as a month, and leaves anything else as it is", () => {
    expect(formatMonth("2022-07")).toBe("Jul 2022");
    expect(formatMonth("2023-12")).toBe("Dec 2023");
    expect(formatMonth("2023-13")).toBe("2023-13");
    expect(formatMonth("not a month")).toBe("not a month");
  });
});
