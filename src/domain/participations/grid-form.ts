/**
 * The attendance grid as a plain HTML form: what the browser posts when it submits the grid
 * itself (before the page's script has run, or without it), and how that maps to the edited
 * rows the grid's script would have sent.
 *
 * Each control is named after its field's letter and its row's place in the grid (`q3`: the
 * fourth row's post-test), and each row posts one hidden `r` = `<id>:<version>:<stamp>`: the
 * participation, the version the page showed and a short hash of the values it showed. A
 * row whose posted values hash to that stamp was not touched by the user and is not sent on;
 * the others go through the same validation and save as the script's edits.
 */

/** The grid's fields, in the order rows are packed, hashed and compared in. */
export const GRID_FIELDS = ["attendance", "role", "completed", "preTestScore", "postTestScore", "satisfaction", "feedback", "testimonial", "consentToQuote"] as const;
export type GridField = (typeof GRID_FIELDS)[number];

/** A row's values as the grid shows them (scores and satisfaction as the text of their field). */
export type GridValues = { [F in GridField]: F extends "completed" | "consentToQuote" ? boolean : string };

const BOOLEAN_FIELDS: ReadonlySet<GridField> = new Set(["completed", "consentToQuote"]);
const CODES: Record<GridField, string> = {
  attendance: "a", role: "o", completed: "c", preTestScore: "p", postTestScore: "q",
  satisfaction: "s", feedback: "f", testimonial: "t", consentToQuote: "k",
};
const FIELD_OF_CODE = new Map(Object.entries(CODES).map(([field, code]) => [code, field as GridField]));

/** The name of a row's hidden `<id>:<version>:<stamp>` input. */
export const ROW_STAMP_NAME = "r";

/** The name of the control for `field` in the grid's row at `index`. */
export const gridControlName = (field: GridField, index: number) => `${CODES[field]}${index}`;

/** The field and row index a control's name stands for, or null for any other name. */
export function parseControlName(name: string): { field: GridField; index: number } | null {
  const match = /^([a-z])(\d{1,5})$/.exec(name);
  const field = match ? FIELD_OF_CODE.get(match[1]!) : undefined;
  return field ? { field, index: Number(match![2]) } : null;
}

/** Text as a browser posts it from a text box: its line breaks as CRLF; compared as LF. */
const lines = (text: string) => text.replace(/\r\n?/g, "\n");

/** A short hash (FNV-1a, 32 bits, base 36) of a row's values. */
export function valuesStamp(values: GridValues): string {
  const text = GRID_FIELDS.map((field) => {
    const value = values[field];
    return typeof value === "boolean" ? (value ? "1" : "0") : lines(value);
  }).join("\u001f");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The hidden value a row posts: the participation, the version shown and the stamp of the values shown. */
export const rowStamp = (id: string, version: number, shown: GridValues) => `${id}:${version}:${valuesStamp(shown)}`;

type Posted = Record<string, string | string[] | undefined>;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * A row's values as posted. An unchecked box is not posted (false); a feedback box the page
 * had not rendered (it renders them for every row that has any) is not posted either, and the
 * row showed it empty: "".
 */
function postedValues(form: Posted, index: number): GridValues {
  const values: Record<string, string | boolean> = {};
  for (const field of GRID_FIELDS) {
    const posted = single(form[gridControlName(field, index)]);
    values[field] = BOOLEAN_FIELDS.has(field) ? posted === "on" : lines(posted ?? "");
  }
  return values as GridValues;
}

export interface PostedEdit {
  id: string;
  version: number;
  values: GridValues;
}

/** The rows of a natively submitted grid whose posted values differ from the values the page showed. */
export function postedEdits(form: Posted): PostedEdit[] {
  const stamps = ([] as string[]).concat(form[ROW_STAMP_NAME] ?? []).slice(0, 5000);
  const edits: PostedEdit[] = [];
  stamps.forEach((stamp, index) => {
    const [id, version, shown] = stamp.split(":");
    if (!id || !version || !shown) return;
    const values = postedValues(form, index);
    if (valuesStamp(values) !== shown) edits.push({ id, version: Number(version), values });
  });
  return edits;
}

/**
 * A natively submitted grid as the script would have sent it (`row[]`, `version.<id>`,
 * `<field>.<id>`; see attendanceGridSchema): its edited rows only. Any other form is left as it is.
 */
export function nativeToEdited(form: Posted): Posted {
  if (form[ROW_STAMP_NAME] === undefined) return form;
  const out: Posted = { activityId: form.activityId, "row[]": [] };
  for (const { id, version, values } of postedEdits(form)) {
    (out["row[]"] as string[]).push(id);
    out[`version.${id}`] = String(version);
    for (const field of GRID_FIELDS) {
      const value = values[field];
      if (typeof value === "string") out[`${field}.${id}`] = value;
      else if (value) out[`${field}.${id}`] = "on";
    }
  }
  return out;
}
