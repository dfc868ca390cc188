import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { countryOptions, getOrganization } from "@/server/organizations";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { OrganizationForm } from "../../organization-form";
import { withClientMessages } from "@/i18n/client-messages";
import { countryOptionsIn } from "@/lib/format";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "organizations.write")) notFound();
  try {
    return { actor, organization: await getOrganization(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { organization } = await load((await params).id);
  return { title: (await getTranslations("organizationForm"))("editTitle", { name: organization.acronym }) };
}

async function EditOrganizationPage({ params }: Params) {
  const { actor, organization } = await load((await params).id);
  const [t, countries] = await Promise.all([getTranslations("organizationForm"), countryOptions(actor)]);
  return (
    <>
      <PageHeader title={t("editTitle", { name: organization.acronym })} description={organization.name} />
      <OrganizationForm
        countries={countryOptionsIn(countries)}
        organization={{
          id: organization.id,
          version: organization.version,
          name: organization.name,
          acronym: organization.acronym,
          kind: organization.kind,
          countryCode: organization.countryCode,
          membershipCategory: organization.membershipCategory,
          website: organization.website,
        }}
      />
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "organizationForm", "validation"], EditOrganizationPage);
