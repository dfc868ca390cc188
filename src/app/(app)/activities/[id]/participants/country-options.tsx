"use client";

import { useCallback, useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { unpackCountries } from "@/lib/country-list";

export interface Country {
  code: string;
  name: string;
}

// One request per page view and language, shared by every form that asks (a failed one is asked again).
const requests = new Map<string, Promise<Country[]>>();
function fetchCountries(locale: string) {
  let request = requests.get(locale);
  if (!request) {
    request = fetch(`/api/countries?lang=${encodeURIComponent(locale)}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(unpackCountries)
      .catch(() => {
        requests.delete(locale);
        return [];
      });
    requests.set(locale, request);
  }
  return request;
}

/**
 * The country list, loaded apart from the page: once the page has loaded (its scripts and
 * styles first), or earlier when `load` is called (the form focused or touched); until then
 * the select offers only the country the form starts with, so the page's HTML and payload
 * carry one country rather than 250.
 */
export function useCountries() {
  const locale = useLocale();
  const [countries, setCountries] = useState<Country[] | null>(null);
  const load = useCallback(() => {
    if (!countries) void fetchCountries(locale).then((list) => list.length && setCountries(list));
  }, [countries, locale]);
  useEffect(() => {
    if (document.readyState === "complete") return load();
    window.addEventListener("load", load, { once: true });
    return () => window.removeEventListener("load", load);
  }, [load]);
  return [countries, load] as const;
}

/** A country select's options: the whole list once loaded, else only the country the form starts with. */
export function CountryOptions({ countries, initial }: { countries: Country[] | null; initial: Country | null }) {
  return (countries ?? (initial ? [initial] : [])).map((c) => <option key={c.code} value={c.code}>{c.name}</option>);
}
