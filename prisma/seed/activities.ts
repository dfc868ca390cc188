/** Demo activities of the two programmes, and who took part in them. */
import type { Prisma } from "../../src/generated/prisma/client";
import type {
  ActivityLevel,
  ActivityStatus,
  ActivityType,
  AgeBand,
  Attendance,
  Modality,
  StakeholderGroup,
} from "../../src/generated/prisma/enums";
import { type Rng, bellInt, chance, pick, weighted } from "./random";

export const SEA_NSBS = ["ISC", "BSN", "DOSM", "DSM", "BPS", "TISI", "STAMEQ"] as const;
export const EAST_AFRICA_NSBS = ["KEBS", "UNBS", "RSB", "TBS"] as const;

export interface ActivitySeed {
  programme: "CET-SEA" | "AP-AFR-EAST";
  /** Code of the output (2021-2025 plan) the activity serves. */
  output: string;
  title: string;
  description: string;
  type: ActivityType;
  level: ActivityLevel;
  modality: Modality;
  status: ActivityStatus;
  start: string;
  end: string;
  venueCity?: string;
  venueCountryCode?: string;
  topics: readonly string[];
  budget: number;
  actualCost?: number;
  nsbs: readonly string[];
  /** How likely a participant of a target NSB is to take part, relative to the programme's other activities. */
  weight: number;
  /** At most this many participants per NSB (seats at in-person events). */
  seatsPerNsb: number;
}

