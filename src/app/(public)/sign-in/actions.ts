"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn, signInBlockedUntil, clientAddress } from "@/server/auth";
import { issuesToFieldErrors } from "@/lib/form-fields";
import { formValues } from "@/lib/form-values";
import type { FormState } from "@/lib/form-state";
import { safeCallback, signInSchema } from "@/domain/users/sign-in-schema";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("signIn");
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: issuesToFieldErrors(parsed.error), values: { email: String(values.email ?? "") } };
  const { email, password, callbackUrl } = parsed.data;

  const blockedMessage = async () => {
    const until = await signInBlockedUntil(clientAddress(await headers()));
    return until ? t("blocked", { time: until.toISOString().slice(11, 16) }) : null;
  };
  const blocked = await blockedMessage();
  if (blocked) return { status: "error", message: blocked, values: { email } };
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallback(callbackUrl) });
    return { status: "success" };
  } catch (error) {
    if (error instanceof AuthError) {
      return { status: "error", message: (await blockedMessage()) ?? t("invalid"), values: { email } };
    }
    throw error; // the redirect after a successful sign-in
  }
}
