import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getResultArea } from "@/server/framework";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryPanel } from "@/components/audit/history-panel";
import { AreaForm } from "../../../../area-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ planId: string; areaId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("framework"))("editArea") };
}

async function EditAreaPage({ params }: Params) {
  const actor = await requireActor();
  if (!can(actor, "framework.write")) notFound();
  const { planId, areaId } = await params;
  const area = await getResultArea(actor, areaId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (area.actionPlan.id !== planId || area.actionPlan.archived) notFound();
  const t = await getTranslations("framework");
  const tl = await getTranslations("enums.resultLevel");
  return (
    <>
      <PageHeader
        title={t("editAreaTitle", { code: area.code })}
        description={`${tl(area.level)} · ${area.actionPlan.title}${area.parent ? ` · ${t("under", { code: area.parent.code })}` : ""}`}
      />
      <div className="space-y-6">
        <AreaForm planId={planId} area={{ id: area.id, code: area.code, title: area.title, description: area.description, version: area.version }} />
        <HistoryPanel actor={actor} entityType="ResultArea" entityId={area.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "framework", "validation"], EditAreaPage);
