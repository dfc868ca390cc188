"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "./form-state";

/**
 * useActionState plus a round number that changes with every result. Key the form's
 * fields on it so they remount with the submitted values as their defaults: React resets
 * a form after its action, and selects and checkboxes would otherwise snap back to the
 * values they were first rendered with. `S`: an action answering more than FormState.
 */
export function useActionRound<S extends FormState = FormState>(action: (previous: S, formData: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState<S & { round: number }, FormData>(
    async (previous, formData) => {
      const before = previous as S & { round: number };
      return { ...(await action(before, formData)), round: before.round + 1 };
    },
    // An action's own state (a LinkFormState, say) only adds optional fields to FormState.
    { ...initialFormState, round: 0 } as Awaited<S & { round: number }>,
  );
  return [state, dispatch, pending] as const;
}

/** A checkbox's value after a submission (an unchecked box is not posted), else the record's. */
export function submittedCheckbox(state: FormState, name: string, fallback: boolean): boolean {
  return state.values ? state.values[name] === "on" : fallback;
}
