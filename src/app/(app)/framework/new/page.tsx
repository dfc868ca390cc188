import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { PageHeader } from "@/components/ui/page-header";
import { PlanForm } from "../plan-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("framework"))("newPlan") };
}

async function NewPlanPage() {
  const actor = await requireActor();
  if (!can(actor, "framework.write")) notFound();
  const t = await getTranslations("framework");
  return (
    <>
      <PageHeader title={t("newPlan")} description={t("newPlanDescription")} />
      <PlanForm />
    </>
  );
}

export default withClientMessages(["common", "forms", "framework", "validation"], NewPlanPage);
