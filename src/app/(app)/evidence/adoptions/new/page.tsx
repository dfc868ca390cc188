import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { evidenceFormOptions } from "@/server/evidence";
import { PageHeader } from "@/components/ui/page-header";
import { AdoptionForm } from "../adoption-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceAdoptions"))("new") };
}

async function NewAdoptionPage() {
  const actor = await requireActor();
  if (!can(actor, "evidence.write")) notFound();
  const [t, options] = await Promise.all([getTranslations("evidenceAdoptions"), evidenceFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("new")} description={t("description")} />
      <AdoptionForm
        options={options}
        initial={{ organizationId: options.nsbs.length === 1 ? options.nsbs[0]!.id : "", standardReference: "", nationalReference: "", adoptionDate: "", degree: "IDENTICAL", programmeId: "" }}
      />
    </>
  );
}

export default withClientMessages(["common", "enums", "evidence", "evidenceAdoptions", "forms", "validation"], NewAdoptionPage);
