import "server-only";
import type { ReportStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { isStaff } from "@/server/auth/roles";
import { assertCan } from "@/server/auth/permissions";
import { programmeScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import { samePeriod, type Period } from "@/domain/reports/rules";
import { nsbIndicators } from "./internal";

/** A cell of the matrix: the report's status, or MISSING when the NSB has none. */
export type MatrixStatus = "MISSING" | ReportStatus;

export interface MatrixColumn {
  indicator: { id: string; code: string; title: string };
  period: Period;
}

/**
 * Who has not reported: for a programme, one row per beneficiary NSB, one column per
 * MANUAL NSB-disaggregated indicator and reporting period (optionally one period start
 * only), each cell the status of that NSB's report or MISSING. Staff see every NSB, a
 * focal point only their own row; donors are refused.
 */
export async function notReportedMatrix(actor: Actor, input: { programmeId: string; periodStart?: Date | null }) {
  assertCan(actor, "reports.write");
  const programme = await db().programme.findFirst({
    where: { AND: [{ id: input.programmeId }, programmeScope(actor)] },
    select: {
      id: true,
      code: true,
      title: true,
      beneficiaries: { select: { organization: { select: { id: true, acronym: true, name: true } } }, orderBy: { organization: { acronym: "asc" } } },
    },
  });
  if (!programme) throw new NotFoundError("Programme");
  const nsbs = programme.beneficiaries.map((b) => b.organization).filter((o) => isStaff(actor) || o.id === actor.organizationId);
  const items = await nsbIndicators({ programmeId: programme.id });
  const allPeriods: Period[] = [];
  for (const { periods } of items) for (const p of periods) if (!allPeriods.some((q) => samePeriod(q, p))) allPeriods.push(p);
  allPeriods.sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.periodEnd.getTime() - b.periodEnd.getTime());
  const wanted = input.periodStart?.getTime();
  const columns: MatrixColumn[] = items.flatMap(({ indicator, periods }) =>
    periods
      .filter((p) => wanted === undefined || p.periodStart.getTime() === wanted)
      .map((period) => ({ indicator: { id: indicator.id, code: indicator.code, title: indicator.title }, period })),
  );
  const reports = columns.length && nsbs.length
    ? await db().indicatorReport.findMany({
        where: { indicatorId: { in: [...new Set(columns.map((c) => c.indicator.id))] }, organizationId: { in: nsbs.map((n) => n.id) } },
        select: { id: true, indicatorId: true, organizationId: true, periodStart: true, periodEnd: true, status: true },
      })
    : [];
  const rows = nsbs.map((nsb) => ({
    nsb,
    cells: columns.map((column) => {
      const report = reports.find((r) => r.organizationId === nsb.id && r.indicatorId === column.indicator.id && samePeriod(r, column.period));
      return { status: (report?.status ?? "MISSING") as MatrixStatus, reportId: report?.id ?? null };
    }),
  }));
  return { programme: { id: programme.id, code: programme.code, title: programme.title }, periods: allPeriods, columns, rows };
}

export type NotReportedMatrix = Awaited<ReturnType<typeof notReportedMatrix>>;
