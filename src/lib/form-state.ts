/** What a form's server action returns to `useActionState`. */
export interface FormState {
  status: "idle" | "success" | "error" | "conflict";
  message?: string;
  /** The save never reached the server (a dropped link): nothing was saved; FormMessage says so. */
  unreachable?: boolean;
  fieldErrors?: Record<string, string[]>;
  /** The submitted values, so the form shows what the user typed after an error. */
  values?: Record<string, string | string[]>;
  /** On a stale save: who changed the record, when, and how it looks now. */
  conflict?: { changedBy: string | null; changedAt: string; current: Record<string, unknown> };
  /** Records that look like the one being created, for the user to review first. */
  duplicates?: { id: string; label: string }[];
  /** The record a form created without leaving the page it sits in (an NSB added from the programme form). */
  created?: { id: string; acronym: string; name: string; countryCode: string | null };
}

export const initialFormState: FormState = { status: "idle" };

/** The value a field should show: what the user submitted last, else the record's. */
export function submitted(state: FormState, name: string, fallback: string | number | null | undefined = ""): string {
  const value = state.values?.[name];
  if (typeof value === "string") return value;
  return fallback == null ? "" : String(fallback);
}
