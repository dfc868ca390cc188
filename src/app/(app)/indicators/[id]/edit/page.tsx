import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getIndicator, indicatorFormOptions } from "@/server/indicators";
import { NotFoundError } from "@/domain/errors";
import { toDateInput } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorForm } from "../../indicator-form";
import { translationValues } from "@/lib/translations";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "indicators.write")) notFound();
  try {
    return { actor, indicator: await getIndicator(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { indicator } = await load((await params).id);
  return { title: (await getTranslations("indicatorForm"))("editTitle", { code: indicator.code }) };
}

const str = (value: { toString(): string } | null | undefined) => (value == null ? "" : value.toString());

async function EditIndicatorPage({ params }: Params) {
  const { actor, indicator } = await load((await params).id);
  const [t, options] = await Promise.all([getTranslations("indicatorForm"), indicatorFormOptions(actor)]);
  const owner = indicator.programmeId
    ? { programmeId: indicator.programmeId, actionPlanId: null }
    : indicator.actionPlanId
      ? { programmeId: null, actionPlanId: indicator.actionPlanId }
      : null;
  return (
    <>
      <PageHeader title={t("editTitle", { code: indicator.code })} description={indicator.title} />
      <IndicatorForm
        indicator={{ id: indicator.id, version: indicator.version }}
        owner={owner}
        options={options}
        values={{
          resultAreaId: indicator.resultAreaId ?? "",
          code: indicator.code,
          title: indicator.title,
          translations: translationValues(indicator, ["title"]),
          definition: indicator.definition,
          unit: indicator.unit,
          currency: indicator.currency ?? "",
          direction: indicator.direction,
          source: indicator.source,
          baselineValue: str(indicator.baselineValue),
          baselineDate: toDateInput(indicator.baselineDate),
          targetValue: str(indicator.targetValue),
          targetDate: toDateInput(indicator.targetDate),
          disaggregateByNsb: indicator.disaggregateByNsb,
          disaggregateBySex: indicator.disaggregateBySex,
          targets: indicator.targets.map((target) => ({
            periodStart: toDateInput(target.periodStart),
            periodEnd: toDateInput(target.periodEnd),
            organizationId: target.organizationId ?? "",
            targetValue: str(target.targetValue),
          })),
        }}
      />
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "indicatorForm", "validation"], EditIndicatorPage);
