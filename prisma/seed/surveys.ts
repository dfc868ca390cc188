/**
 * Demo follow-up survey: the 6-month follow-up of the CET programme's NSS training, closed,
 * with realistic answers (drawn from a PRNG of its own, so the rest of the demo data does
 * not change). No personal links are stored: their tokens would be unusable anyway.
 */
import type { Prisma } from "../../src/generated/prisma/client";
import { templateQuestions } from "../../src/domain/surveys/templates";
import { chance, intBetween, mulberry32, pick, weighted, type Rng } from "./random";

export const NSS_TRAINING = "Training on National Standardization Strategies (NSS) in the CET context";

const STANDARDS = ["ISO/IEC 27001", "ISO/IEC 42001", "ISO 9001", "ISO/IEC 30141", "ISO/IEC 27701", "ISO 31000", "ISO/IEC 22989", "ISO 37001"] as const;
const CHANGES = [
  "Our NSB now reviews the national standardization strategy every year with the ministries.",
  "We set up a working group on standards for artificial intelligence.",
  "Management asked us to map which ISO/IEC JTC 1 standards matter for our digital economy plan.",
  "We started a stakeholder consultation on cybersecurity standards.",
  "The priorities of our work programme now include critical and emerging technologies.",
];
const OBSTACLES = [
  "Too few staff to follow the committee work.",
  "Budget for travel to committee meetings.",
  "Ministries were slow to agree on priorities.",
  "Access to the standards for our industry members.",
];
const COMMENTS = ["A follow-up session on stakeholder engagement would help.", "Please share the NSS templates in French as well.", "Thank you: very practical training."];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string, rng: Rng) => new Date(day(iso).getTime() + intBetween(rng, 0, 20) * 86_400_000 + intBetween(rng, 8, 18) * 3_600_000);

function answersFor(rng: Rng, nsbStaff: boolean) {
  const applied = weighted(rng, [["YES", 5], ["PARTLY", 3], ["NO", 2]] as const);
  const used = applied === "NO" ? [] : [...new Set(Array.from({ length: intBetween(rng, 0, 3) }, () => pick(rng, STANDARDS)))];
  return {
    applied,
    standards: used.join(", "),
    committee: chance(rng, nsbStaff ? 0.45 : 0.2),
    usefulness: applied === "NO" ? intBetween(rng, 2, 4) : intBetween(rng, 3, 5),
    ...(chance(rng, 0.6) ? { changes: pick(rng, CHANGES) } : {}),
    ...(chance(rng, 0.5) ? { obstacles: pick(rng, OBSTACLES) } : {}),
    ...(chance(rng, 0.2) ? { comments: pick(rng, COMMENTS) } : {}),
  };
}

export async function seedFollowUps(tx: Prisma.TransactionClient, activityId: string, staffId: string): Promise<void> {
  const rng = mulberry32(15);
  const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: { endDate: true } });
  const attended = await tx.participation.findMany({
    where: { activityId, attendance: "ATTENDED", role: { not: "TRAINER" } },
    select: { id: true, participant: { select: { stakeholderGroup: true } } },
    orderBy: { participant: { fullName: "asc" } },
  });
  const opensAt = new Date(Date.UTC(activity.endDate.getUTCFullYear(), activity.endDate.getUTCMonth() + 6, activity.endDate.getUTCDate()));
  const opens = opensAt.toISOString().slice(0, 10);
  const survey = await tx.followUpSurvey.create({
    data: {
      activityId, monthsAfter: 6, opensAt, closesAt: new Date(opensAt.getTime() + 30 * 86_400_000), template: "standard",
      questions: templateQuestions("standard") as object[], lastReminderAt: new Date(opensAt.getTime() + 8 * 86_400_000), createdById: staffId,
    },
  });
  await tx.surveyInvitation.createMany({
    data: attended.map((p) => {
      const answered = chance(rng, 0.7);
      const opened = answered || chance(rng, 0.3);
      const submittedAt = answered ? at(opens, rng) : null;
      return {
        surveyId: survey.id,
        participationId: p.id,
        sentAt: opensAt,
        openedAt: opened ? (submittedAt ?? at(opens, rng)) : null,
        answers: answered ? answersFor(rng, p.participant.stakeholderGroup === "NSB_STAFF") : {},
        draftSavedAt: submittedAt,
        submittedAt,
        reminders: answered ? 0 : 1,
        lastRemindedAt: answered ? null : survey.lastReminderAt,
      };
    }),
  });
}
