import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getActionPlan, type ResultAreaNode } from "@/server/framework";
import { NotFoundError } from "@/domain/errors";
import { parseListParams } from "@/lib/list-params";
import { nestTree, type NestedNode } from "@/lib/result-tree";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { HistoryPanel } from "@/components/audit/history-panel";
import { AreaControls, PlanArchiveControl } from "../controls";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["planCreated", "planSaved", "planArchived", "planRestored", "areaCreated", "areaSaved", "areaArchived", "areaRestored"] as const;
const levelTone: Record<string, BadgeTone> = { GOAL: "info", OUTCOME: "success", OUTPUT: "neutral" };
const childLevel = { GOAL: "OUTCOME", OUTCOME: "OUTPUT", OUTPUT: null } as const;

async function load(planId: string, includeArchived: boolean) {
  const actor = await requireActor();
  try {
    return { actor, plan: await getActionPlan(actor, planId, { includeArchived }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { plan } = await load((await params).planId, false);
  return { title: plan.title };
}

async function PlanPage({ params, searchParams }: Params) {
  const { planId } = await params;
  const query = parseListParams(await searchParams, {
    archived: z.literal("1").optional().catch(undefined),
    notice: z.enum(NOTICES).optional().catch(undefined),
  });
  const showArchived = query.archived === "1";
  const { actor, plan } = await load(planId, showArchived);
  const t = await getTranslations("framework");
  // Editing controls only for staff, and only while the plan is not archived.
  const canWrite = can(actor, "framework.write");
  const editable = canWrite && !plan.archived;

  const tree = nestTree(plan.tree);
  const toggleHref = showArchived ? `/framework/${plan.id}` : `/framework/${plan.id}?archived=1`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/framework" className="text-brand-700 hover:underline">{t("backToPlans")}</Link>
      </p>
      <PageHeader
        title={plan.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="tabular-nums">{t("periodValue", { start: plan.startYear, end: plan.endYear })}</span>
            {plan.archived ? <Badge tone="warning">{t("archived")}</Badge> : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <ButtonLink href={`/framework/${plan.id}/edit`} variant="secondary">{t("editPlan")}</ButtonLink>
              <PlanArchiveControl plan={plan} />
            </>
          ) : null
        }
      />
      <div className="space-y-6">
        {query.notice ? <Alert tone="success" testId="notice">{t(`notices.${query.notice}`)}</Alert> : null}
        {plan.archived ? <Alert tone="warning">{canWrite ? t("planArchivedStaff") : t("planArchivedNote")}</Alert> : null}
        {plan.description ? <p className="max-w-3xl whitespace-pre-line text-sm text-slate-700">{plan.description}</p> : null}
        <Card
          title={t("results")}
          actions={
            <div className="flex flex-wrap gap-2">
              {plan.archivedAreaCount > 0 ? (
                <ButtonLink href={toggleHref} variant="secondary" className="px-2 py-1">
                  {showArchived ? t("hideArchived") : t("showArchived", { count: plan.archivedAreaCount })}
                </ButtonLink>
              ) : null}
              {editable ? <ButtonLink href={`/framework/${plan.id}/areas/new`} className="px-2 py-1">{t("newArea")}</ButtonLink> : null}
            </div>
          }
        >
          {tree.length === 0 ? (
            <EmptyState title={t("noResults")}>{editable ? t("noResultsStaff") : null}</EmptyState>
          ) : (
            <ul aria-label={t("resultsTree")} data-testid="result-tree">{tree.map((nested) => <AreaNode key={nested.node.id} nested={nested} planId={plan.id} editable={editable} showArchived={showArchived} />)}</ul>
          )}
        </Card>
        <HistoryPanel actor={actor} entityType="ActionPlan" entityId={plan.id} />
      </div>
    </>
  );
}

/** One result area of the tree, with its children below it. */
async function AreaNode({ nested, planId, editable, showArchived }: { nested: NestedNode<ResultAreaNode>; planId: string; editable: boolean; showArchived: boolean }) {
  const { node, children } = nested;
  const t = await getTranslations("framework");
  const tl = await getTranslations("enums.resultLevel");
  const next = childLevel[node.level];
  return (
    <li data-testid="result-area" data-code={node.code}>
      <div className={`flex flex-col gap-2 border-b border-slate-100 py-3 sm:flex-row sm:items-start sm:justify-between ${node.archived ? "opacity-70" : ""}`}>
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={levelTone[node.level]}>{tl(node.level)}</Badge>
            <span className="font-mono text-sm font-semibold text-slate-900">{node.code}</span>
            {node.archived ? <Badge tone="warning">{t("archived")}</Badge> : null}
          </p>
          <p className="mt-1 font-medium text-slate-900" data-testid="result-area-title">{node.title}</p>
          {node.description ? <p className="mt-0.5 whitespace-pre-line text-sm text-slate-600">{node.description}</p> : null}
          {editable && !node.archived ? (
            <p className="mt-1 flex flex-wrap gap-3 text-sm">
              <Link href={`/framework/${planId}/areas/${node.id}/edit`} className="font-medium text-brand-700 hover:underline">
                {t("edit")}<span className="sr-only"> {node.code}</span>
              </Link>
              {next ? (
                <Link href={`/framework/${planId}/areas/new?parentId=${node.id}&level=${next}`} className="font-medium text-brand-700 hover:underline">
                  {t(next === "OUTCOME" ? "addOutcomeUnder" : "addOutputUnder", { code: node.code })}
                </Link>
              ) : null}
            </p>
          ) : null}
        </div>
        {editable ? <AreaControls node={node} showArchived={showArchived} /> : null}
      </div>
      {children.length ? <ul className="ml-3 border-l-2 border-slate-100 pl-3 sm:ml-5 sm:pl-5">{children.map((child) => <AreaNode key={child.node.id} nested={child} planId={planId} editable={editable} showArchived={showArchived} />)}</ul> : null}
    </li>
  );
}

export default withClientMessages(["common", "forms", "framework"], PlanPage);
