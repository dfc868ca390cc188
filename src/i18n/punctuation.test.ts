import { describe, expect, it } from "vitest";
import { translatorFor } from "./messages";

/** French puts a no-break space before ":"; English and Spanish do not. Texts built around a colon come from the catalogs. */
const NBSP = "\u00a0";

describe("the Action Plan dashboard's roll-up line, punctuated per language", () => {
  it("writes the measure's figure and the indicator count the way each language writes a colon", async () => {
    const [en, fr, es] = await Promise.all([translatorFor("en", "dashboards"), translatorFor("fr", "dashboards"), translatorFor("es", "dashboards")]);
    expect(en("indicatorCount", { count: 3 })).toBe("Indicators: 3");
    expect(fr("indicatorCount", { count: 3 })).toBe(`Indicateurs${NBSP}: 3`);
    expect(es("indicatorCount", { count: 3 })).toBe("Indicadores: 3");
    expect(en("rollupFigureOfTarget", { measure: "Reported (Number)", actual: "12", target: "20" })).toBe("Reported (Number): 12 / 20");
    expect(fr("rollupFigureOfTarget", { measure: "Déclaré (Nombre)", actual: "12", target: "20" })).toBe(`Déclaré (Nombre)${NBSP}: 12 / 20`);
    expect(fr("rollupFigure", { measure: "Déclaré (Nombre)", actual: "12,5" })).toBe(`Déclaré (Nombre)${NBSP}: 12,5`);
    expect(es("rollupFigure", { measure: "Reportado (Número)", actual: "12,5" })).toBe("Reportado (Número): 12,5");
  });
});

describe("a label and its value, punctuated per language", () => {
  it("puts French's no-break space before the colon of a KPI's budget hint or a chart's currency", async () => {
    const [en, fr, es] = await Promise.all([translatorFor("en", "common"), translatorFor("fr", "common"), translatorFor("es", "common")]);
    expect(en("labelled", { label: "Activity budget", value: "CHF 1,200" })).toBe("Activity budget: CHF 1,200");
    expect(fr("labelled", { label: "Budget des activités", value: "1 200 CHF" })).toBe(`Budget des activités${NBSP}: 1 200 CHF`);
    expect(es("labelled", { label: "Presupuesto", value: "CHF" })).toBe("Presupuesto: CHF");
    // A label whose value is styled apart ("Valeur : 12", "Programme : CET-SEA").
    expect(en("labelColon", { label: "Value" })).toBe("Value:");
    expect(fr("labelColon", { label: "Valeur" })).toBe(`Valeur${NBSP}:`);
    expect(es("labelColon", { label: "Valor" })).toBe("Valor:");
  });
});
