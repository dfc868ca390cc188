"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { errorToFormState } from "@/app/_lib/form-action";
import { issuesToFieldErrors } from "@/lib/form-fields";
import { formValues } from "@/lib/form-values";
import type { FormState } from "@/lib/form-state";
import { redeemToken } from "@/server/users";
import { setPasswordSchema } from "@/domain/users/set-password-schema";

/**
 * Sets a password with a one-time link. Public: the link is the credential, so this is not
 * wrapped in formAction (which requires a session); it validates the same way.
 */
export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    return { status: "error", message: (await getTranslations("errors"))("checkFields"), fieldErrors: issuesToFieldErrors(parsed.error) };
  }
  try {
    await redeemToken(parsed.data.token, parsed.data.purpose, parsed.data.newPassword);
  } catch (error) {
    return errorToFormState(error);
  }
  redirect("/sign-in?reset=done");
}
