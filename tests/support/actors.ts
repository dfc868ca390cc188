import { seedDemoData } from "../../prisma/seed/demo";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";

export interface DemoActors {
  admin: Actor;
  staff: Actor;
  /** Focal point of BSN (Indonesia), a CET beneficiary. */
  focalBsn: Actor;
  /** Focal point of TISI (Thailand), another CET beneficiary. */
  focalTisi: Actor;
  /** Donor viewer of DFAT, which funds the CET programme. */
  donorDfat: Actor;
  /** Donor viewer of Sida, which does not fund the CET programme. */
  donorSida: Actor;
}

/** Seeds the demo data into this file's database and returns one actor per demo user. */
export async function seedDemo(): Promise<DemoActors> {
  await seedDemoData(db());
  const users = await db().user.findMany({ select: { id: true, name: true, email: true, role: true, organizationId: true } });
  const byEmail = (email: string): Actor => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`Demo user ${email} is missing`);
    return user;
  };
  return {
    admin: byEmail("admin@example.org"),
    staff: byEmail("staff@example.org"),
    focalBsn: byEmail("focal.bsn@example.org"),
    focalTisi: byEmail("focal.tisi@example.org"),
    donorDfat: byEmail("donor.dfat@example.org"),
    donorSida: byEmail("donor.sida@example.org"),
  };
}

export const programmeByCode = (code: string) => db().programme.findUniqueOrThrow({ where: { code } });
