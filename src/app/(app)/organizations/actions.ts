"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/app/_lib/form-action";
import { archiveOrganization, createOrganization, updateOrganization } from "@/server/organizations";
import { archiveOrganizationSchema, organizationSchema, organizationUpdateSchema } from "@/domain/organizations/schema";

export const createOrganizationAction = formAction(organizationSchema, async (actor, input) => {
  const organization = await createOrganization(actor, input);
  revalidatePath("/organizations");
  redirect(`/organizations/${organization.id}?saved=created`);
});

/**
 * An NSB added from the programme form (a dialog): the organisation form's schema and
 * createOrganization's rules and audit, answering the new NSB instead of leaving the page.
 */
export const createNsbInlineAction = formAction(organizationSchema, async (actor, input) => {
  const nsb = await createOrganization(actor, { ...input, kind: "NSB" });
  revalidatePath("/organizations");
  return {
    status: "success",
    message: (await getTranslations("programmeForm"))("nsbAdded", { acronym: nsb.acronym }),
    created: { id: nsb.id, acronym: nsb.acronym, name: nsb.name, countryCode: nsb.countryCode },
  };
});

export const updateOrganizationAction = formAction(organizationUpdateSchema, async (actor, { id, version, ...input }) => {
  await updateOrganization(actor, id, version, input);
  revalidatePath("/organizations", "layout");
  redirect(`/organizations/${id}?saved=updated`);
});

export const archiveOrganizationAction = formAction(archiveOrganizationSchema, async (actor, { id, version }) => {
  await archiveOrganization(actor, id, version);
  revalidatePath("/organizations", "layout");
  redirect(`/organizations/${id}?saved=archived`);
});
