import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What every list of activities shows of one: its title (with translations), kind, state, dates and place. */
export const ACTIVITY_SUMMARY = {
  id: true,
  title: true,
  titleFr: true,
  titleEs: true,
  type: true,
  level: true,
  modality: true,
  status: true,
  startDate: true,
  endDate: true,
  venueCity: true,
  venueCountry: { select: { code: true, name: true } },
} as const satisfies Prisma.ActivitySelect;
