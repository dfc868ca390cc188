"use client";

import { useMemo } from "react";
import { unpackCountries } from "@/lib/country-list";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * A country select's options. The page's HTML carries only the selected one (the NSB's
 * country, which the form starts with); the other 250-odd are added once the page's script
 * runs, so they are not in the HTML as well as in the script's data.
 */
export function CountryOptions({ countries, selected }: { countries: string; selected: string }) {
  const hydrated = useHydrated();
  const list = useMemo(() => unpackCountries(countries), [countries]);
  return (hydrated ? list : list.filter((c) => c.code === selected)).map((c) => <option key={c.code} value={c.code}>{c.name}</option>);
}
