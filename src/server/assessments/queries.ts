import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentKind, AssessmentStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/permissions";
import { assessmentRoundScope, nsbScope, programmeScope } from "@/server/auth/scopes";
import { paginate } from "@/lib/list-params";
import { isRoundEditable, nextRoundStatus } from "@/domain/assessments/status";
import { loadRound, scored } from "./round-data";

/*
 * Reading self-assessment rounds, for those who answer and validate them: staff every
 * round, a focal point their own NSB's. Donors read no round: they see validated scores
 * only, through ./comparison.ts.
 */

export const ROUND_SORTS = ["assessedOn", "-assessedOn", "nsb", "-nsb", "programme", "-programme", "status", "-status"] as const;
export type RoundSort = (typeof ROUND_SORTS)[number];

export interface RoundFilters {
  q?: string;
  programmeId?: string;
  nsbId?: string;
  kind?: AssessmentKind;
  status?: AssessmentStatus;
  sort?: RoundSort;
  page?: number;
}

function orderOf(sort: RoundSort = "-assessedOn"): Prisma.AssessmentRoundOrderByWithRelationInput[] {
  const dir = sort.startsWith("-") ? "desc" : "asc";
  const field = sort.replace(/^-/, "");
  const first: Prisma.AssessmentRoundOrderByWithRelationInput =
    field === "nsb" ? { organization: { acronym: dir } } : field === "programme" ? { programme: { code: dir } } : field === "status" ? { status: dir } : { assessedOn: dir };
  return [first, { assessedOn: "desc" }, { id: "asc" }];
}

/** Rounds in the caller's scope, filtered, sorted and paginated, with their overall scores. */
export async function listRounds(actor: Actor, filters: RoundFilters = {}) {
  assertCan(actor, "assessments.write");
  const q = filters.q?.trim();
  const where: Prisma.AssessmentRoundWhereInput = {
    AND: [
      assessmentRoundScope(actor),
      filters.programmeId ? { programmeId: filters.programmeId } : {},
      filters.nsbId ? { organizationId: filters.nsbId } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.status ? { status: filters.status } : {},
      q
        ? {
            OR: [
              { organization: { acronym: { contains: q, mode: "insensitive" } } },
              { organization: { name: { contains: q, mode: "insensitive" } } },
              { programme: { code: { contains: q, mode: "insensitive" } } },
              { programme: { title: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {},
    ],
  };
  const page = await paginate(
    filters.page,
    () => db().assessmentRound.count({ where }),
    (skip, take) =>
      db().assessmentRound.findMany({
        where,
        orderBy: orderOf(filters.sort),
        skip,
        take,
        include: {
          organization: { select: { id: true, acronym: true, name: true } },
          programme: { select: { id: true, code: true } },
          templateVersion: { select: { number: true, content: true, template: { select: { title: true } } } },
          answers: { select: { questionKey: true, score: true, notes: true } },
        },
      }),
  );
  return {
    ...page,
    rows: page.rows.map(({ answers, templateVersion, ...round }) => ({
      ...round,
      template: { title: templateVersion.template.title, number: templateVersion.number },
      overall: scored({ templateVersion, answers }).scores.overall,
    })),
  };
}

/** One round with its questionnaire version, answers and scores, and what the caller may do with it now. */
export async function getRound(actor: Actor, id: string) {
  assertCan(actor, "assessments.write");
  const round = await loadRound(db(), actor, id);
  const { content, scores } = scored(round);
  const people = await db().user.findMany({ where: { id: { in: [round.submittedById, round.reviewedById].filter((x): x is string => x !== null) } }, select: { id: true, name: true } });
  const nameOf = (userId: string | null) => (userId ? (people.find((p) => p.id === userId)?.name ?? null) : null);
  const ownSubmission = round.submittedById === actor.id;
  const reviewer = can(actor, "assessments.validate") && round.status === "SUBMITTED";
  return {
    round,
    content,
    scores,
    submittedBy: nameOf(round.submittedById),
    reviewedBy: nameOf(round.reviewedById),
    allowed: {
      edit: isRoundEditable(round.status),
      submit: nextRoundStatus(round.status, "submit") !== null,
      review: reviewer && !ownSubmission,
      /** A validator looking at their own submission: another staff member validates it. */
      ownSubmission: reviewer && ownSubmission,
    },
  };
}

/** What the "open a round" form and the list's filters offer: programmes in scope with their beneficiary NSBs in scope. */
export async function roundFormOptions(actor: Actor) {
  assertCan(actor, "assessments.write");
  const programmes = await db().programme.findMany({
    where: { AND: [programmeScope(actor), { archived: false }] },
    orderBy: [{ startDate: "desc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      startDate: true,
      endDate: true,
      beneficiaries: { where: { organization: nsbScope(actor) }, select: { organization: { select: { id: true, acronym: true, name: true } } } },
    },
  });
  const nsbs = new Map(programmes.flatMap((p) => p.beneficiaries.map((b) => [b.organization.id, b.organization] as const)));
  return {
    programmes: programmes.map(({ beneficiaries, ...p }) => ({ ...p, nsbs: beneficiaries.map((b) => b.organization) })),
    nsbs: [...nsbs.values()].sort((a, b) => a.acronym.localeCompare(b.acronym)),
  };
}
