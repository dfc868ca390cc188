import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ADOPTION_ENTITY, evidenceFormOptions, getNationalAdoption } from "@/server/evidence";
import { toDateInput } from "@/lib/format";
import { AdoptionForm } from "../adoption-form";
import { EvidenceEditPage, loadEvidence, nsbsWith } from "../../edit-page";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { record: adoption } = await loadEvidence(getNationalAdoption, (await params).id);
  return { title: `${adoption.organization.acronym} · ${adoption.standardReference}` };
}

async function EditAdoptionPage({ params }: Params) {
  const { actor, record: adoption } = await loadEvidence(getNationalAdoption, (await params).id);
  const [t, options] = await Promise.all([getTranslations("evidenceAdoptions"), evidenceFormOptions(actor)]);
  return (
    <EvidenceEditPage
      register="adoptions"
      actor={actor}
      entityType={ADOPTION_ENTITY}
      record={adoption}
      title={t("editTitle")}
      description={`${adoption.organization.acronym} · ${adoption.standardReference}`}
      deleteTitle={t("deleteTitle", { standard: adoption.standardReference, nsb: adoption.organization.acronym })}
      deleteBody={t("deleteBody")}
    >
      <AdoptionForm
        options={{ ...options, nsbs: nsbsWith(options.nsbs, adoption.organization) }}
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
    </EvidenceEditPage>
  );
}

export default withClientMessages(["common", "enums", "evidence", "evidenceAdoptions", "forms", "validation"], EditAdoptionPage);
