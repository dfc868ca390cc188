import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getActionPlan } from "@/server/framework";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryPanel } from "@/components/audit/history-panel";
import { PlanForm } from "../../plan-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ planId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("framework"))("editPlan") };
}

async function EditPlanPage({ params }: Params) {
  const actor = await requireActor();
  if (!can(actor, "framework.write")) notFound();
  const { planId } = await params;
  const plan = await getActionPlan(actor, planId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("framework");
  return (
    <>
      <PageHeader title={t("editPlan")} description={plan.title} />
      <div className="space-y-6">
        <PlanForm plan={{ id: plan.id, title: plan.title, startYear: plan.startYear, endYear: plan.endYear, description: plan.description, version: plan.version }} />
        <HistoryPanel actor={actor} entityType="ActionPlan" entityId={plan.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "forms", "framework", "validation"], EditPlanPage);
