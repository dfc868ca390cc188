import { z } from "zod";

/**
 * Every environment variable the app reads, validated in one place. Parsed on first use
 * (not at import) so that `next build` works without a database.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().positive().default(8),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default("ISO Capacity Building <no-reply@localhost>"),
  // The IATI organisation identifier of the reporting organisation (ISO). "XI-ISO" is a
  // placeholder: set ISO's registered identifier before publishing the export to IATI.
  IATI_REPORTING_ORG_REF: z
    .string()
    .regex(/^[A-Za-z]{2,}-[A-Za-z0-9._-]+$/, "IATI_REPORTING_ORG_REF must be an IATI organisation identifier such as XM-DAC-12345")
    .default("XI-ISO"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid configuration: ${problems.join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
