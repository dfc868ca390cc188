import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * What every list, page and file shows of an indicator: its code, its title (with the French
 * and Spanish versions) and what it measures. Queries spread it and add what they need.
 */
export const INDICATOR_SUMMARY = {
  id: true,
  code: true,
  title: true,
  titleFr: true,
  titleEs: true,
  unit: true,
  currency: true,
  source: true,
} as const satisfies Prisma.IndicatorSelect;
