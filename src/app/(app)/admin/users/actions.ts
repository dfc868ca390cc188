"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/app/_lib/form-action";
import type { FormState } from "@/lib/form-state";
import { inviteUser, issuePasswordReset, setUserActive, signOutEverywhere, updateUser } from "@/server/users";
import { inviteUserSchema, issueResetSchema, setUserActiveSchema, signOutEverywhereSchema, updateUserSchema, type LinkFormState } from "@/domain/users/schema";

const invite = formAction(inviteUserSchema, async (actor, input): Promise<LinkFormState> => {
  const issued = await inviteUser(actor, input);
  revalidatePath("/admin/users");
  const t = await getTranslations("users");
  return { status: "success", message: t("invited", { email: issued.email }), link: issued.link, userId: issued.userId, mail: issued.mail };
});

const update = formAction(updateUserSchema, async (actor, { id, ...input }) => {
  await updateUser(actor, id, input);
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${id}`);
  return { status: "success", message: (await getTranslations("users"))("saved") };
});

const setActive = formAction(setUserActiveSchema, async (actor, { id, active, version }) => {
  await setUserActive(actor, id, active, version);
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${id}`);
  return { status: "success", message: (await getTranslations("users"))(active ? "reactivatedNotice" : "deactivatedNotice") };
});

const issueReset = formAction(issueResetSchema, async (actor, { id }): Promise<LinkFormState> => {
  const issued = await issuePasswordReset(actor, id);
  revalidatePath(`/admin/users/${id}`);
  return { status: "success", message: (await getTranslations("users"))("resetIssued"), link: issued.link, mail: issued.mail };
});

const signOutAll = formAction(signOutEverywhereSchema, async (actor, { id }) => {
  await signOutEverywhere(actor, id);
  revalidatePath(`/admin/users/${id}`);
  return { status: "success", message: (await getTranslations("users"))("signedOutEverywhere") };
});

// The handlers above answer with a LinkFormState; formAction's signature only knows FormState.
export async function inviteUserAction(previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  return (await invite(previous, formData)) as LinkFormState;
}

export async function updateUserAction(previous: FormState, formData: FormData): Promise<FormState> {
  return update(previous, formData);
}

export async function setUserActiveAction(previous: FormState, formData: FormData): Promise<FormState> {
  return setActive(previous, formData);
}

export async function issueResetAction(previous: LinkFormState, formData: FormData): Promise<LinkFormState> {
  return (await issueReset(previous, formData)) as LinkFormState;
}

export async function signOutEverywhereAction(previous: FormState, formData: FormData): Promise<FormState> {
  return signOutAll(previous, formData);
}
