import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { ADOPTION_ENTITY, getNationalAdoption } from "@/server/evidence";
import { evidenceFormOptions } from "@/server/evidence";
import { NotFoundError } from "@/domain/errors";
import { toDateInput } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryPanel } from "@/components/audit/history-panel";
import { AdoptionForm } from "../adoption-form";
import { DeleteEvidenceForm } from "../../delete-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "evidence.write")) notFound();
  try {
    return { actor, adoption: await getNationalAdoption(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { adoption } = await load((await params).id);
  return { title: `${adoption.organization.acronym} · ${adoption.standardReference}` };
}

async function EditAdoptionPage({ params }: Params) {
  const { actor, adoption } = await load((await params).id);
  const [t, options] = await Promise.all([getTranslations("evidenceAdoptions"), evidenceFormOptions(actor)]);
  // A row of an NSB archived since keeps its NSB in the menu.
  const nsbs = options.nsbs.some((n) => n.id === adoption.organization.id) ? options.nsbs : [adoption.organization, ...options.nsbs];
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        description={`${adoption.organization.acronym} · ${adoption.standardReference}`}
        actions={
          <DeleteEvidenceForm
            register="adoptions"
            id={adoption.id}
            version={adoption.version}
            title={t("deleteTitle", { standard: adoption.standardReference, nsb: adoption.organization.acronym })}
            body={t("deleteBody")}
          />
        }
      />
      <AdoptionForm
        options={{ ...options, nsbs }}
        initial={{
          id: adoption.id,
          version: adoption.version,
          organizationId: adoption.organization.id,
          standardReference: adoption.standardReference,
          nationalReference: adoption.nationalReference,
          adoptionDate: toDateInput(adoption.adoptionDate),
          degree: adoption.degree,
          programmeId: adoption.programme?.id ?? "",
        }}
      />
      <div className="mt-8">
        <HistoryPanel actor={actor} entityType={ADOPTION_ENTITY} entityId={adoption.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "enums", "evidence", "evidenceAdoptions", "forms", "validation"], EditAdoptionPage);
