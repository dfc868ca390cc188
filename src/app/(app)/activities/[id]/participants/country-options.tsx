"use client";

import { useMemo, useSyncExternalStore } from "react";
import { unpackCountries } from "@/lib/country-list";

const noSubscription = () => () => {};

/**
 * A country select's options. The page's HTML carries only the selected one (the NSB's
 * country, which the form starts with); the other 250-odd are added once the page's script
 * runs, so they are not in the HTML as well as in the script's data.
 */
export function CountryOptions({ countries, selected }: { countries: string; selected: string }) {
  // false while the server renders and while React hydrates, true from then on.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const list = useMemo(() => unpackCountries(countries), [countries]);
  return (hydrated ? list : list.filter((c) => c.code === selected)).map((c) => <option key={c.code} value={c.code}>{c.name}</option>);
}
