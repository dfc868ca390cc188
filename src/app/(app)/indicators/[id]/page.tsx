import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getIndicator } from "@/server/indicators";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { HistoryPanel } from "@/components/audit/history-panel";
import { PeriodProgress } from "@/components/indicators/period-progress";
import { ArchiveIndicatorForm } from "./archive-form";
import { IndicatorCards, IndicatorTargets } from "./indicator-parts";
import { localized } from "@/lib/translations";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, indicator: await getIndicator(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { indicator } = await load((await params).id);
  return { title: indicator.code };
}

const SAVED = ["created", "updated", "archived"] as const;

async function IndicatorPage({ params, searchParams }: Params) {
  const { actor, indicator } = await load((await params).id);
  const saved = (await searchParams).saved;
  const t = await getTranslations();
  const mayWrite = can(actor, "indicators.write");

  return (
    <>
      <PageHeader
        title={localized(indicator, "title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{indicator.code}</span>
            {indicator.programme ? (
              <Link href={`/programmes/${indicator.programme.id}`} className="text-brand-700 hover:underline">{indicator.programme.code}</Link>
            ) : (
              <Badge tone="info">{t("indicatorPage.planWide")}</Badge>
            )}
            <span>{t(`enums.indicatorSource.${indicator.source}`)}</span>
            {indicator.archived ? <Badge tone="warning">{t("indicatorsPage.archived")}</Badge> : null}
          </span>
        }
        actions={
          mayWrite && !indicator.archived ? (
            <>
              <ButtonLink href={`/indicators/${indicator.id}/edit`} variant="secondary">{t("indicatorPage.edit")}</ButtonLink>
              <ArchiveIndicatorForm id={indicator.id} version={indicator.version} code={indicator.code} />
            </>
          ) : null
        }
      />
      {typeof saved === "string" && (SAVED as readonly string[]).includes(saved) ? (
        <div className="mb-4"><Alert tone="success" testId="saved">{t(`indicatorPage.saved.${saved}`)}</Alert></div>
      ) : null}

      <IndicatorCards indicator={indicator} />
      <IndicatorTargets indicator={indicator} />

      <PeriodProgress actor={actor} indicator={{ ...indicator, programmeId: indicator.programme?.id ?? null }} />

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Indicator" entityId={indicator.id} />
      </div>
      {indicator.source !== "MANUAL" ? (
        <p className="mt-6">
          <Link href={`/indicators/${indicator.id}/computed`} className="font-medium text-brand-700 hover:underline" data-testid="computed-link">{t("computedIndicator.link")}</Link>
        </p>
      ) : null}
    </>
  );
}

export default withClientMessages(["common", "forms", "indicatorPage"], IndicatorPage);
