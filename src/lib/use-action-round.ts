"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "./form-state";

type ServerFormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState plus a round number that changes with every result. Key the form's
 * fields on it so they remount with the submitted values as their defaults: React resets
 * a form after its action, and selects and checkboxes would otherwise snap back to the
 * values they were first rendered with.
 */
export function useActionRound(action: ServerFormAction) {
  const [state, dispatch, pending] = useActionState(
    async (previous: FormState & { round: number }, formData: FormData) => ({ ...(await action(previous, formData)), round: previous.round + 1 }),
    { ...initialFormState, round: 0 },
  );
  return [state, dispatch, pending] as const;
}

/** A checkbox's value after a submission (an unchecked box is not posted), else the record's. */
export function submittedCheckbox(state: FormState, name: string, fallback: boolean): boolean {
  return state.values ? state.values[name] === "on" : fallback;
}
