import { describe, expect, it } from "vitest";
import { chooseLocale, fromAcceptLanguage } from "./locales";

describe("choosing the language", () => {
  it("reads the browser's languages by quality, keeping the first the app speaks", () => {
    expect(fromAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(fromAcceptLanguage("de-DE,de;q=0.9,es;q=0.5,en;q=0.4")).toBe("es");
    expect(fromAcceptLanguage("en;q=0.2,es-MX")).toBe("es");
    expect(fromAcceptLanguage("de, it")).toBeNull();
    expect(fromAcceptLanguage("fr;q=0")).toBeNull();
    expect(fromAcceptLanguage(undefined)).toBeNull();
  });

  it("puts the saved preference before the cookie, the cookie before the browser, and English last", () => {
    expect(chooseLocale({ preference: "es", cookie: "fr", acceptLanguage: "fr" })).toBe("es");
    expect(chooseLocale({ preference: null, cookie: "fr", acceptLanguage: "es" })).toBe("fr");
    expect(chooseLocale({ cookie: "xx", acceptLanguage: "es-AR" })).toBe("es");
    expect(chooseLocale({ acceptLanguage: "de" })).toBe("en");
    expect(chooseLocale({})).toBe("en");
  });
});
