import { describe, expect, it } from "vitest";
import { problemTranslator, translateFieldErrors } from "./problems";
import { dateField } from "@/lib/form-fields";
import enValidation from "../../messages/en/validation.json";
import esValidation from "../../messages/es/validation.json";
import frValidation from "../../messages/fr/validation.json";

const messages = { en: enValidation, fr: frValidation, es: esValidation };

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

describe("the data layer's counted and kind-dependent sentences, with the real catalogs", () => {
  const catalog = (locale: "en" | "fr" | "es") => (messages[locale] as { validation: Record<string, string> }).validation;
  const fr = problemTranslator(catalog("en"), catalog("fr"));
  const es = problemTranslator(catalog("en"), catalog("es"));

  it("translates one and several active accounts, and each kind of acronym clash", () => {
    expect(fr("This organisation still has 1 active user account. Deactivate it first.")).toBe("Cette organisation a encore 1 compte utilisateur actif. Désactivez-le d'abord.");
    expect(fr("This organisation still has 3 active user accounts. Deactivate them first.")).toBe("Cette organisation a encore 3 comptes utilisateur actifs. Désactivez-les d'abord.");
    expect(es("This organisation still has 3 active user accounts. Deactivate them first.")).toBe("Esta organización todavía tiene 3 cuentas de usuario activas. Desactívelas primero.");
    expect(es("Another NSB already uses the acronym BSN.")).toBe("Otro ONN ya utiliza la sigla BSN.");
    expect(fr("Another indicator of this Action Plan already has the code AP-1.")).toBe("Un autre indicateur de ce Plan d'action a déjà le code AP-1.");
  });

  it("translates a sentence with several values, each read back", () => {
    expect(fr("Enter a year between 2010 and 2030.")).toBe("Saisissez une année entre 2010 et 2030.");
    expect(es("Enter a year between 2010 and 2030.")).toBe("Introduzca un año entre 2010 y 2030.");
  });

  it("says a date input's day is not valid without naming a format the reader never types", () => {
    const problem = dateField("Enter a date.").safeParse("29/02/2024").error!.issues[0]!.message;
    expect(fr(problem)).toBe("Saisissez une date valide.");
    expect(es(problem)).toBe("Ingrese una fecha válida.");
    for (const text of [problem, fr(problem), es(problem)]) expect(text).not.toMatch(/YYYY|AAAA|MM|JJ|DD/);
  });
});
