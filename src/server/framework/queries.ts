import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { NotFoundError } from "@/domain/errors";
import { flattenTree } from "@/lib/result-tree";

/*
 * The results framework (Action Plans and their goal / outcome / output trees) is not
 * confidential: every role may read it ("framework.read"); only staff write (./mutations.ts).
 */

/** What the list and the page show of an Action Plan. */
const PLAN_FIELDS = { id: true, title: true, startYear: true, endYear: true, description: true, archived: true, updatedAt: true } as const;

/** Action Plans, newest period first; archived ones only when asked for. */
export async function listActionPlans(actor: Actor, options: { includeArchived?: boolean } = {}) {
  assertCan(actor, "framework.read");
  return db().actionPlan.findMany({
    where: options.includeArchived ? {} : { archived: false },
    orderBy: [{ startYear: "desc" }, { endYear: "desc" }, { title: "asc" }, { id: "asc" }],
    select: {
      ...PLAN_FIELDS,
      _count: { select: { resultAreas: { where: { archived: false } } } },
    },
  });
}

export type ActionPlanListRow = Awaited<ReturnType<typeof listActionPlans>>[number];

const areaSelect = {
  id: true,
  parentId: true,
  level: true,
  code: true,
  title: true,
  description: true,
  sortOrder: true,
  archived: true,
  version: true,
} as const;

/**
 * One plan with its results tree, depth-first with siblings by sortOrder (see flattenTree).
 * Archived result areas only with `includeArchived`.
 */
export async function getActionPlan(actor: Actor, id: string, options: { includeArchived?: boolean } = {}) {
  assertCan(actor, "framework.read");
  const plan = await db().actionPlan.findUnique({
    where: { id },
    select: {
      ...PLAN_FIELDS,
      version: true,
      resultAreas: {
        where: options.includeArchived ? {} : { archived: false },
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: areaSelect,
      },
      _count: { select: { resultAreas: { where: { archived: true } } } },
    },
  });
  if (!plan) throw new NotFoundError("Action Plan");
  const { resultAreas, _count, ...rest } = plan;
  return { ...rest, archivedAreaCount: _count.resultAreas, tree: flattenTree(resultAreas) };
}

export type ActionPlanDetail = Awaited<ReturnType<typeof getActionPlan>>;
export type ResultAreaNode = ActionPlanDetail["tree"][number];

/** One result area with its plan and parent, for its edit page. */
export async function getResultArea(actor: Actor, id: string) {
  assertCan(actor, "framework.read");
  const area = await db().resultArea.findUnique({
    where: { id },
    select: {
      ...areaSelect,
      actionPlan: { select: { id: true, title: true, archived: true } },
      parent: { select: { id: true, code: true, title: true, level: true } },
    },
  });
  if (!area) throw new NotFoundError("Result area");
  return area;
}
