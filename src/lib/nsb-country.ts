/**
 * A new participant's country defaults to their NSB's. When the NSB select changes, the
 * form's country follows it, unless the user has chosen another country themselves
 * (the select then holds neither blank nor the previous NSB's country).
 */
export function followNsbCountry(event: React.ChangeEvent<HTMLSelectElement>, nsbs: readonly { id: string; countryCode?: string | null }[]) {
  const nsb = event.currentTarget;
  const country = nsb.form?.elements.namedItem("countryCode");
  if (!(country instanceof HTMLSelectElement)) return;
  const countryOf = (id: string | undefined) => nsbs.find((n) => n.id === id)?.countryCode ?? "";
  if (country.value === "" || country.value === countryOf(nsb.dataset.previous)) country.value = countryOf(nsb.value);
  nsb.dataset.previous = nsb.value;
}

/**
 * For a form whose country list arrives after the page (the attendance page's add-a-person
 * form): an NSB chosen before it arrived found no option for its country; once the list is
 * there, the country left blank takes the chosen NSB's.
 */
export function catchUpNsbCountry(form: HTMLFormElement | null, nsbs: readonly { id: string; countryCode?: string | null }[]) {
  const nsb = form?.elements.namedItem("organizationId");
  const country = form?.elements.namedItem("countryCode");
  if (!(nsb instanceof HTMLSelectElement) || !(country instanceof HTMLSelectElement) || !nsb.value || country.value !== "") return;
  country.value = nsbs.find((n) => n.id === nsb.value)?.countryCode ?? "";
}

/** The country a new participant's form starts with: the NSB's when there is only one to choose. */
export function defaultNsbCountry(nsbs: readonly { id: string; countryCode?: string | null }[], nsbId: string | null | undefined): string {
  const nsb = nsbId ? nsbs.find((n) => n.id === nsbId) : nsbs.length === 1 ? nsbs[0] : undefined;
  return nsb?.countryCode ?? "";
}
