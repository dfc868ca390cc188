import { describe, expect, it } from "vitest";
import { neverAnswered, unreachedState } from "./use-action-round";

describe("a save that never reached the server", () => {
  it("is a fetch that failed, not an answer of the app", () => {
    expect(neverAnswered(new TypeError("Failed to fetch"))).toBe(true);
    expect(neverAnswered(new Error("An unexpected response was received from the server."))).toBe(true);
    // Next.js's redirects and the server's own errors carry a digest: their boundaries handle them.
    expect(neverAnswered(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/participants/1;307;" }))).toBe(false);
    expect(neverAnswered(Object.assign(new Error("An error occurred in the Server Components render."), { digest: "1234567" }))).toBe(false);
  });

  it("leaves the form what was typed, and nothing saved", () => {
    const data = new FormData();
    data.set("fullName", "Ayu Lestari");
    data.append("evidenceLinks[]", "https://example.org/a.pdf");
    data.set("$ACTION_ID_abc", "");
    expect(unreachedState(data)).toEqual({ status: "error", unreachable: true, values: { fullName: "Ayu Lestari", "evidenceLinks[]": ["https://example.org/a.pdf"] } });
  });
});
