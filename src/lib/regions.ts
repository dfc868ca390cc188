import { currentLocale } from "@/i18n/current-locale";
import { isLocale, type Locale } from "@/i18n/locales";

/*
 * The UN M49 regions and sub-regions the country list is grouped by, as the UN writes them in
 * French and Spanish. They are stored in English (the seed's wording, also the values of the
 * region filters); only their display changes with the reader's language. A name not in the
 * list (a programme's region typed freely) is shown as it was written.
 */
const M49: Readonly<Record<string, { fr: string; es: string }>> = {
  Africa: { fr: "Afrique", es: "África" },
  Americas: { fr: "Amériques", es: "Américas" },
  Asia: { fr: "Asie", es: "Asia" },
  Europe: { fr: "Europe", es: "Europa" },
  Oceania: { fr: "Océanie", es: "Oceanía" },
  Antarctica: { fr: "Antarctique", es: "Antártida" },
  "Northern Africa": { fr: "Afrique septentrionale", es: "África septentrional" },
  "Eastern Africa": { fr: "Afrique orientale", es: "África oriental" },
  "Middle Africa": { fr: "Afrique centrale", es: "África central" },
  "Southern Africa": { fr: "Afrique australe", es: "África meridional" },
  "Western Africa": { fr: "Afrique occidentale", es: "África occidental" },
  Caribbean: { fr: "Caraïbes", es: "Caribe" },
  "Central America": { fr: "Amérique centrale", es: "Centroamérica" },
  "South America": { fr: "Amérique du Sud", es: "América del Sur" },
  "Northern America": { fr: "Amérique septentrionale", es: "América septentrional" },
  "Central Asia": { fr: "Asie centrale", es: "Asia central" },
  "Eastern Asia": { fr: "Asie orientale", es: "Asia oriental" },
  "South-eastern Asia": { fr: "Asie du Sud-Est", es: "Asia sudoriental" },
  "Southern Asia": { fr: "Asie du Sud", es: "Asia meridional" },
  "Western Asia": { fr: "Asie occidentale", es: "Asia occidental" },
  "Eastern Europe": { fr: "Europe orientale", es: "Europa oriental" },
  "Northern Europe": { fr: "Europe septentrionale", es: "Europa septentrional" },
  "Southern Europe": { fr: "Europe méridionale", es: "Europa meridional" },
  "Western Europe": { fr: "Europe occidentale", es: "Europa occidental" },
  "Australia and New Zealand": { fr: "Australie et Nouvelle-Zélande", es: "Australia y Nueva Zelandia" },
  Melanesia: { fr: "Mélanésie", es: "Melanesia" },
  Micronesia: { fr: "Micronésie", es: "Micronesia" },
  Polynesia: { fr: "Polynésie", es: "Polinesia" },
};

const localeOf = (locale?: string): Locale => (isLocale(locale) ? locale : currentLocale());

/** A region's or sub-region's name in the reader's language: "Asie du Sud-Est", "Asia sudoriental". */
export function regionName(name: string, locale?: string): string {
  const l = localeOf(locale);
  return l === "en" ? name : (M49[name]?.[l] ?? name);
}

/** A region filter's options (the stored English name as the value) in the reader's language and order. */
export function regionOptionsIn(names: readonly string[], locale?: string): { value: string; label: string }[] {
  const l = localeOf(locale);
  const options = names.map((value) => ({ value, label: regionName(value, l) }));
  return l === "en" ? options : options.sort((a, b) => a.label.localeCompare(b.label, l));
}
