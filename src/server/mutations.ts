import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { DomainValidationError, type FieldErrors } from "@/domain/errors";
import { issuesToFieldErrors } from "@/lib/form-fields";

/*
 * The preamble every write of the data layer shares: validating its input with the domain's
 * schema, reading the version the caller's form was read at, refusing with field errors,
 * and turning a unique-index race into the same field error as the check it slipped past.
 */

/** The summary above a refused form's field errors (translated through messages/<locale>/validation.json). */
export const CHECK_FIELDS = "Some fields need attention.";

/** The refusal of a write with field errors, each shown beside its field. */
export function fieldRefusal(fieldErrors: FieldErrors): DomainValidationError {
  return new DomainValidationError(CHECK_FIELDS, fieldErrors);
}

/** Refuses the write with field errors. */
export function refuseFields(fieldErrors: FieldErrors): never {
  throw fieldRefusal(fieldErrors);
}

/** Refuses the write when any field error was collected. */
export function refuseIfAny(fieldErrors: FieldErrors): void {
  if (Object.keys(fieldErrors).length) refuseFields(fieldErrors);
}

/** Validates with a domain schema (src/domain/<domain>/schema.ts); its issues as field errors. */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) refuseFields(issuesToFieldErrors(parsed.error));
  return parsed.data;
}

/** The version the caller read (a positive whole number), refused when a form lost it. */
export function versionOf(version: unknown): number {
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new DomainValidationError("The form is missing the version it was read at; reload the page.", { version: ["Reload the page and try again."] });
  }
  return version;
}

/** Whether the database refused a row for a unique index (two saves raced past the same check). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Awaits the write; a unique-index violation ends as `refusal()` (the same error as the check), any other error as it was. */
export async function mapUniqueViolation<T>(work: Promise<T>, refusal: () => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw refusal();
    throw error;
  }
}
