import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { ColumnMapping } from "@/lib/import/columns";
import type { Sheet } from "@/lib/import/sheet";
import { problemMaker, type ParsedRow, type RowError } from "@/lib/import/validate";
import { chunks } from "./engine";

/*
 * The attendance import's matching: who each valid row is, among the participants already
 * registered. By email, else (for people without one on file) by name within the row's
 * NSB. Lookups take lists of keys, a few statements per thousand rows.
 */

const LOOKUP_CHUNK = 2_000;

/** What the matching needs of a registered participant: few columns, since it reads every row's. */
export interface ParticipantMatch {
  id: string;
  email: string | null;
  normalizedName: string;
  organizationId: string;
  version: number;
}

/** A row to write: the registered person it matches (or null: a new one). */
export interface Plan {
  row: ParsedRow;
  existing: ParticipantMatch | null;
  /** The id given to a new participant. */
  newId?: string;
}

/** The import's NSBs: a focal point's own (their rows may match no one else's), and every NSB's acronym. */
export interface MatchContext {
  ownNsbId: string | null;
  nsbs: readonly { id: string; acronym: string }[];
}

const MATCH_COLUMNS = Prisma.sql`"id", "email", "normalizedName", "organizationId", "version"`;
const nameKey = (nsbId: string, name: string) => `${nsbId}\u0000${name}`;

async function byEmail(client: Tx, rows: readonly ParsedRow[]) {
  const found = new Map<string, ParticipantMatch>();
  const emails = rows.flatMap((r) => (r.participant.email ? [r.participant.email] : []));
  for (const part of chunks(emails, LOOKUP_CHUNK)) {
    const matches = await client.$queryRaw<ParticipantMatch[]>`SELECT ${MATCH_COLUMNS} FROM "Participant" WHERE "email" = ANY(${part}::text[])`;
    for (const p of matches) found.set(p.email!, p);
  }
  return found;
}

/** Namesakes within each NSB, for the rows not matched by email, oldest first. */
async function byName(client: Tx, rows: readonly ParsedRow[], emails: ReadonlyMap<string, ParticipantMatch>) {
  const needName = rows.filter((r) => !(r.participant.email && emails.has(r.participant.email)) && r.owningNsbId);
  const found = new Map<string, ParticipantMatch[]>();
  const nsbIds = [...new Set(needName.map((r) => r.owningNsbId!))];
  const names = [...new Set(needName.map((r) => r.participant.normalizedName))];
  for (const part of chunks(names, LOOKUP_CHUNK)) {
    const matches = await client.$queryRaw<ParticipantMatch[]>`
      SELECT ${MATCH_COLUMNS} FROM "Participant"
      WHERE "organizationId" = ANY(${nsbIds}::text[]) AND "normalizedName" = ANY(${part}::text[])
      ORDER BY "createdAt", "id"`;
    for (const p of matches) {
      const key = nameKey(p.organizationId, p.normalizedName);
      found.set(key, [...(found.get(key) ?? []), p]);
    }
  }
  return found;
}

/**
 * Finds who each row is. Problems found here (someone of another NSB, namesakes, the same
 * person twice) are row errors like the sheet's own.
 */
export async function matchParticipants(client: Tx, context: MatchContext, sheet: Sheet, mapping: ColumnMapping, rows: readonly ParsedRow[]) {
  const problem = problemMaker(sheet, mapping);
  const errors: RowError[] = [];
  const plans: Plan[] = [];
  const emails = await byEmail(client, rows);
  const names = await byName(client, rows, emails);
  const acronym = new Map(context.nsbs.map((n) => [n.id, n.acronym]));
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const before = errors.length;
    const { email, normalizedName, fullName } = row.participant;
    let existing: ParticipantMatch | null = (email && emails.get(email)) || null;
    if (existing && context.ownNsbId && existing.organizationId !== context.ownNsbId) {
      errors.push(problem(row.row, "email", "otherNsb"));
      continue;
    }
    if (!existing) {
      if (!row.owningNsbId) {
        errors.push(problem(row.row, "nsb", "nsbRequired"));
        continue;
      }
      // A row with an email only matches a namesake who has no email on file (otherwise they are two people).
      const namesakes = (names.get(nameKey(row.owningNsbId, normalizedName)) ?? []).filter((p) => !email || !p.email);
      if (namesakes.length > 1) {
        errors.push(problem(row.row, "full_name", "ambiguousName", { count: namesakes.length, nsb: acronym.get(row.owningNsbId) ?? "", value: fullName }));
      } else existing = namesakes[0] ?? null;
    }
    if (existing) {
      const first = firstRowOf.get(existing.id);
      if (first !== undefined) errors.push(problem(row.row, email ? "email" : "full_name", "samePerson", { firstRow: first }));
      else firstRowOf.set(existing.id, row.row);
    }
    if (errors.length === before) plans.push({ row, existing });
  }
  return { plans, errors };
}
