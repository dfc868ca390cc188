/**
 * The grid as the server answers a form the browser submitted itself (before the page's
 * script ran, or without it): the page comes back with the action's outcome, and after a
 * refusal with every typed value kept as an unsaved edit, the errors beside their fields and
 * the row someone else saved meanwhile shown as a conflict.
 */
import { postedEdits } from "@/domain/participations/grid-form";
import type { FormState } from "@/lib/form-state";
import type { RowConflict } from "./grid-conflict";
import type { Edits, Field } from "./grid-values";

export type Outcome = { tone: "success" | "error" | "info"; message: string } | null;
export type RowErrors = Record<string, Partial<Record<Field, string[]>>>;

export interface GridAnswer {
  edits: Edits;
  outcome: Outcome;
  errors: RowErrors;
  conflicts: Record<string, RowConflict>;
}

/** Field errors keyed `<field>.<participationId>`, grouped by row. */
export function rowErrors(fieldErrors: Record<string, string[]> = {}): RowErrors {
  const out: RowErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const [field, id] = key.split(".") as [Field, string];
    (out[id] ??= {})[field] = messages;
  }
  return out;
}

export const NO_ANSWER: GridAnswer = { edits: {}, outcome: null, errors: {}, conflicts: {} };

/**
 * What the grid starts from after a native submit's answer (`useActionState`'s state). On a
 * conflict the user's values for that row are kept over the version stored now, so saving
 * again keeps them (as "Keep my values" does); the panel says so.
 */
export function answerOf(state: FormState): GridAnswer {
  if (state.status === "idle") return NO_ANSWER;
  const outcome: Outcome = { tone: state.status === "success" ? "success" : "error", message: state.message ?? "" };
  if (state.status === "success") return { ...NO_ANSWER, outcome };
  const edits: Edits = Object.fromEntries(postedEdits(state.values ?? {}).map(({ id, version, values }) => [id, { version, values }]));
  const conflicts: Record<string, RowConflict> = {};
  const current = state.conflict?.current;
  if (typeof current?.id === "string") {
    conflicts[current.id] = { message: state.message ?? "", current, kept: true };
    const mine = edits[current.id];
    if (mine) edits[current.id] = { ...mine, version: Number(current.version) };
  }
  return { edits, outcome, errors: rowErrors(state.fieldErrors), conflicts };
}
