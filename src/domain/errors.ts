/**
 * Errors the data layer throws on purpose. Actions turn them into messages for the user;
 * anything else is unexpected, logged with a reference, and shown as a generic message.
 */

/** The record does not exist, or the caller may not see it: both answer "not found". */
export class NotFoundError extends Error {
  constructor(what = "Record") {
    super(`${what} not found.`);
    this.name = "NotFoundError";
  }
}

/** The caller is signed in but their role may not do this. */
export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Not signed in, or the session is no longer valid. */
export class UnauthenticatedError extends Error {
  constructor() {
    super("Please sign in.");
    this.name = "UnauthenticatedError";
  }
}

/** Problems per field (a dotted path such as "fundings.0.amount"; "_form" for the whole form). */
export type FieldErrors = Record<string, string[]>;

/** A domain rule refused the input; `fieldErrors` point at the fields concerned. */
export class DomainValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "DomainValidationError";
  }
}

/** The record changed since the caller read it (optimistic concurrency). */
export class ConflictError extends Error {
  constructor(
    readonly changedBy: string | null,
    readonly changedAt: Date,
    readonly current: Record<string, unknown>,
  ) {
    super(`This record was changed by ${changedBy ?? "someone else"} at ${changedAt.toISOString()}.`);
    this.name = "ConflictError";
  }
}