export const ACTIVITIES: readonly ActivitySeed[] = [
  {
    programme: "CET-SEA", output: "O1.3",
    title: "Training on National Standardization Strategies (NSS) in the CET context",
    description: "Regional training on developing and updating a national standardization strategy that sets priorities for critical and emerging technologies, using ISO's NSS methodology.",
    type: "TRAINING", level: "REGIONAL", modality: "HYBRID", status: "COMPLETED",
    start: "2022-11-15", end: "2022-11-17", venueCity: "Bangkok", venueCountryCode: "TH",
    topics: ["CET", "NSS"], budget: 120_000, actualCost: 112_450, nsbs: SEA_NSBS, weight: 3, seatsPerNsb: 30,
  },
  {
    programme: "CET-SEA", output: "O1.1",
    title: "Training on national adoptions of ISO standards for CET",
    description: "Online training on adoption procedures, identical and modified adoptions, and the ISO standards most relevant to cybersecurity, AI and the Internet of Things.",
    type: "TRAINING", level: "REGIONAL", modality: "ONLINE", status: "COMPLETED",
    start: "2023-03-14", end: "2023-03-16",
    topics: ["CET", "National adoptions"], budget: 60_000, actualCost: 48_200, nsbs: SEA_NSBS, weight: 4, seatsPerNsb: 40,
  },
  {
    programme: "CET-SEA", output: "O2.1",
    title: "Workshop before the ISO/IEC JTC 1 plenary, Berlin",
    description: "Two-day workshop ahead of the ISO/IEC JTC 1 Information Technology plenary: the standards development process, national positions and what to expect at the plenary.",
    type: "WORKSHOP", level: "INTERNATIONAL", modality: "IN_PERSON", status: "COMPLETED",
    start: "2023-11-04", end: "2023-11-05", venueCity: "Berlin", venueCountryCode: "DE",
    topics: ["CET", "JTC 1"], budget: 180_000, actualCost: 171_300, nsbs: SEA_NSBS, weight: 1.2, seatsPerNsb: 3,
  },
  {
    programme: "CET-SEA", output: "O2.1",
    title: "Webinar: participation in ISO committees",
    description: "How to become a P-member, build a national mirror committee and contribute comments and votes in ISO/IEC JTC 1 and its subcommittees.",
    type: "WEBINAR", level: "REGIONAL", modality: "ONLINE", status: "COMPLETED",
    start: "2024-02-20", end: "2024-02-20",
    topics: ["CET", "JTC 1", "Committee participation"], budget: 8_000, actualCost: 6_750, nsbs: SEA_NSBS, weight: 3, seatsPerNsb: 40,
  },
  {
    programme: "CET-SEA", output: "O2.2",
    title: "Good Standardization Practices (GSP) training",
    description: "Planned for May 2024; cancelled when the programme's remaining time proved too short. The content is kept for a follow-up programme.",
    type: "TRAINING", level: "REGIONAL", modality: "ONLINE", status: "CANCELLED",
    start: "2024-05-21", end: "2024-05-23",
    topics: ["CET", "GSP"], budget: 40_000, nsbs: SEA_NSBS, weight: 0, seatsPerNsb: 0,
  },
  {
    programme: "AP-AFR-EAST", output: "O1.1",
    title: "Regional workshop on national adoptions of ISO standards",
    description: "Three-day workshop on national adoption procedures, the WTO TBT Agreement and priority ISO standards for trade and climate change.",
    type: "WORKSHOP", level: "REGIONAL", modality: "IN_PERSON", status: "COMPLETED",
    start: "2025-05-13", end: "2025-05-15", venueCity: "Nairobi", venueCountryCode: "KE",
    topics: ["National adoptions", "Trade", "Climate change"], budget: 650_000, actualCost: 612_400, nsbs: EAST_AFRICA_NSBS, weight: 4, seatsPerNsb: 12,
  },
  {
    programme: "AP-AFR-EAST", output: "O1.1",
    title: "In-country advisory mission on adoption procedures",
    description: "Advisory mission to review RSB's national adoption procedure and its standards development workflow.",
    type: "IN_COUNTRY_ADVISORY", level: "NATIONAL", modality: "IN_PERSON", status: "COMPLETED",
    start: "2025-09-16", end: "2025-09-18", venueCity: "Kigali", venueCountryCode: "RW",
    topics: ["National adoptions", "GSP"], budget: 180_000, actualCost: 166_900, nsbs: ["RSB"], weight: 3, seatsPerNsb: 15,
  },
  {
    programme: "AP-AFR-EAST", output: "O2.2",
    title: "Good Standardization Practices (GSP) e-learning",
    description: "Self-paced e-learning course with a virtual classroom session at the end, for NSB staff and technical committee members.",
    type: "ELEARNING", level: "REGIONAL", modality: "ONLINE", status: "ONGOING",
    start: "2026-09-01", end: "2026-12-15",
    topics: ["GSP"], budget: 120_000, nsbs: EAST_AFRICA_NSBS, weight: 4, seatsPerNsb: 40,
  },
  {
    programme: "AP-AFR-EAST", output: "O1.2",
    title: "Regional seminar on standards for climate action and trade",
    description: "Seminar for regulators, industry and NSB stakeholders on ISO standards that support climate action and access to export markets.",
    type: "SEMINAR", level: "REGIONAL", modality: "IN_PERSON", status: "PLANNED",
    start: "2026-12-08", end: "2026-12-09", venueCity: "Dar es Salaam", venueCountryCode: "TZ",
    topics: ["Climate change", "Trade"], budget: 540_000, nsbs: EAST_AFRICA_NSBS, weight: 1, seatsPerNsb: 5,
  },
];

const FEEDBACK = [
  "Very practical; the group exercises helped most.",
  "More time for questions would have been useful.",
  "Good balance of theory and country examples.",
  "The session on adoption procedures answered questions we had for years.",
  "Online sessions were long for our time zone; shorter blocks would help.",
  "Please share the slides and the templates in advance next time.",
  "Useful to hear how other NSBs organise their mirror committees.",
  "I would like a follow-up session on implementing the standards in SMEs.",
];

const TESTIMONIALS: Readonly<Record<string, readonly string[]>> = {
  "Training on national adoptions of ISO standards for CET": [
    "Participating in this capacity-building activity has been a valuable experience. I have learned a lot about CET-related standards and how they can be used to improve the quality and safety of critical and emerging technologies.",
    "We now have a clear procedure for adopting ISO/IEC standards identically, and we started with information security.",
  ],
  "Workshop before the ISO/IEC JTC 1 plenary, Berlin": [
    "The workshop gave me a comprehensive understanding of the international standardization process before my first plenary.",
  ],
  "Training on National Standardization Strategies (NSS) in the CET context": [
    "The NSS methodology helped us agree priorities with our ministries for the first time.",
  ],
  "Regional workshop on national adoptions of ISO standards": [
    "Meeting colleagues from the other East African NSBs showed us how much we can share.",
  ],
};

