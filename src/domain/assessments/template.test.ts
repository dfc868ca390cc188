import { describe, expect, it } from "vitest";
import { inLanguage, keyFrom, templateContentSchema, uniqueKey } from "./template";
import { answersSchema, reviewRoundSchema, templateSchema } from "./schema";
import { nextRoundStatus, roundRefusal } from "./status";

const text = (en: string) => ({ en, fr: "", es: "" });
const levels = [0, 1, 2, 3, 4].map((l) => text(`Level ${l}`));
const area = (key: string, questionKeys: string[]) => ({ key, title: text(key), questions: questionKeys.map((k) => ({ key: k, text: text(k), levels })) });

describe("template content", () => {
  it("takes areas with questions of five levels, and fills missing translations with empty text", () => {
    const parsed = templateContentSchema.parse({ areas: [{ key: "gov", title: { en: "Governance" }, questions: [{ key: "q1", text: { en: "Q" }, levels: levels.map((l) => ({ en: l.en })) }] }] });
    expect(parsed.areas[0]!.title).toEqual({ en: "Governance", fr: "", es: "" });
  });

  it("refuses a question without five levels, an area without questions and a key used twice", () => {
    const issues = (value: unknown) => templateContentSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ areas: [{ ...area("a", ["q"]), questions: [{ key: "q", text: text("Q"), levels: levels.slice(0, 4) }] }] })).toContain("Describe each level from 0 to 4.");
    expect(issues({ areas: [area("a", [])] })).toContain("Each area needs at least one question.");
    expect(issues({ areas: [area("a", ["q"]), area("b", ["q"])] })).toContain("Each area and each question needs a key of its own.");
    expect(issues({ areas: [] })).toContain("Add at least one area.");
  });

  it("shows a text in the reader's language when it has one, else in English", () => {
    expect(inLanguage({ en: "Governance", fr: "Gouvernance", es: "" }, "fr")).toBe("Gouvernance");
    expect(inLanguage({ en: "Governance", fr: "Gouvernance", es: "" }, "es")).toBe("Governance");
  });

  it("makes keys from titles, unique among those taken", () => {
    expect(keyFrom("Participation à l'ISO")).toBe("participation-a-l-iso");
    expect(keyFrom("***")).toBe("item");
    expect(uniqueKey("gsp", new Set(["gsp", "gsp-2"]))).toBe("gsp-3");
  });

  it("reads the editor's JSON in the template form", () => {
    const ok = templateSchema.safeParse({ title: "NSB capacity", content: JSON.stringify({ areas: [area("a", ["q"])] }) });
    expect(ok.success).toBe(true);
    expect(templateSchema.safeParse({ title: "NSB capacity", content: "{" }).error?.issues[0]?.message).toBe("The questionnaire's areas are missing.");
  });
});

describe("round forms", () => {
  it("reads one answer per question from score: and notes: fields, an empty level as not answered", () => {
    const parsed = answersSchema.parse({ id: "r1", version: "3", intent: "submit", "score:q1": "2", "notes:q1": " Minutes of the board ", "score:q2": "", "notes:q3": "" });
    expect(parsed).toMatchObject({ id: "r1", version: 3, submit: true });
    expect(parsed.answers).toEqual([
      { questionKey: "q1", score: 2, notes: "Minutes of the board" },
      { questionKey: "q2", score: null, notes: "" },
      { questionKey: "q3", score: null, notes: "" },
    ]);
  });

  it("refuses a level outside 0-4", () => {
    const result = answersSchema.safeParse({ id: "r1", version: "1", "score:q1": "5" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["score:q1"], message: "Choose a level from 0 to 4." });
  });

  it("requires a comment to return a round", () => {
    expect(reviewRoundSchema.safeParse({ id: "r1", version: "1", decision: "return", comment: " " }).success).toBe(false);
    expect(reviewRoundSchema.safeParse({ id: "r1", version: "1", decision: "validate" }).success).toBe(true);
  });
});

describe("round statuses", () => {
  it("allows only the listed transitions", () => {
    expect(nextRoundStatus("DRAFT", "submit")).toBe("SUBMITTED");
    expect(nextRoundStatus("RETURNED", "save")).toBe("RETURNED");
    expect(nextRoundStatus("SUBMITTED", "validate")).toBe("VALIDATED");
    expect(nextRoundStatus("VALIDATED", "save")).toBeNull();
    expect(nextRoundStatus("DRAFT", "validate")).toBeNull();
    expect(roundRefusal("VALIDATED", "return")).toBe("Only a submitted self-assessment can be returned.");
  });
});
