import { describe, expect, it } from "vitest";
import { cleanText, queryOf } from "./clean-input";
import { dayParam } from "./list-params";

describe("cleanText", () => {
  it("drops NUL characters and replaces unpaired surrogates, keeping real text", () => {
    expect(cleanText("a\u0000b")).toBe("ab");
    expect(cleanText("x\uD800y")).toBe("x\uFFFDy");
    expect(cleanText("Nguyễn 😀\tok\n")).toBe("Nguyễn 😀\tok\n");
  });

  it("cleans a route handler's query", () => {
    expect(queryOf(new Request("http://localhost/api/iati?programmeId=%00abc"))).toEqual({ programmeId: "abc" });
  });
});

describe("dayParam", () => {
  it("keeps days within 1990-2100 and drops the rest as no filter", () => {
    expect(dayParam.parse("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["0000-01-01", "9999-12-31", "1989-12-31", "2023-02-29", "2024-1-1"]) expect(dayParam.parse(bad)).toBeUndefined();
  });
});
