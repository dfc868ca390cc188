/**
 * The attendance grid's data on the client: a row as the page sends it (its values only,
 * as an array: labels and select options come from the message catalog, once per page)
 * and the edits made to it, as they are sent to the server and kept in the browser until saved.
 */
import { GRID_FIELDS, type GridField, type GridValues } from "@/domain/participations/grid-form";

/** A row's values (shared with the form the browser posts itself, grid-form.ts). */
export type RowValues = GridValues;

export interface GridRow {
  id: string;
  version: number;
  name: string;
  /** NSB acronym, and the organisation's name when it is not the NSB. */
  nsb: string;
  sex: string;
  group: string;
  values: RowValues;
}

/** A row with unsaved changes: every value (so it saves on its own) and the version it was read at. */
export interface RowEdit {
  version: number;
  values: RowValues;
}

export type Edits = Record<string, RowEdit>;

export const FIELDS = GRID_FIELDS;
export type Field = GridField;

/** Each field's name in the "attendance" catalog (column headers, accessible names, conflicts). */
export const FIELD_LABELS: Record<Field, string> = {
  attendance: "attendance", role: "role", completed: "completed", preTestScore: "preTest", postTestScore: "postTest",
  satisfaction: "satisfaction", feedback: "feedback", testimonial: "testimonial", consentToQuote: "consentToQuote",
};

/**
 * A row as the page sends it: its values in a fixed order (the values in FIELDS' order), no
 * key names, so each row costs only its values in the page's payload.
 */
export type PackedRow = [id: string, version: number, name: string, nsb: string, sex: string, group: string, ...values: (string | boolean)[]];

export function packRow(row: GridRow): PackedRow {
  return [row.id, row.version, row.name, row.nsb, row.sex, row.group, ...FIELDS.map((field) => row.values[field])];
}

export function unpackRow([id, version, name, nsb, sex, group, ...values]: PackedRow): GridRow {
  return { id, version, name, nsb, sex, group, values: Object.fromEntries(FIELDS.map((field, i) => [field, values[i]])) as unknown as RowValues };
}

export function sameValues(a: RowValues, b: RowValues): boolean {
  return FIELDS.every((field) => a[field] === b[field]);
}

/** The form the grid's server action reads (see attendanceGridSchema): the edited rows only. */
export function editsToFormData(activityId: string, edits: Edits): FormData {
  const form = new FormData();
  form.set("activityId", activityId);
  for (const [id, edit] of Object.entries(edits)) {
    form.append("row[]", id);
    form.set(`version.${id}`, String(edit.version));
    for (const field of FIELDS) {
      const value = edit.values[field];
      if (typeof value === "boolean") {
        if (value) form.set(`${field}.${id}`, "on");
      } else form.set(`${field}.${id}`, value);
    }
  }
  return form;
}

/** A stored row as the page would show it: what a conflict's "their version" is compared in. */
export function valuesOf(record: Record<string, unknown>): RowValues {
  const text = (v: unknown) => (v == null ? "" : String(v));
  return {
    attendance: text(record.attendance),
    role: text(record.role),
    completed: Boolean(record.completed),
    preTestScore: text(record.preTestScore),
    postTestScore: text(record.postTestScore),
    satisfaction: text(record.satisfaction),
    feedback: text(record.feedback),
    testimonial: text(record.testimonial),
    consentToQuote: Boolean(record.consentToQuote),
  };
}

/** The browser's copy of unsaved edits: per activity and user, so a shared phone mixes nobody's. */
export const storageKey = (activityId: string, userId: string) => `attendance-edits:${activityId}:${userId}`;

export function readStoredEdits(key: string): Edits {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Edits) : {};
  } catch {
    return {};
  }
}

export function writeStoredEdits(key: string, edits: Edits) {
  try {
    if (Object.keys(edits).length) window.localStorage.setItem(key, JSON.stringify(edits));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage full or refused (private mode): the edits stay on screen, only not across a reload.
  }
}
