import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pageOf, PAGE_SIZE, parseListParams } from "./list-params";

describe("parseListParams", () => {
  it("keeps valid values and drops bad ones instead of failing the page", () => {
    const shape = { status: z.enum(["A", "B"]).optional().catch(undefined) };
    expect(parseListParams({ q: " cet ", page: "2", status: "A" }, shape)).toEqual({ q: "cet", page: 2, status: "A" });
    expect(parseListParams({ page: "-4", status: "<script>" }, shape)).toEqual({ page: 1, status: undefined });
    expect(parseListParams({ page: ["3", "9"] }, shape).page).toBe(3);
  });
});

describe("pageOf", () => {
  it("counts pages, with at least one", () => {
    expect(pageOf([], 0, 1).pageCount).toBe(1);
    expect(pageOf([], PAGE_SIZE + 1, 1).pageCount).toBe(2);
  });
});
