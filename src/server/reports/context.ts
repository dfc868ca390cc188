import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { isStaff } from "@/server/auth/roles";
import { assertCan } from "@/server/auth/permissions";
import { reportScope } from "@/server/auth/scopes";
import { NotFoundError } from "@/domain/errors";
import { stepsBeforeTrail, type ReportReviewFields, type ReportStepOf } from "@/domain/reports/history";
import { REPORT_ENTITY } from "./internal";

/** One submission or review of a report (`by`: the person's name). */
export type ReportStep = ReportStepOf<string | null>;

const num = (v: { toString(): string } | null) => (v == null ? null : Number(v.toString()));
const STEPS = new Set<string>(["SUBMITTED", "APPROVED", "RETURNED"]);
const statusOf = (json: unknown) => (json && typeof json === "object" && "status" in json ? String((json as { status: unknown }).status) : null);

/**
 * What a report's page shows around it, in the caller's scope:
 * - `history`: every submission and review, oldest first, read from the audit trail (each
 *   status change writes one event in its transaction), so a resubmitted report keeps the
 *   earlier review as history rather than as its current state; what happened before the
 *   trail begins (a report loaded by a migration or import) comes from the report's own
 *   submission and review fields (`stepsBeforeTrail`);
 * - `targets`: the period's target for the report's NSB and the whole-indicator one;
 * - `earlier`: the same NSB's (or the whole programme's) reports of earlier periods;
 * - `others`: the other NSBs' reports of the same period, for staff only (a focal point
 *   never sees another NSB's figures; reportScope holds them to their own anyway).
 */
export async function reportContext(actor: Actor, id: string) {
  assertCan(actor, "reports.write");
  const report = await db().indicatorReport.findFirst({
    where: { AND: [{ id }, reportScope(actor)] },
    select: {
      id: true, indicatorId: true, organizationId: true, periodStart: true, periodEnd: true,
      status: true, submittedById: true, submittedAt: true, reviewedById: true, reviewedAt: true, reviewComment: true,
    },
  });
  if (!report) throw new NotFoundError("Report");
  const period = { periodStart: report.periodStart, periodEnd: report.periodEnd };
  const [events, targets, earlier, others] = await Promise.all([
    db().auditEvent.findMany({
      where: { entityType: REPORT_ENTITY, entityId: report.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db().indicatorTarget.findMany({
      where: { indicatorId: report.indicatorId, ...period, OR: [{ organizationId: null }, ...(report.organizationId ? [{ organizationId: report.organizationId }] : [])] },
      select: { organizationId: true, targetValue: true },
    }),
    db().indicatorReport.findMany({
      where: { AND: [reportScope(actor), { indicatorId: report.indicatorId, organizationId: report.organizationId, periodEnd: { lt: report.periodStart } }] },
      orderBy: [{ periodStart: "desc" }, { id: "asc" }],
      take: 8,
      select: { id: true, periodStart: true, periodEnd: true, value: true, status: true },
    }),
    isStaff(actor)
      ? db().indicatorReport.findMany({
          where: { indicatorId: report.indicatorId, ...period, id: { not: report.id }, organizationId: { not: null } },
          orderBy: [{ organization: { acronym: "asc" } }, { id: "asc" }],
          select: { id: true, value: true, status: true, organization: { select: { acronym: true, name: true } } },
        })
      : Promise.resolve([]),
  ]);
  const history: ReportStep[] = await untracedSteps(events.length ? (events[0]!.before as ReportReviewFields | null) : report);
  for (const e of events) {
    const status = statusOf(e.after);
    if (!status || !STEPS.has(status) || statusOf(e.before) === status) continue;
    const after = e.after as { reviewComment?: unknown };
    history.push({ status: status as ReportStep["status"], by: e.actor?.name ?? null, at: e.createdAt, comment: status === "SUBMITTED" ? "" : String(after.reviewComment ?? "") });
  }
  const sum = (rows: { targetValue: { toString(): string } }[]) => (rows.length ? rows.reduce((a, r) => a + Number(r.targetValue.toString()), 0) : null);
  return {
    history,
    targets: {
      nsb: report.organizationId ? sum(targets.filter((t) => t.organizationId === report.organizationId)) : null,
      overall: sum(targets.filter((t) => t.organizationId === null)),
    },
    earlier: earlier.map((r) => ({ ...r, value: num(r.value) })),
    others: others.map((r) => ({ id: r.id, status: r.status, value: num(r.value), acronym: r.organization?.acronym ?? "", name: r.organization?.name ?? "" })),
  };
}

/** The steps before the audit trail begins (none when it begins with the report's creation), with names. */
async function untracedSteps(fields: ReportReviewFields | null): Promise<ReportStep[]> {
  if (!fields || typeof fields !== "object") return [];
  const steps = stepsBeforeTrail(fields);
  const ids = [...new Set(steps.map((s) => s.by).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.name]));
  return steps.map((s) => ({ ...s, by: s.by ? (name.get(s.by) ?? null) : null }));
}

export type ReportContext = Awaited<ReturnType<typeof reportContext>>;
