import { afterEach, describe, expect, it } from "vitest";
import { setLocaleSource } from "@/i18n/current-locale";
import { LOCALES } from "@/i18n/locales";
import { LABELS_IN, parseAgeBand, parseAttendance, parseBoolean, parseEmail, parseFullName, parseRole, parseSex, parseStakeholderGroup, parseWholeNumber } from "./values";

const value = <T>(parsed: { ok: true; value: T | null } | { ok: false }) => (parsed.ok ? parsed.value : "ERROR");

describe("parseSex", () => {
  it("reads the ways people write it", () => {
    for (const raw of ["F", "f", "Female", "woman", "W", " Femme "]) expect(value(parseSex(raw))).toBe("FEMALE");
    for (const raw of ["M", "Male", "man", "MAN"]) expect(value(parseSex(raw))).toBe("MALE");
    for (const raw of ["Other", "non-binary", "X"]) expect(value(parseSex(raw))).toBe("OTHER");
    for (const raw of ["Prefer not to say", "prefer not to answer", "Undisclosed", "N/A"]) expect(value(parseSex(raw))).toBe("UNDISCLOSED");
    expect(value(parseSex(""))).toBeNull();
    expect(value(parseSex("  "))).toBeNull();
  });

  it("refuses what it cannot read, quoting the value", () => {
    expect(parseSex("Fem ale person")).toEqual({ ok: false, code: "sexInvalid", params: { value: "Fem ale person", allowed: "Female, Male, Other or Not disclosed" } });
  });
});

describe("parseAgeBand", () => {
  it("reads ranges, open ends, ages and codes", () => {
    expect(value(parseAgeBand("25-34"))).toBe("AGE_25_34");
    expect(value(parseAgeBand("25–34"))).toBe("AGE_25_34");
    expect(value(parseAgeBand("35 to 44"))).toBe("AGE_35_44");
    expect(value(parseAgeBand("45 - 54 years"))).toBe("AGE_45_54");
    expect(value(parseAgeBand("55+"))).toBe("AGE_55_PLUS");
    expect(value(parseAgeBand("55 and over"))).toBe("AGE_55_PLUS");
    expect(value(parseAgeBand("over 60"))).toBe("AGE_55_PLUS");
    expect(value(parseAgeBand("<25"))).toBe("UNDER_25");
    expect(value(parseAgeBand("Under 25"))).toBe("UNDER_25");
    expect(value(parseAgeBand("18-24"))).toBe("UNDER_25");
    expect(value(parseAgeBand("31"))).toBe("AGE_25_34");
    expect(value(parseAgeBand("AGE_35_44"))).toBe("AGE_35_44");
    expect(value(parseAgeBand("Prefer not to say"))).toBe("UNDISCLOSED");
    expect(value(parseAgeBand(""))).toBeNull();
  });

  it("refuses ranges across bands and nonsense", () => {
    expect(parseAgeBand("25-35").ok).toBe(false);
    expect(parseAgeBand("old").ok).toBe(false);
    expect(parseAgeBand("under 40").ok).toBe(false);
    expect(parseAgeBand("3").ok).toBe(false);
  });
});

describe("parseStakeholderGroup", () => {
  it("reads labels, codes and common words", () => {
    expect(value(parseStakeholderGroup("Government / regulator"))).toBe("GOVERNMENT_REGULATOR");
    // The app's own wording, as the template now writes it.
    expect(value(parseStakeholderGroup("Government and regulators"))).toBe("GOVERNMENT_REGULATOR");
    expect(value(parseStakeholderGroup("Academia and research"))).toBe("ACADEMIA_RESEARCH");
    expect(value(parseStakeholderGroup("GOVERNMENT_REGULATOR"))).toBe("GOVERNMENT_REGULATOR");
    expect(value(parseStakeholderGroup("Regulator"))).toBe("GOVERNMENT_REGULATOR");
    expect(value(parseStakeholderGroup("nsb staff"))).toBe("NSB_STAFF");
    expect(value(parseStakeholderGroup("MSME"))).toBe("SME");
    expect(value(parseStakeholderGroup("Women-owned business"))).toBe("WOMEN_OWNED_BUSINESS");
    expect(value(parseStakeholderGroup("University"))).toBe("ACADEMIA_RESEARCH");
    expect(value(parseStakeholderGroup("Civil society"))).toBe("NGO");
    expect(value(parseStakeholderGroup(""))).toBeNull();
    expect(parseStakeholderGroup("Astronauts").ok).toBe(false);
  });
});

