"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { submitted, type FormState } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";

/**
 * A reviewer's decision on a submitted record (an indicator report, a self-assessment
 * round): accept it, or return it with a comment (required, checked by the action's schema).
 * Posts id, version, `decision` (`accept` or "return") and `comment`.
 */
export function ReviewDecisionForm({
  action,
  id,
  version,
  accept,
  labels,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  version: number;
  /** The decision value that accepts ("approve", "validate"). */
  accept: string;
  labels: { comment: string; commentHint: string; accept: string; reject: string };
}) {
  const [state, dispatch, pending] = useActionRound(action);
  return (
    <form action={dispatch} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field key={state.round} label={labels.comment} name="comment" errors={state.fieldErrors?.comment} hint={labels.commentHint}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={submitted(state, "comment")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value={accept} disabled={pending}>{labels.accept}</Button>
        <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>{labels.reject}</Button>
      </div>
    </form>
  );
}
