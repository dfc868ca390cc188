import { z } from "zod";

export const feedbackSchema = z.object({
  token: z.string().min(20).max(100),
  satisfaction: z.coerce.number("Choose a rating from 1 to 5.").int().min(1, "Choose a rating from 1 to 5.").max(5, "Choose a rating from 1 to 5."),
  feedback: z.string().trim().max(5000, "Use at most 5000 characters.").default(""),
  testimonial: z.string().trim().max(2000, "Use at most 2000 characters.").default(""),
  consentToQuote: z.literal("on").optional().transform(Boolean),
});
