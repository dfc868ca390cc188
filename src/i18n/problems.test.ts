import { describe, expect, it } from "vitest";
import { problemTranslator, translateFieldErrors } from "./problems";

const en = { enterATitle: "Enter a title.", keepThis: "Keep this to {max} characters or fewer.", parent: "Its parent {code} is archived. Restore {code} first." };
const fr = { enterATitle: "Saisissez un titre.", keepThis: "Limitez ce texte à {max} caractères.", parent: "Son parent {code} est archivé. Restaurez d'abord {code}." };

describe("problems in the reader's language", () => {
  const t = problemTranslator(en, fr);

  it("translates a known sentence, reading its values back", () => {
    expect(t("Enter a title.")).toBe("Saisissez un titre.");
    expect(t("Keep this to 200 characters or fewer.")).toBe("Limitez ce texte à 200 caractères.");
    expect(t("Its parent O1.2 is archived. Restore O1.2 first.")).toBe("Son parent O1.2 est archivé. Restaurez d'abord O1.2.");
  });

  it("leaves an unknown sentence, and English readers' sentences, as they are", () => {
    expect(t("Something new.")).toBe("Something new.");
    expect(problemTranslator(en, en)("Enter a title.")).toBe("Enter a title.");
    expect(problemTranslator(undefined, fr)("Enter a title.")).toBe("Enter a title.");
  });

  it("translates every message of every field", () => {
    expect(translateFieldErrors({ title: ["Enter a title."], code: ["Keep this to 30 characters or fewer."] }, t)).toEqual({
      title: ["Saisissez un titre."],
      code: ["Limitez ce texte à 30 caractères."],
    });
  });
});
