import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320).email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(200),
  callbackUrl: z.string().optional(),
});

/** Only same-site paths are followed after sign-in. */
export function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/";
}