describe("parseAttendance and parseRole", () => {
  it("reads attendance words", () => {
    for (const raw of ["attended", "Yes", "present", "Full"]) expect(value(parseAttendance(raw))).toBe("ATTENDED");
    expect(value(parseAttendance("partial"))).toBe("PARTIAL");
    for (const raw of ["no", "Absent", "no-show", "No show"]) expect(value(parseAttendance(raw))).toBe("NO_SHOW");
    expect(value(parseAttendance("Registered"))).toBe("REGISTERED");
    expect(value(parseAttendance(""))).toBeNull();
    expect(parseAttendance("maybe").ok).toBe(false);
  });

  it("reads roles", () => {
    expect(value(parseRole("Trainer"))).toBe("TRAINER");
    expect(value(parseRole("facilitator"))).toBe("TRAINER");
    expect(value(parseRole("participant"))).toBe("PARTICIPANT");
    expect(value(parseRole("Observer"))).toBe("OBSERVER");
    expect(parseRole("boss").ok).toBe(false);
  });
});

describe("parseBoolean", () => {
  it("reads yes/no words", () => {
    for (const raw of ["yes", "Y", "TRUE", "1", "x", "oui"]) expect(value(parseBoolean(raw))).toBe(true);
    for (const raw of ["no", "N", "false", "0"]) expect(value(parseBoolean(raw))).toBe(false);
    expect(value(parseBoolean(""))).toBeNull();
    expect(parseBoolean("perhaps")).toEqual({ ok: false, code: "booleanInvalid", params: { value: "perhaps" } });
  });
});

describe("parseWholeNumber", () => {
  it("reads whole numbers within range", () => {
    expect(value(parseWholeNumber("85", 0, 100))).toBe(85);
    expect(value(parseWholeNumber("85%", 0, 100))).toBe(85);
    expect(value(parseWholeNumber("85.0", 0, 100))).toBe(85);
    expect(value(parseWholeNumber("0", 0, 100))).toBe(0);
    expect(value(parseWholeNumber("4/5", 1, 5))).toBe(4);
    expect(value(parseWholeNumber("", 0, 100))).toBeNull();
  });

  it("says what is wrong", () => {
    expect(parseWholeNumber("85.5", 0, 100)).toMatchObject({ ok: false, code: "notWhole" });
    expect(parseWholeNumber("101", 0, 100)).toMatchObject({ ok: false, code: "outOfRange", params: { min: 0, max: 100 } });
    expect(parseWholeNumber("0", 1, 5)).toMatchObject({ ok: false, code: "outOfRange" });
    expect(parseWholeNumber("good", 1, 5)).toMatchObject({ ok: false, code: "notNumber" });
  });
});

describe("parseEmail and parseFullName", () => {
  it("normalises emails and refuses bad ones", () => {
    expect(value(parseEmail(" Siti.Rahayu@Example.TEST "))).toBe("siti.rahayu@example.test");
    expect(value(parseEmail("mailto:a@b.org"))).toBe("a@b.org");
    expect(parseEmail("siti at example").ok).toBe(false);
    expect(parseEmail("a@b").ok).toBe(false);
    expect(value(parseEmail(""))).toBeNull();
  });

  it("requires a name of 2 to 200 characters", () => {
    expect(value(parseFullName("  Siti   Rahayu "))).toBe("Siti Rahayu");
    expect(parseFullName("")).toMatchObject({ ok: false, code: "required" });
    expect(parseFullName("S")).toMatchObject({ ok: false, code: "nameLength" });
    expect(parseFullName("x".repeat(201))).toMatchObject({ ok: false, code: "nameLength" });
  });
});

