import "server-only";
import type { Actor } from "./actor";

/**
 * What a role means, named once. Pages and the data layer ask these questions rather than
 * comparing `actor.role` themselves, so a new role or a changed rule is one edit here.
 * Row-level scope (which rows) stays in ./scopes.ts; permissions (which actions) in ./permissions.ts.
 */

/** An id no row has: a `where` on it matches nothing (an actor without the organisation a rule needs). */
export const NO_ID = "__none__";

/** ISO/CS: administrators and capacity-building staff, who see and manage every programme. */
export const isStaff = (actor: Pick<Actor, "role">) => actor.role === "ADMIN" || actor.role === "STAFF";

/** A focal point works for one NSB: every list, form and figure is limited to it. */
export const isBoundToNsb = (actor: Pick<Actor, "role">) => actor.role === "FOCAL_POINT";

/** Whether forms offer a choice of NSB (staff), or fix it to the actor's own (focal points). */
export const choosesNsb = (actor: Pick<Actor, "role">) => !isBoundToNsb(actor);

/** The NSB a focal point is bound to (NO_ID when the account has none); null for everyone else. */
export const boundNsbId = (actor: Pick<Actor, "role" | "organizationId">): string | null =>
  isBoundToNsb(actor) ? (actor.organizationId ?? NO_ID) : null;

/** Donor viewers see aggregates only: no names, no personal answers, small cells suppressed. */
export const seesAggregatesOnly = (actor: Pick<Actor, "role">) => actor.role === "DONOR";

/** Whether the actor may see people's names and personal data (everyone but donors, within scope). */
export const seesPersonalData = (actor: Pick<Actor, "role">) => !seesAggregatesOnly(actor);
