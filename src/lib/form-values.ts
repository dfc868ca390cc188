import { cleanText } from "./clean-input";

/**
 * A form's values as a plain object, the same for the server action and the client form's
 * own check: repeated names (or a name ending in "[]") become arrays; files are left out.
 * The one place form values are read, so NUL characters and broken UTF-16 are cleaned here.
 */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string").map(cleanText);
    out[cleanText(key)] = values.length > 1 || key.endsWith("[]") ? values : (values[0] ?? "");
  }
  return out;
}
