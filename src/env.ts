import { z } from "zod";
import { parseTrustedProxies } from "@/lib/trusted-proxies";

/**
 * Every environment variable the app reads, validated in one place. Parsed on first use
 * (not at import) so that `next build` works without a database.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  // Which proxies in front of the app may tell the client's address in X-Forwarded-For:
  // unset (none: the socket address counts), a hop count ("1"), or addresses and CIDRs
  // ("10.0.0.0/8, 192.168.1.7, loopback"). src/server/auth/client-address.ts reads it.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine((value) => value === undefined || parseTrustedProxies(value) !== null, {
      message: "TRUSTED_PROXIES must be a hop count or a comma-separated list of addresses and CIDRs",
    }),
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
  // Personal data: participants of programmes CLOSED more than this many months ago are
  // anonymised by `npm run db:retention`; donor-facing GEDSI cells under this count show "< n".
  PARTICIPANT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).default(60),
  SMALL_CELL_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
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
