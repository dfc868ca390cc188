"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/form-action";
import { archiveOrganization, createOrganization, updateOrganization } from "@/server/organizations/mutations";
import { archiveOrganizationSchema, organizationSchema, organizationUpdateSchema } from "./schema";

export const createOrganizationAction = formAction(organizationSchema, async (actor, input) => {
  const organization = await createOrganization(actor, input);
  revalidatePath("/organizations");
  redirect(`/organizations/${organization.id}?saved=created`);
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
