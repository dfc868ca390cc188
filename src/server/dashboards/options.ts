import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { nsbScope, programmeScope } from "@/server/auth/scopes";

/** Choices for the dashboards' filters and plan menu, limited to what the caller may see. */
export async function dashboardFilterOptions(actor: Actor) {
  assertCan(actor, "dashboards.read");
  const [programmes, nsbs, plans] = await Promise.all([
    db().programme.findMany({
      where: { AND: [programmeScope(actor), { archived: false }] },
      select: { id: true, code: true, title: true },
      orderBy: { code: "asc" },
    }),
    db().organization.findMany({
      where: { AND: [nsbScope(actor), { archived: false }] },
      select: { id: true, acronym: true, name: true },
      orderBy: { acronym: "asc" },
    }),
    db().actionPlan.findMany({
      where: { archived: false },
      select: { id: true, title: true, startYear: true, endYear: true },
      orderBy: { startYear: "desc" },
    }),
  ]);
  return { programmes, nsbs, plans };
}

export type DashboardFilterOptions = Awaited<ReturnType<typeof dashboardFilterOptions>>;
