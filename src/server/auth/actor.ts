import "server-only";
import type { Role } from "@/generated/prisma/enums";

/** Who is acting: every function in src/server takes one and scopes its queries by it. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The NSB of a focal point, the donor organisation of a donor viewer. */
  organizationId: string | null;
  /** The user's saved language (en, fr, es); absent for actors built outside a request. */
  locale?: string;
}

