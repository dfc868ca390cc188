import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { countryOptions } from "@/server/organizations";
import { PageHeader } from "@/components/ui/page-header";
import { OrganizationForm } from "../organization-form";
import { withClientMessages } from "@/i18n/client-messages";
import { countryOptionsIn } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizationForm"))("newTitle") };
}

async function NewOrganizationPage() {
  const actor = await requireActor();
  if (!can(actor, "organizations.write")) notFound();
  const [t, countries] = await Promise.all([getTranslations("organizationForm"), countryOptions(actor)]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <OrganizationForm countries={countryOptionsIn(countries)} />
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "organizationForm", "validation"], NewOrganizationPage);