export interface SeededActivity extends ActivitySeed {
  id: string;
  nsbIds: readonly string[];
}

export interface SeededParticipant {
  id: string;
  organizationId: string;
  stakeholderGroup: StakeholderGroup;
  ageBand: AgeBand;
}

/**
 * Each participant takes part in 1-3 activities of their region's programme that target
 * their NSB: completed ones with attendance and feedback, ongoing or planned ones as
 * registrations. A few experienced NSB staff act as trainers.
 */
export function buildParticipations(
  rng: Rng,
  participants: readonly SeededParticipant[],
  activities: readonly SeededActivity[],
  recorderFor: (organizationId: string) => string,
): Prisma.ParticipationCreateManyInput[] {
  const rows: Prisma.ParticipationCreateManyInput[] = [];
  const seatsTaken = new Map<string, number>();
  const testimonialsLeft = new Map(Object.entries(TESTIMONIALS).map(([title, quotes]) => [title, [...quotes]]));
  const trainerNeeded = new Set(activities.filter((a) => a.status === "COMPLETED" && a.level !== "INTERNATIONAL").map((a) => a.id));

  for (const person of participants) {
    const eligible = activities.filter((a) => a.weight > 0 && a.nsbIds.includes(person.organizationId));
    const wanted = weighted(rng, [[1, 50], [2, 35], [3, 15]] as const);
    const chosen = new Set<SeededActivity>();
    while (chosen.size < wanted) {
      const open = eligible.filter(
        (a) => !chosen.has(a) && (seatsTaken.get(`${a.id}:${person.organizationId}`) ?? 0) < a.seatsPerNsb,
      );
      if (open.length === 0) break;
      const activity = weighted(rng, open.map((a) => [a, a.weight] as const));
      chosen.add(activity);
      const seatKey = `${activity.id}:${person.organizationId}`;
      seatsTaken.set(seatKey, (seatsTaken.get(seatKey) ?? 0) + 1);
    }
    for (const activity of chosen) {
      const recordedById = recorderFor(person.organizationId);
      if (activity.status !== "COMPLETED") {
        rows.push({ activityId: activity.id, participantId: person.id, attendance: "REGISTERED", recordedById });
        continue;
      }
      const experienced = person.stakeholderGroup === "NSB_STAFF" && (person.ageBand === "AGE_45_54" || person.ageBand === "AGE_55_PLUS");
      if (experienced && trainerNeeded.delete(activity.id)) {
        rows.push({ activityId: activity.id, participantId: person.id, role: "TRAINER", attendance: "ATTENDED", completed: true, recordedById });
        continue;
      }
      const attendance = weighted<Attendance>(rng, [["ATTENDED", 84], ["PARTIAL", 9], ["NO_SHOW", 7]]);
      if (attendance === "NO_SHOW") {
        rows.push({ activityId: activity.id, participantId: person.id, attendance, recordedById });
        continue;
      }
      const preTestScore = bellInt(rng, 52, 40, 5, 95);
      const gain = bellInt(rng, 22, 30, -5, 45);
      const answeredSurvey = chance(rng, 0.9);
      const quotes = testimonialsLeft.get(activity.title);
      const testimonial = attendance === "ATTENDED" && quotes && quotes.length > 0 && chance(rng, 0.25) ? (quotes.shift() ?? "") : "";
      rows.push({
        activityId: activity.id,
        participantId: person.id,
        attendance,
        completed: attendance === "ATTENDED",
        preTestScore,
        postTestScore: attendance === "PARTIAL" && chance(rng, 0.5) ? null : Math.min(100, Math.max(0, preTestScore + gain)),
        satisfaction: answeredSurvey ? weighted(rng, [[5, 45], [4, 38], [3, 12], [2, 4], [1, 1]] as const) : null,
        feedback: answeredSurvey && chance(rng, 0.15) ? pick(rng, FEEDBACK) : "",
        testimonial,
        consentToQuote: testimonial !== "" && chance(rng, 0.75),
        recordedById,
      });
    }
  }
  return rows;
}

