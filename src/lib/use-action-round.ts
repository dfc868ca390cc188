"use client";

import { useActionState } from "react";
import { formValues } from "./form-values";
import { initialFormState, type FormState } from "./form-state";

/**
 * A save that never got an answer from the server: the link dropped, or something on the way
 * answered instead of the app. Next.js's own outcomes (a redirect, not found, an error the
 * server threw) carry a digest and go on to their boundaries as before.
 */
export function neverAnswered(error: unknown): boolean {
  return error instanceof Error && !("digest" in error);
}

/** The state a form gets back when its save never reached the server: nothing saved, what was typed kept. */
export function unreachedState(formData: FormData): FormState {
  return { status: "error", unreachable: true, values: formValues(formData) };
}

/**
 * useActionState plus a round number that changes with every result. Key the form's
 * fields on it so they remount with the submitted values as their defaults: React resets
 * a form after its action, and selects and checkboxes would otherwise snap back to the
 * values they were first rendered with. `S`: an action answering more than FormState.
 * On a slow or dropping link the request can fail before any answer: the form then says
 * so and keeps what was typed (FormMessage), rather than the page giving way to the error
 * page and losing it.
 */
export function useActionRound<S extends FormState = FormState>(action: (previous: S, formData: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState<S & { round: number }, FormData>(
    async (previous, formData) => {
      const before = previous as S & { round: number };
      try {
        return { ...(await action(before, formData)), round: before.round + 1 };
      } catch (error) {
        if (!neverAnswered(error)) throw error;
        // The last answer's own extras (an issued link, say) stay; its messages were for another save.
        return { ...before, message: undefined, fieldErrors: undefined, conflict: undefined, duplicates: undefined, ...unreachedState(formData), round: before.round + 1 };
      }
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
