import { describe, expect, it } from "vitest";
import { columnLetter } from "./columns";
import { mappingFor, suggestMapping } from "./mapping";

describe("suggestMapping", () => {
  it("maps headers by their usual names, in any case and language", () => {
    expect(suggestMapping(["Name", "E-mail", "Gender", "Age group", "Organisation", "Pays"])).toEqual(["full_name", "email", "sex", "age_band", "organization", "country"]);
    expect(suggestMapping(["Full name"])).toEqual(["full_name"]);
    expect(suggestMapping(["Nom"])).toEqual(["full_name"]);
    expect(suggestMapping(["Sex", "Age"])).toEqual(["sex", "age_band"]);
  });

  it("maps French and Spanish sheets' headers", () => {
    expect(suggestMapping(["Nom complet", "Courriel", "Sexe", "Tranche d'âge", "Groupe de parties prenantes", "Organisme", "Fonction", "Pays", "Consentement", "Présence", "Note pré-test", "Note post-test", "Commentaires"])).toEqual([
      "full_name", "email", "sex", "age_band", "stakeholder_group", "organization", "job_title", "country", "consent_to_contact", "attendance", "pre_test", "post_test", "feedback",
    ]);
    expect(suggestMapping(["Nombre completo", "Correo electrónico", "Sexo", "Rango de edad", "Grupo de interés", "Organismo", "Cargo", "País", "Consentimiento", "Asistencia", "Rol", "Satisfacción", "Comentarios"])).toEqual([
      "full_name", "email", "sex", "age_band", "stakeholder_group", "organization", "job_title", "country", "consent_to_contact", "attendance", "role", "satisfaction", "feedback",
    ]);
  });

  it("reads headers that contain a known name, preferring the one they end with", () => {
    expect(suggestMapping(["Participant email", "Participant gender", "Email address (work)"])).toEqual(["email", "sex", null]);
    expect(suggestMapping(["Organization type", "Organization"])).toEqual(["stakeholder_group", "organization"]);
  });

  it("gives each field to one column only and ignores unknown columns", () => {
    expect(suggestMapping(["Name", "Full name", "Shoe size"])).toEqual(["full_name", null, null]);
  });

  it("maps the template's own headers and the field keys", () => {
    const headers = ["Full name", "Email", "Sex", "Age band", "Stakeholder group", "Organization", "Job title", "Country", "Consent to contact", "NSB", "Role", "Attendance", "Completed", "Pre-test score", "Post-test score", "Satisfaction", "Feedback"];
    expect(suggestMapping(headers)).toEqual(["full_name", "email", "sex", "age_band", "stakeholder_group", "organization", "job_title", "country", "consent_to_contact", "nsb", "role", "attendance", "completed", "pre_test", "post_test", "satisfaction", "feedback"]);
    expect(suggestMapping(["full_name", "pre_test"])).toEqual(["full_name", "pre_test"]);
  });
});

describe("mappingFor", () => {
  it("keeps the user's mapping when it fits the sheet, otherwise suggests one", () => {
    expect(mappingFor(["Name", "Mail"], ["full_name", null])).toEqual(["full_name", null]);
    expect(mappingFor(["Name", "Mail"], ["full_name", ""])).toEqual(["full_name", null]);
    expect(mappingFor(["Name", "Mail"], ["full_name"])).toEqual(["full_name", "email"]);
    expect(mappingFor(["Name", "Mail"], ["full_name", "shoe_size"])).toEqual(["full_name", "email"]);
    expect(mappingFor(["Name", "Mail"], undefined)).toEqual(["full_name", "email"]);
  });
});

describe("columnLetter", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});
