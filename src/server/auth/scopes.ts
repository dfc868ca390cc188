import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./actor";
import { NO_ID } from "./roles";

/*
 * Row-level scope, as Prisma where clauses to AND into every query. Each switch is
 * exhaustive: a new role does not compile until it is given a scope here (fail closed).
 */

// An id no row has: a bound role whose organisation is missing sees nothing.
const NOTHING = NO_ID;
const orgOf = (actor: Actor) => actor.organizationId ?? NOTHING;

/** Programmes a caller may see: all (staff), their NSB's (focal point), funded (donor). */
export function programmeScope(actor: Actor): Prisma.ProgrammeWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
      return {};
    case "FOCAL_POINT":
      return { beneficiaries: { some: { organizationId: orgOf(actor) } } };
    case "DONOR":
      return { fundings: { some: { donorId: orgOf(actor) } } };
  }
}

/** Activities a caller may see: those of programmes in scope (focal points: targeting their NSB too). */
export function activityScope(actor: Actor): Prisma.ActivityWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
      return {};
    case "FOCAL_POINT":
      return { programme: programmeScope(actor), targetNsbs: { some: { organizationId: orgOf(actor) } } };
    case "DONOR":
      return { programme: programmeScope(actor) };
  }
}

/** Participants (personal data): staff see all, a focal point their NSB's, donors none. */
export function participantScope(actor: Actor): Prisma.ParticipantWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
      return {};
    case "FOCAL_POINT":
      return { organizationId: orgOf(actor) };
    case "DONOR":
      return { id: NOTHING };
  }
}

/** NSBs (organisations of kind NSB) a caller may see. */
export function nsbScope(actor: Actor): Prisma.OrganizationWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
      return { kind: "NSB" };
    case "FOCAL_POINT":
      return { kind: "NSB", id: orgOf(actor) };
    case "DONOR":
      return { kind: "NSB", beneficiaryOf: { some: { programme: programmeScope(actor) } } };
  }
}

/** Indicators a caller may see: plan-wide ones (all roles) and those of programmes in scope. */
export function indicatorScope(actor: Actor): Prisma.IndicatorWhereInput {
  // `is`: inside OR, a bare empty relation filter (staff's scope) would match nothing.
  return { OR: [{ programmeId: null }, { programme: { is: programmeScope(actor) } }] };
}

/**
 * Indicator reports a caller may read and work on: staff all, a focal point their own
 * NSB's, donors none (they see approved values only, through programme pages).
 */
export function reportScope(actor: Actor): Prisma.IndicatorReportWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
      return {};
    case "FOCAL_POINT":
      return { organizationId: orgOf(actor) };
    case "DONOR":
      return { id: NOTHING };
  }
}

/**
 * NSB self-assessment rounds: staff all, a focal point their own NSB's (any status), donors
 * the validated rounds of programmes they fund (read as scores only: src/server/assessments/comparison.ts).
 */
export function assessmentRoundScope(actor: Actor): Prisma.AssessmentRoundWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "STAFF":
      return {};
    case "FOCAL_POINT":
      return { organizationId: orgOf(actor) };
    case "DONOR":
      return { status: "VALIDATED", programme: programmeScope(actor) };
  }
}
