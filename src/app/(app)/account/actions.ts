"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/server/auth";
import { formAction } from "@/app/_lib/form-action";
import type { FormState } from "@/lib/form-state";
import { changeOwnPassword } from "@/server/users";
import { changePasswordSchema } from "@/domain/users/account-schema";

const changePassword = formAction(changePasswordSchema, async (actor, input) => {
  await changeOwnPassword(actor, input);
  // The change ended every session of this user, this one included: sign this browser in
  // again with the new password so the user stays where they are. Other browsers are signed out.
  try {
    await signIn("credentials", { email: actor.email, password: input.newPassword, redirectTo: "/account?password=changed" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in?reset=done");
    throw error; // the redirect after signing in again
  }
});

export async function changePasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  return changePassword(previous, formData);
}
