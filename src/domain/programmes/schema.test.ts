import { describe, expect, it } from "vitest";
import { AMBIGUOUS_COMMA } from "@/lib/form-fields";
import { programmeFormSchema } from "@/domain/programmes/schema";

const form = (extra: Record<string, string | string[]> = {}) => ({
  code: "new-prog",
  title: "A programme",
  summary: "",
  objectives: "",
  region: "",
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  status: "PLANNED",
  budgetAmount: "",
  budgetCurrency: "CHF",
  id: "",
  version: "",
  ...extra,
});

describe("programmeFormSchema", () => {
  it("zips the funding rows and reads the checkbox lists", () => {
    const parsed = programmeFormSchema.parse(
      form({ "fundingDonorId[]": ["d1", "d2"], "fundingAmount[]": ["100", "2,500.5"], "fundingCurrency[]": ["aud", "SEK"], nsbIds: "n1", resultAreaIds: ["r1", "r2"] }),
    );
    expect(parsed.code).toBe("NEW-PROG");
    expect(parsed.fundings).toEqual([
      { donorId: "d1", amount: 100, currency: "AUD" },
      { donorId: "d2", amount: 2500.5, currency: "SEK" },
    ]);
    expect([parsed.nsbIds, parsed.resultAreaIds, parsed.budgetAmount, parsed.version]).toEqual([["n1"], ["r1", "r2"], null, undefined]);
  });

  it("puts errors on the row and field concerned, and checks the end date even when other fields fail", () => {
    const result = programmeFormSchema.safeParse(
      form({ title: "", endDate: "2025-01-01", "fundingDonorId[]": ["d1", "d1"], "fundingAmount[]": ["-1", "5"], "fundingCurrency[]": ["CHF", "CHF"] }),
    );
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths.sort()).toEqual(["endDate", "fundings.0.amount", "fundings.1.donorId", "title"]);
    const twice = programmeFormSchema.safeParse(form({ "fundingDonorId[]": ["d1", "d1"], "fundingAmount[]": ["1", "5"], "fundingCurrency[]": ["CHF", "CHF"] }));
    expect(twice.error!.issues.map((i) => i.path.join("."))).toEqual(["fundings.1.donorId"]);
  });

  it("refuses codes with spaces or symbols", () => {
    const result = programmeFormSchema.safeParse(form({ code: "CET SEA!" }));
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(["code"]);
  });

  it("refuses a budget or funding written with a decimal comma, saying how to write it", () => {
    const result = programmeFormSchema.safeParse(form({ budgetAmount: "12,5", "fundingDonorId[]": ["d1"], "fundingAmount[]": ["1,25"], "fundingCurrency[]": ["CHF"] }));
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["budgetAmount", AMBIGUOUS_COMMA],
      ["fundings.0.amount", AMBIGUOUS_COMMA],
    ]);
    expect(programmeFormSchema.parse(form({ budgetAmount: "1'250.50" })).budgetAmount).toBe(1250.5);
  });
});
