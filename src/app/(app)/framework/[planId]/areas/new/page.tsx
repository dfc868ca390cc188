import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getActionPlan } from "@/server/framework";
import { NotFoundError } from "@/domain/errors";
import { parseListParams } from "@/lib/list-params";
import { PageHeader } from "@/components/ui/page-header";
import { ResultLevel } from "@/generated/prisma/enums";
import { AreaForm } from "../../../area-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("framework"))("newArea") };
}

async function NewAreaPage({ params, searchParams }: Params) {
  const actor = await requireActor();
  if (!can(actor, "framework.write")) notFound();
  const { planId } = await params;
  const query = parseListParams(await searchParams, {
    parentId: z.string().max(40).optional().catch(undefined),
    level: z.enum(ResultLevel).optional().catch(undefined),
  });
  const plan = await getActionPlan(actor, planId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (plan.archived) notFound();
  const t = await getTranslations("framework");
  // Outputs and outcomes may hang under these; the data layer checks the exact pairing.
  const parents = plan.tree
    .filter((n) => n.level !== "OUTPUT")
    .map((n) => ({ id: n.id, level: n.level, label: `${n.code} ${n.title.length > 80 ? `${n.title.slice(0, 79)}…` : n.title}` }));
  return (
    <>
      <PageHeader title={t("newArea")} description={plan.title} />
      <AreaForm planId={plan.id} parents={parents} defaults={{ parentId: query.parentId, level: query.level }} />
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "framework", "validation"], NewAreaPage);
