"use client";

import { Fragment, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/form-state";
import { useActionRound } from "@/lib/use-action-round";
import { issuesToFieldErrors } from "@/lib/form-fields";
import { formValues } from "@/lib/form-values";
import { translateFieldErrors } from "@/i18n/problems";
import { useProblemTranslator } from "@/i18n/use-problems";

/** Field errors by field name, as a form's fields read them. */
export type Errors = Record<string, string[] | undefined>;

/**
 * What every data-entry form shares: the action's state (with its round, see
 * useActionRound), the client check with the same schema as the server's (mistakes are
 * shown at once, without a round trip) and the errors the fields show. `S`: an action
 * answering more than FormState (the invitation's link, for example).
 */
export function useFormShell<S extends FormState = FormState>(action: (previous: S, formData: FormData) => Promise<S>, schema?: z.ZodType) {
  const [state, dispatch, pending] = useActionRound<S>(action);
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const translateProblem = useProblemTranslator();

  function check(event: React.FormEvent<HTMLFormElement>) {
    if (!schema) return;
    const result = schema.safeParse(formValues(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(translateFieldErrors(issuesToFieldErrors(result.error), translateProblem) ?? {});
  }

  const errors: Errors = clientErrors ?? state.fieldErrors ?? {};
  return { state, action: dispatch, pending, check, clientErrors, errors };
}

export type FormShellState = ReturnType<typeof useFormShell>;

/**
 * The form message: the client check's summary, else the server's answer (conflict view
 * included), brought into view (and to screen readers) whenever a save is refused (the
 * server's answer by FormMessage itself).
 * `quietSuccess`: the form shows its success elsewhere (the invitation beside its link).
 */
export function ShellMessage({ state, clientErrors, labels, quietSuccess = false }: { state: FormState; clientErrors: Errors | null; labels: Record<string, string>; quietSuccess?: boolean }) {
  const tErrors = useTranslations("errors");
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (clientErrors) messageRef.current?.focus();
  }, [clientErrors]);
  return (
    <div ref={messageRef} tabIndex={-1} className="scroll-mt-4 outline-none">
      {clientErrors ? <Alert tone="error" testId="form-error">{tErrors("checkFields")}</Alert> : quietSuccess && state.status === "success" ? null : <FormMessage state={state} labels={labels} />}
    </div>
  );
}

/** The hidden id and version of the record being edited (none for a new one). */
export function RecordFields({ record }: { record?: { id?: string; version?: number } }) {
  return (
    <>
      {record?.id ? <input type="hidden" name="id" value={record.id} /> : null}
      {record?.version ? <input type="hidden" name="version" value={record.version} /> : null}
    </>
  );
}

/** Submit and cancel, below a form. */
export function FormActions({ submit, cancel, cancelHref }: { submit: string; cancel: string; cancelHref: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <SubmitButton>{submit}</SubmitButton>
      <ButtonLink href={cancelHref} variant="secondary">{cancel}</ButtonLink>
    </div>
  );
}

interface FormShellProps {
  shell: FormShellState;
  labels: Record<string, string>;
  record?: { id?: string; version?: number };
  testId?: string;
  className?: string;
  /** The fields: remounted after each answer from the server, so every field shows what was sent. */
  children: React.ReactNode;
  footer?: React.ReactNode;
  /** The success message is shown outside the form (see ShellMessage). */
  quietSuccess?: boolean;
}

/** A form with its message, hidden record fields, fields and footer. */
export function FormShell({ shell, labels, record, testId, className = "space-y-6", children, footer, quietSuccess }: FormShellProps) {
  return (
    <form action={shell.action} onSubmit={shell.check} noValidate className={className} data-testid={testId}>
      <ShellMessage state={shell.state} clientErrors={shell.clientErrors} labels={labels} quietSuccess={quietSuccess} />
      <RecordFields record={record} />
      <Fragment key={shell.state.round}>{children}</Fragment>
      {footer}
    </form>
  );
}
