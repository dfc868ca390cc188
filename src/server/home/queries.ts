import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { activityScope, participantScope, programmeScope } from "@/server/auth/scopes";
import { seesAggregatesOnly } from "@/server/auth/roles";

/** The few figures a user's home page opens with, within their scope. */
export async function homeSummary(actor: Actor) {
  const programmes = programmeScope(actor);
  const [activeProgrammes, upcomingActivities, participants, recentProgrammes] = await Promise.all([
    db().programme.count({ where: { AND: [programmes, { status: "ACTIVE", archived: false }] } }),
    db().activity.count({ where: { AND: [activityScope(actor), { status: { in: ["PLANNED", "ONGOING"] } }] } }),
    seesAggregatesOnly(actor) ? Promise.resolve(null) : db().participant.count({ where: participantScope(actor) }),
    db().programme.findMany({
      where: { AND: [programmes, { archived: false }] },
      orderBy: { startDate: "desc" },
      take: 5,
      select: { id: true, code: true, title: true, status: true },
    }),
  ]);
  return { activeProgrammes, upcomingActivities, participants, recentProgrammes };
}
