import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { isoDay, pushTo, type DaySpan } from "@/lib/dashboards/figures";
import type { NsbFigure } from "./types";
import type { SourceContext } from "./context";

/* Pieces every source definition shares: figures by NSB, the words of a formula, evidence NSBs. */

/** Source rows shown with a value. */
export const SAMPLE_SIZE = 20;

/** Acronyms of the NSBs named, and the NSBs to list with zeros (a programme's beneficiaries in scope). */
async function nsbNames(ctx: SourceContext, ids: Iterable<string>) {
  const wanted = new Set(ids);
  const listed = (ctx.indicator.programme?.beneficiaries ?? []).map((b) => b.organization).filter((o) => ctx.nsbIds === null || ctx.nsbIds.includes(o.id));
  for (const o of listed) wanted.delete(o.id);
  const others = wanted.size ? await db().organization.findMany({ where: { id: { in: [...wanted] } }, select: { id: true, acronym: true } }) : [];
  const names = new Map([...listed, ...others].map((o) => [o.id, o.acronym]));
  return { names, listed: listed.map((o) => o.id) };
}

/** Figures by NSB: every listed NSB (zeros included), then any other NSB with rows, by acronym. */
export async function byNsbOf(
  ctx: SourceContext,
  groups: Map<string, number[]>,
  figure: (values: number[]) => number | null,
  rowsOf: (values: number[]) => number = (v) => v.length,
): Promise<NsbFigure[]> {
  const { names, listed } = await nsbNames(ctx, groups.keys());
  const ids = new Set([...listed, ...groups.keys()]);
  return [...ids]
    .map((nsbId) => {
      const values = groups.get(nsbId) ?? [];
      return { nsbId, acronym: names.get(nsbId) ?? "?", value: figure(values), rows: rowsOf(values) };
    })
    .sort((a, b) => a.acronym.localeCompare(b.acronym));
}

/** Where, whose and when, in the words of a formula. */
export function scopeWords(ctx: SourceContext, period: DaySpan) {
  const where = ctx.indicator.programme ? `programme ${ctx.indicator.programme.code}` : "any programme you can see";
  const nsb = ctx.nsbLabel ? `, people of ${ctx.nsbLabel} only` : "";
  const whose = ctx.nsbLabel ?? (ctx.indicator.programme ? `the beneficiary NSBs of programme ${ctx.indicator.programme.code}` : "every NSB you can see");
  return { where, nsb, whose, period: `${isoDay(period.start)} to ${isoDay(period.end)}` };
}

/** The NSBs whose evidence counts: the programme's beneficiaries (plan-wide: every NSB), within the caller's scope. */
export function evidenceNsbWhere(ctx: SourceContext): Prisma.OrganizationWhereInput {
  return {
    AND: [
      ctx.nsbWhere,
      ctx.indicator.programmeId ? { beneficiaryOf: { some: { programmeId: ctx.indicator.programmeId } } } : {},
      ctx.nsbIds ? { id: { in: ctx.nsbIds } } : {},
    ],
  };
}

/** Evidence rows (adoptions, committee roles) counted one each, by NSB. */
export async function countByNsb(ctx: SourceContext, rows: readonly { organization: { id: string } }[]) {
  const groups = new Map<string, number[]>();
  for (const r of rows) pushTo(groups, r.organization.id, 1);
  return byNsbOf(ctx, groups, (v) => v.length);
}
