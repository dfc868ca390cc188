import "server-only";
/*
 * The action wrapper every form's server action goes through (the app layer: it reads the
 * session, so it cannot live in src/lib, which sits below the data layer).
 */
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { withLocale } from "@/i18n/with-locale";
import { loadMessages } from "@/i18n/messages";
import { problemTranslator, translateFieldErrors } from "@/i18n/problems";
import { z } from "zod";
import { actorOrThrow, type Actor } from "@/server/auth";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/domain/errors";
import type { FormState } from "@/lib/form-state";
import { formatDateTime } from "@/lib/format";
import { issuesToFieldErrors } from "@/lib/form-fields";
import { formValues } from "@/lib/form-values";

const SECRET_FIELDS = /password|token/i;

function keepValues(values: Record<string, string | string[]>) {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.test(k)));
}

/** Maps an error from the data layer to what the user is told; unknown errors get a reference id. */
export async function errorToFormState(error: unknown, values: Record<string, string | string[]> = {}): Promise<FormState> {
  unstable_rethrow(error);
  const t = await getTranslations("errors");
  const kept = keepValues(values);
  if (error instanceof DomainValidationError) {
    const translate = await problemsInLanguage();
    return { status: "error", message: translate(error.message), fieldErrors: translateFieldErrors(error.fieldErrors, translate), values: kept };
  }
  if (error instanceof ConflictError) {
    return {
      status: "conflict",
      message: t("conflict", { who: error.changedBy ?? t("someoneElse"), when: formatDateTime(error.changedAt) }),
      conflict: { changedBy: error.changedBy, changedAt: error.changedAt.toISOString(), current: JSON.parse(JSON.stringify(error.current)) },
      values: kept,
    };
  }
  if (error instanceof NotFoundError) return { status: "error", message: t("notFound"), values: kept };
  if (error instanceof ForbiddenError) return { status: "error", message: t("forbidden"), values: kept };
  if (error instanceof UnauthenticatedError) return { status: "error", message: t("signInAgain"), values: kept };
  const reference = randomUUID().slice(0, 8);
  console.error(`[error ${reference}]`, error);
  return { status: "error", message: t("unexpected", { reference }), values: kept };
}

/** Turns the English problems of schemas and rules into the user's language (src/i18n/problems.ts). */
export async function problemsInLanguage(): Promise<(message: string) => string> {
  const locale = await getLocale();
  if (!isLocale(locale) || locale === "en") return (message) => message;
  const [english, own] = await Promise.all([loadMessages("en"), loadMessages(locale)]);
  return problemTranslator(english.validation as Record<string, string>, own.validation as Record<string, string>);
}

/** Validates the form with its zod schema before anything touches the database, then runs `run`. */
function validated<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => Promise<FormState | void>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    // Numbers are read, and dates written, by the conventions of the user's language.
    const locale = await getLocale();
    return withLocale(isLocale(locale) ? locale : "en", () => validatedIn(schema, run, formData));
  };
}

async function validatedIn<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => Promise<FormState | void>, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const [t, translate] = await Promise.all([getTranslations("errors"), problemsInLanguage()]);
      return { status: "error", message: t("checkFields"), fieldErrors: translateFieldErrors(issuesToFieldErrors(parsed.error), translate), values: keepValues(values) };
    }
    const result = (await run(parsed.data)) ?? { status: "success" };
    // Whatever the handler answers short of success, the form keeps what the user typed.
    return result.status === "success" || result.values ? result : { ...result, values: keepValues(values) };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

/**
 * Wraps a form's server action: requires a signed-in user, validates the form with the
 * shared zod schema, runs `handler`, and turns known errors into form state. Redirects
 * thrown by the handler pass through.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (actor: Actor, input: z.output<S>) => Promise<FormState | void>,
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    let actor: Actor;
    try {
      actor = await actorOrThrow();
    } catch (error) {
      return errorToFormState(error, formValues(formData));
    }
    return validated(schema, (input) => handler(actor, input))(previous, formData);
  };
}

/** The same for the few forms anyone may post (feedback, invitation, password reset). */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: (input: z.output<S>) => Promise<FormState | void>) {
  return validated(schema, handler);
}
