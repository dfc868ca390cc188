import { afterEach, describe, expect, it } from "vitest";
import { setLocaleSource } from "@/i18n/current-locale";
import { DomainValidationError } from "@/domain/errors";
import { badRequest, errorBody } from "./route-response";

describe("route handlers' refusals", () => {
  afterEach(() => setLocaleSource(() => undefined));

  it("are in the language the handler runs in, English staying as written", async () => {
    const error = new DomainValidationError("This organisation still has 2 active user accounts. Deactivate them first.", { file: ["Choose a file to upload."] });
    expect(errorBody(error).body).toEqual({ error: "This organisation still has 2 active user accounts. Deactivate them first.", fieldErrors: { file: ["Choose a file to upload."] } });
    setLocaleSource(() => "fr");
    expect(errorBody(error)).toEqual({ status: 422, body: { error: "Cette organisation a encore 2 comptes utilisateur actifs. Désactivez-les d'abord.", fieldErrors: { file: [expect.not.stringContaining("Choose")] } } });
    setLocaleSource(() => "es");
    const response = badRequest("Choose a .csv or .xlsx file to upload.", 422);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: "Elija un archivo .csv o .xlsx para cargar." });
  });
});