describe("French and Spanish sheets", () => {
  const value = <T>(parsed: { ok: true; value: T } | { ok: false }) => (parsed.ok ? parsed.value : "refused");

  it("reads sexes, yes and no, attendance and roles as French and Spanish sheets write them", () => {
    expect(["Femme", "mujer", "Féminin", "Femenino"].map((v) => value(parseSex(v)))).toEqual(["FEMALE", "FEMALE", "FEMALE", "FEMALE"]);
    expect(["Homme", "hombre"].map((v) => value(parseSex(v)))).toEqual(["MALE", "MALE"]);
    expect(["oui", "Sí", "si", "non", "No", "vrai", "falso"].map((v) => value(parseBoolean(v)))).toEqual([true, true, true, false, false, true, false]);
    expect(["Présente", "presente", "Absent", "ausente", "Partielle", "parcial"].map((v) => value(parseAttendance(v)))).toEqual(["ATTENDED", "ATTENDED", "NO_SHOW", "NO_SHOW", "PARTIAL", "PARTIAL"]);
    expect(["Formatrice", "ponente", "Observadora"].map((v) => value(parseRole(v)))).toEqual(["TRAINER", "TRAINER", "OBSERVER"]);
  });

  it("reads the stakeholder groups in French and Spanish", () => {
    const groups = ["Gouvernement / régulateur", "Gobierno / regulador", "PME", "pyme", "Secteur privé", "Sector privado", "Société civile", "ONG", "Milieu universitaire / recherche", "Academia / investigación", "Consommateurs", "consumidor", "Empresa de mujeres", "Personnel de l'ONN", "Otros"];
    expect(groups.map((v) => value(parseStakeholderGroup(v)))).toEqual([
      "GOVERNMENT_REGULATOR", "GOVERNMENT_REGULATOR", "SME", "SME", "INDUSTRY", "INDUSTRY", "NGO", "NGO", "ACADEMIA_RESEARCH", "ACADEMIA_RESEARCH", "CONSUMER", "CONSUMER", "WOMEN_OWNED_BUSINESS", "NSB_STAFF", "OTHER",
    ]);
  });
});

describe("values in French and Spanish", () => {
  afterEach(() => setLocaleSource(() => undefined));
  const parsers = { sex: parseSex, ageBand: parseAgeBand, stakeholderGroup: parseStakeholderGroup, attendance: parseAttendance, participationRole: parseRole } as const;

  it("reads every label the app shows in each language as the value it labels", () => {
    for (const locale of LOCALES) {
      for (const [kind, parse] of Object.entries(parsers)) {
        for (const [code, label] of Object.entries(LABELS_IN[locale][kind as keyof typeof parsers])) expect([locale, label, value(parse(label))]).toEqual([locale, label, code]);
      }
    }
  });

  it("lists the allowed values in the reader's language, joined with its own “or”", () => {
    setLocaleSource(() => "fr");
    expect(parseSex("Fem ale person")).toEqual({ ok: false, code: "sexInvalid", params: { value: "Fem ale person", allowed: "Femme, Homme, Autre ou Non communiqué" } });
    expect(parseRole("chef")).toMatchObject({ params: { allowed: "Participant, Formateur ou Observateur" } });
    setLocaleSource(() => "es");
    expect(parseSex("Fem ale person")).toMatchObject({ params: { allowed: "Femenino, Masculino, Otro o No indicado" } });
    expect(parseAgeBand("200")).toMatchObject({ params: { allowed: "Menos de 25, 25–34, 35–44, 45–54, 55 o más o No indicado" } });
    setLocaleSource(() => "en");
    expect(parseSex("Fem ale person")).toMatchObject({ params: { allowed: "Female, Male, Other or Not disclosed" } });
  });
});
