import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hasFilters, linkParamsOf, listHref, pageOf, PAGE_SIZE, paginate, parseListParams, parseSort } from "./list-params";

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

describe("paginate", () => {
  // A list of 45 numbers, read as a query would: rows from an offset, and a count.
  const all = Array.from({ length: 45 }, (_, i) => i);
  const asked: number[] = [];
  const rowsAt = async (skip: number, take: number) => {
    asked.push(skip);
    return all.slice(skip, skip + take);
  };
  const count = async () => all.length;

  it("gives the page asked for while it exists", async () => {
    expect(await paginate(2, count, rowsAt)).toEqual({ rows: all.slice(PAGE_SIZE, 2 * PAGE_SIZE), total: 45, page: 2, pageCount: 3 });
    expect((await paginate(undefined, count, rowsAt)).page).toBe(1);
  });

  it("answers a page past the last with the last page, not an empty one", async () => {
    asked.length = 0;
    expect(await paginate(999, count, rowsAt)).toEqual({ rows: all.slice(2 * PAGE_SIZE), total: 45, page: 3, pageCount: 3 });
    expect(asked).toEqual([998 * PAGE_SIZE, 2 * PAGE_SIZE]);
  });

  it("gives an empty page 1 when there is nothing, without asking again", async () => {
    asked.length = 0;
    expect(await paginate(5, async () => 0, rowsAt)).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(asked).toHaveLength(1);
  });
});

describe("parseSort", () => {
  it("reads a leading minus as descending", () => {
    expect(parseSort("-startDate")).toEqual({ field: "startDate", direction: "desc" });
    expect(parseSort("title")).toEqual({ field: "title", direction: "asc" });
  });
});

describe("list links", () => {
  it("keep the list's filters and sort when the page changes, and leave out empty ones", () => {
    const params = linkParamsOf({ q: "cet", page: 2, status: undefined, sort: "-title" });
    expect(listHref(params, { page: "3" })).toBe("?q=cet&page=3&sort=-title");
    expect(listHref(params, { sort: "title", page: undefined })).toBe("?q=cet&sort=title");
  });

  it("say whether a filter is set", () => {
    expect(hasFilters({ q: undefined, status: "A", page: 3 }, ["q", "status"])).toBe(true);
    expect(hasFilters({ q: "", page: 3 }, ["q", "status"])).toBe(false);
  });
});
