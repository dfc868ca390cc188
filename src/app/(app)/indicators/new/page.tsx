import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { indicatorFormOptions } from "@/server/indicators";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_INDICATOR, IndicatorForm } from "../indicator-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicatorForm"))("newTitle") };
}

async function NewIndicatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "indicators.write")) notFound();
  const [t, options, params] = await Promise.all([getTranslations("indicatorForm"), indicatorFormOptions(actor), searchParams]);
  const requested = typeof params.programmeId === "string" ? params.programmeId : undefined;
  // From a programme's page: the programme is fixed. An unknown id falls back to choosing one.
  const programme = requested ? options.programmes.find((p) => p.id === requested) : undefined;
  return (
    <>
      <PageHeader title={t("newTitle")} description={programme ? `${programme.code} · ${programme.title}` : t("newDescription")} />
      <IndicatorForm owner={programme ? { programmeId: programme.id, actionPlanId: null } : null} values={EMPTY_INDICATOR} options={options} />
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "indicatorForm", "validation"], NewIndicatorPage);
