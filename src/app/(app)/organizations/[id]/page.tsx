import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can, isStaff } from "@/server/auth";
import { getOrganizationProfile } from "@/server/organizations";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { HistoryPanel } from "@/components/audit/history-panel";
import { NsbDashboardFigures } from "@/components/dashboards/nsb-figures";
import { CapacityComparison } from "@/components/assessments/capacity-comparison";
import { ArchiveOrganizationForm } from "./archive-form";
import { DetailsCard, FocalPointsCard, ParticipantsCard, ResultsCard } from "./profile-cards";
import { FundedSection, NsbSections } from "./profile-sections";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, ...(await getOrganizationProfile(actor, id)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { organization } = await load((await params).id);
  return { title: organization.acronym };
}

const SAVED = ["created", "updated", "archived"] as const;

async function OrganizationPage({ params, searchParams }: Params) {
  const { actor, organization, nsb, funded } = await load((await params).id);
  const saved = (await searchParams).saved;
  const t = await getTranslations();
  const mayWrite = can(actor, "organizations.write");

  return (
    <>
      <PageHeader
        title={organization.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{organization.acronym}</span>
            <Badge tone="info">{t(`enums.organizationKind.${organization.kind}`)}</Badge>
            {organization.archived ? <Badge tone="warning">{t("organizations.archived")}</Badge> : null}
          </span>
        }
        actions={
          mayWrite && !organization.archived ? (
            <>
              <ButtonLink href={`/organizations/${organization.id}/edit`} variant="secondary">{t("nsbProfile.edit")}</ButtonLink>
              <ArchiveOrganizationForm id={organization.id} version={organization.version} name={organization.acronym} />
            </>
          ) : null
        }
      />
      {typeof saved === "string" && (SAVED as readonly string[]).includes(saved) ? (
        <div className="mb-4"><Alert tone="success" testId="saved">{t(`organizationForm.saved.${saved}`)}</Alert></div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <DetailsCard organization={organization} />
        {nsb ? (
          <>
            <ParticipantsCard nsb={nsb} acronym={organization.acronym} />
            <ResultsCard nsb={nsb} />
            {isStaff(actor) ? <FocalPointsCard nsb={nsb} /> : null}
          </>
        ) : null}
      </div>

      {nsb ? <NsbDashboardFigures actor={actor} nsbId={organization.id} acronym={organization.acronym} /> : null}
      {nsb ? <CapacityComparison actor={actor} nsbId={organization.id} by="programme" /> : null}
      {nsb ? <NsbSections nsb={nsb} acronym={organization.acronym} /> : null}
      {funded ? <FundedSection funded={funded} /> : null}

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Organization" entityId={organization.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "forms", "organizationForm"], OrganizationPage);
