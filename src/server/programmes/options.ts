import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { CURRENCIES } from "@/lib/form-fields";
import { countryOptions } from "@/server/organizations/queries";
import { NO_ID } from "@/server/auth/roles";

/**
 * Choices for the programme form: NSBs, donors, Action Plan outcomes and outputs (grouped
 * by plan), regions and currencies. Archived ones are offered only where the programme
 * being edited already has them.
 */
export async function programmeFormOptions(actor: Actor, programmeId?: string) {
  assertCan(actor, "programmes.write");
  const linkedTo = programmeId ?? NO_ID;
  const [nsbs, donors, areas, subRegions, regions, countries] = await Promise.all([
    db().organization.findMany({
      where: { kind: "NSB", OR: [{ archived: false }, { beneficiaryOf: { some: { programmeId: linkedTo } } }] },
      select: { id: true, acronym: true, name: true, country: { select: { name: true } } },
      orderBy: [{ acronym: "asc" }, { id: "asc" }],
    }),
    db().organization.findMany({
      where: { kind: "DONOR", OR: [{ archived: false }, { fundings: { some: { programmeId: linkedTo } } }] },
      select: { id: true, acronym: true, name: true },
      orderBy: [{ acronym: "asc" }, { id: "asc" }],
    }),
    db().resultArea.findMany({
      where: {
        level: { in: ["OUTCOME", "OUTPUT"] },
        OR: [{ archived: false, actionPlan: { archived: false } }, { programmes: { some: { programmeId: linkedTo } } }],
      },
      select: {
        id: true,
        code: true,
        title: true,
        level: true,
        actionPlan: { select: { id: true, title: true, startYear: true, endYear: true } },
      },
      orderBy: [{ actionPlan: { startYear: "desc" } }, { sortOrder: "asc" }, { code: "asc" }],
    }),
    db().country.findMany({ distinct: ["subRegion"], select: { subRegion: true }, orderBy: { subRegion: "asc" } }),
    db().programme.findMany({ distinct: ["region"], select: { region: true }, orderBy: { region: "asc" } }),
    // For an NSB added from the form (staff may write organisations: organizations.write goes with programmes.write).
    countryOptions(actor),
  ]);
  const plans = new Map<string, { id: string; title: string; period: string; areas: { id: string; code: string; title: string; level: string }[] }>();
  for (const a of areas) {
    const plan = plans.get(a.actionPlan.id) ?? { id: a.actionPlan.id, title: a.actionPlan.title, period: `${a.actionPlan.startYear}–${a.actionPlan.endYear}`, areas: [] };
    plan.areas.push({ id: a.id, code: a.code, title: a.title, level: a.level });
    plans.set(plan.id, plan);
  }
  const regionNames = [...new Set([...subRegions.map((r) => r.subRegion), ...regions.map((r) => r.region)].filter(Boolean))].sort();
  return {
    nsbs: nsbs.map((n) => ({ id: n.id, acronym: n.acronym, name: n.name, country: n.country?.name ?? "" })),
    donors,
    resultAreaGroups: [...plans.values()],
    regions: regionNames,
    currencies: [...CURRENCIES],
    countries,
  };
}

export type ProgrammeFormOptions = Awaited<ReturnType<typeof programmeFormOptions>>;
