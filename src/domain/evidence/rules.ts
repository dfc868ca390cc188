/**
 * Rules of the outcome evidence registers (national adoptions of ISO standards, ISO
 * committee roles) that do not need the database: how a standard or committee reference
 * is written, and the loose spellings a CSV import accepts. Pure: no server imports.
 */
import type { AdoptionDegree, CommitteeMembership, Leadership } from "@/generated/prisma/enums";

/** ISO was founded in 1947: no standard, adoption or committee role is older. */
export const EARLIEST_DAY = "1947-01-01";
export const LATEST_DAY = "2100-12-31";

/** Today as "yyyy-mm-dd" (UTC, the way every calendar day is stored). */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

const collapse = (s: string) => s.trim().replace(/\s+/g, " ");

/**
 * A standard reference as stored: single spaces, upper case ("iso/iec 27001:2022" and
 * "ISO/IEC  27001:2022" are the same standard), amendments and corrigenda as ISO writes them.
 */
export function normalizeStandardReference(value: string): string {
  return collapse(value)
    .toUpperCase()
    .replace(/\s*\/\s*/g, "/")
    .replace(/\/AMD ?(\d)/g, "/Amd $1")
    .replace(/\/COR ?(\d)/g, "/Cor $1");
}

// ISO, ISO/IEC, ISO/IEC/IEEE, ISO/ASTM…, an optional deliverable type (TS, TR, PAS, ISP),
// the number with its parts, an optional year, then optional amendments or corrigenda.
const STANDARD = /^ISO(?:\/(?:IEC|IEEE|ASTM|SAE|CIE|HL7|ASME))*(?:[ /](?:TS|TR|PAS|ISP))? (\d{1,6})(?:-\d{1,4}){0,3}(?::(\d{4}))?(?:\/(?:Amd|Cor) \d{1,2}(?::(\d{4}))?)*$/;

/** The publication year a reference names ("ISO 9001:2015" → 2015), or null. */
export function standardYear(reference: string): number | null {
  const match = STANDARD.exec(normalizeStandardReference(reference));
  return match?.[2] ? Number(match[2]) : null;
}

/** What is wrong with a standard reference (already normalised), or null when it is plausible. */
export function standardReferenceProblem(reference: string, today: string = todayIso()): string | null {
  const match = STANDARD.exec(reference);
  if (!match) return "Enter an ISO reference such as ISO 9001:2015, ISO/IEC 27001:2022 or ISO/TS 19139-1:2019.";
  const years = [match[2], match[3]].filter(Boolean).map(Number);
  const thisYear = Number(today.slice(0, 4));
  if (years.some((y) => y < 1947 || y > thisYear)) return `The year after the colon must be between 1947 and ${thisYear}.`;
  return null;
}

/** A committee reference as stored: single spaces, upper case, no spaces around slashes. */
export function normalizeCommittee(value: string): string {
  return collapse(value).toUpperCase().replace(/\s*\/\s*/g, "/");
}

// ISO/TC 307, ISO/TC 45/SC 3, ISO/IEC JTC 1, ISO/IEC JTC 1/SC 42/WG 3, ISO/PC 317, ISO/CASCO…
const COMMITTEE = /^ISO(?:\/IEC)?(?: JTC \d{1,3}|\/(?:TC|PC) \d{1,4}|\/(?:CASCO|COPOLCO|DEVCO|TMB|REMCO|INFCO))(?:\/(?:SC|WG|JWG|AG|TG|JAG|AHG|CAG) \d{1,3})*$/;

/** What is wrong with a committee reference (already normalised), or null when it is plausible. */
export function committeeProblem(committee: string): string | null {
  return COMMITTEE.test(committee) ? null : "Enter an ISO committee such as ISO/TC 307, ISO/TC 45/SC 3 or ISO/IEC JTC 1/SC 42.";
}

/** Lower case, letters and digits only: how import headers and values are compared. */
export const looseKey = (value: string) =>
  value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const DEGREES: Readonly<Record<string, AdoptionDegree>> = {
  identical: "IDENTICAL", idt: "IDENTICAL", id: "IDENTICAL", i: "IDENTICAL",
  modified: "MODIFIED", mod: "MODIFIED", m: "MODIFIED",
};
const MEMBERSHIPS: Readonly<Record<string, CommitteeMembership>> = {
  p: "P_MEMBER", pmember: "P_MEMBER", participating: "P_MEMBER", participatingmember: "P_MEMBER",
  o: "O_MEMBER", omember: "O_MEMBER", observing: "O_MEMBER", observer: "O_MEMBER", observingmember: "O_MEMBER",
};
const LEADERSHIPS: Readonly<Record<string, Leadership>> = {
  "": "NONE", none: "NONE", no: "NONE", member: "NONE",
  chair: "CHAIR", chairperson: "CHAIR", chairman: "CHAIR", chairwoman: "CHAIR",
  secretary: "SECRETARY", secretariat: "SECRETARY",
  convener: "CONVENER", convenor: "CONVENER",
  twinned: "TWINNED", twinning: "TWINNED", twin: "TWINNED",
};

/** "Identical", "IDT", "modified", "MOD"… as the enum, or null when not recognised. */
export const parseDegree = (value: string): AdoptionDegree | null => DEGREES[looseKey(value)] ?? null;
/** "P", "P-member", "O-member", "observing"… as the enum, or null. */
export const parseMembership = (value: string): CommitteeMembership | null => MEMBERSHIPS[looseKey(value)] ?? null;
/** Blank (none), "Chair", "Secretariat", "Convenor", "Twinning"… as the enum, or null. */
export const parseLeadership = (value: string): Leadership | null => LEADERSHIPS[looseKey(value)] ?? null;

/** "yyyy-mm-dd", also "yyyy/mm/dd" and "dd.mm.yyyy" / "dd/mm/yyyy" (day first, as outside the US), as "yyyy-mm-dd"; other text unchanged. */
export function normalizeDay(value: string): string {
  const s = value.trim();
  let m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return s;
}
