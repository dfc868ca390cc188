import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AdoptionDegree } from "@/generated/prisma/enums";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { assertVersion, recordAudit } from "@/server/audit/record";
import { deleteVersioned, updateVersioned } from "@/server/audit/versioned";
import { NotFoundError } from "@/domain/errors";
import { paginate, type Page, parseSort } from "@/lib/list-params";
import { toDay } from "@/lib/form-fields";
import { adoptionSchema, type AdoptionData, type AdoptionInput } from "@/domain/evidence/schema";
import { fieldRefusal, mapUniqueViolation, refuseFields, validateWith, versionOf } from "@/server/mutations";
import { assertBeneficiaryProgramme, assertWritableNsb, evidenceScope, visibleProgrammeIds } from "./shared";

/*
 * National adoptions of ISO standards by NSBs (Outcome 1 evidence). Read: "evidence.read"
 * within evidenceScope; write: "evidence.write" for the caller's own NSB (focal point) or
 * any NSB (staff). One adoption per (NSB, standard). Every write is audited in its transaction.
 */

export const ADOPTION_ENTITY = "NationalAdoption";
export const ADOPTION_SORTS = ["-adoptionDate", "adoptionDate", "standard", "-standard", "nsb", "-nsb"] as const;
export type AdoptionSort = (typeof ADOPTION_SORTS)[number];

export interface AdoptionFilters {
  q?: string;
  nsbId?: string;
  programmeId?: string;
  degree?: AdoptionDegree;
  /** Adopted on or after (yyyy-mm-dd). */
  from?: string;
  /** Adopted on or before (yyyy-mm-dd). */
  to?: string;
  sort?: AdoptionSort;
  page?: number;
}

function adoptionOrder(sort: AdoptionSort = "-adoptionDate"): Prisma.NationalAdoptionOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  if (field === "standard") return [{ standardReference: direction }, { organization: { acronym: "asc" } }, { id: "asc" }];
  if (field === "nsb") return [{ organization: { acronym: direction } }, { adoptionDate: "desc" }, { id: "asc" }];
  return [{ adoptionDate: direction }, { standardReference: "asc" }, { id: "asc" }];
}

const isDay = (s: string | undefined): s is string => Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toDay(s).getTime()));

const listSelect = {
  id: true,
  version: true,
  standardReference: true,
  nationalReference: true,
  adoptionDate: true,
  degree: true,
  organization: { select: { id: true, acronym: true, name: true } },
  programme: { select: { id: true, code: true, title: true } },
} satisfies Prisma.NationalAdoptionSelect;

/** Hides the programme of a row when the caller may not see that programme (a donor, another donor's programme). */
function withVisibleProgramme<R extends { programme: { id: string } | null }>(rows: R[], visible: Set<string> | null): R[] {
  if (!visible) return rows;
  return rows.map((r) => (r.programme && !visible.has(r.programme.id) ? { ...r, programme: null } : r));
}

export async function listNationalAdoptions(actor: Actor, filters: AdoptionFilters = {}) {
  assertCan(actor, "evidence.read");
  const where: Prisma.NationalAdoptionWhereInput = {
    AND: [
      evidenceScope(actor),
      filters.q
        ? {
            OR: [
              { standardReference: { contains: filters.q.trim(), mode: "insensitive" } },
              { nationalReference: { contains: filters.q.trim(), mode: "insensitive" } },
            ],
          }
        : {},
      filters.nsbId ? { organizationId: filters.nsbId } : {},
      filters.programmeId ? { programmeId: filters.programmeId } : {},
      filters.degree ? { degree: filters.degree } : {},
      isDay(filters.from) ? { adoptionDate: { gte: toDay(filters.from) } } : {},
      isDay(filters.to) ? { adoptionDate: { lte: toDay(filters.to) } } : {},
    ],
  };
  const [list, visible] = await Promise.all([
    paginate(
      filters.page,
      () => db().nationalAdoption.count({ where }),
      (skip, take) => db().nationalAdoption.findMany({ where, orderBy: adoptionOrder(filters.sort), skip, take, select: listSelect }),
    ),
    visibleProgrammeIds(actor),
  ]);
  return { ...list, rows: withVisibleProgramme(list.rows, visible) };
}

export type AdoptionListRow = Awaited<ReturnType<typeof listNationalAdoptions>> extends Page<infer R> ? R : never;

/** One adoption; "not found" when it is outside the caller's scope. */
export async function getNationalAdoption(actor: Actor, id: string) {
  assertCan(actor, "evidence.read");
  const row = await db().nationalAdoption.findFirst({ where: { AND: [{ id }, evidenceScope(actor)] }, select: listSelect });
  if (!row) throw new NotFoundError("National adoption");
  return withVisibleProgramme([row], await visibleProgrammeIds(actor))[0]!;
}

const scalarData = (data: AdoptionData) => ({
  organizationId: data.organizationId,
  standardReference: data.standardReference,
  nationalReference: data.nationalReference,
  adoptionDate: toDay(data.adoptionDate),
  degree: data.degree,
  programmeId: data.programmeId,
});

const DUPLICATE = "This NSB already has an adoption of this standard; edit that one instead.";

async function assertNoDuplicate(tx: Tx, data: AdoptionData, selfId: string | null) {
  const same = await tx.nationalAdoption.findFirst({
    where: { organizationId: data.organizationId, standardReference: data.standardReference, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true },
  });
  if (same) refuseFields({ standardReference: [DUPLICATE] });
}

/** A race with another save of the same (NSB, standard) ends as the same field error as the check. */
const mapDuplicateRace = <T>(work: Promise<T>) => mapUniqueViolation(work, () => fieldRefusal({ standardReference: [DUPLICATE] }));

/** Rules that need the database: the NSB the caller may write for, the programme it benefits from, no duplicate. */
export async function checkAdoption(tx: Tx, actor: Actor, data: AdoptionData, current: { id: string; organizationId: string } | null) {
  await assertWritableNsb(tx, actor, data.organizationId, current?.organizationId ?? null);
  await assertBeneficiaryProgramme(tx, actor, data.programmeId, data.organizationId);
  await assertNoDuplicate(tx, data, current?.id ?? null);
}

export async function createNationalAdoption(actor: Actor, input: AdoptionInput): Promise<{ id: string }> {
  assertCan(actor, "evidence.write");
  const data = validateWith(adoptionSchema, input);
  return mapDuplicateRace(
    db().$transaction(async (tx) => {
      await checkAdoption(tx, actor, data, null);
      const row = await tx.nationalAdoption.create({ data: scalarData(data) });
      await recordAudit(tx, actor, { action: "CREATE", entityType: ADOPTION_ENTITY, entityId: row.id, after: row });
      return { id: row.id };
    }),
  );
}

/** The row in the caller's scope, for a write; refuses a stale version. */
async function currentFor(tx: Tx, actor: Actor, id: string, version: number) {
  const current = await tx.nationalAdoption.findFirst({ where: { AND: [{ id }, evidenceScope(actor)] } });
  if (!current) throw new NotFoundError("National adoption");
  await assertVersion(tx, ADOPTION_ENTITY, current, version);
  return current;
}

export async function updateNationalAdoption(actor: Actor, id: string, input: AdoptionInput & { version: number }): Promise<{ id: string; version: number }> {
  assertCan(actor, "evidence.write");
  const data = validateWith(adoptionSchema, input);
  const version = versionOf(input.version);
  return mapDuplicateRace(
    db().$transaction(async (tx) => {
      const current = await currentFor(tx, actor, id, version);
      await checkAdoption(tx, actor, data, current);
      const after = await updateVersioned(tx, "NationalAdoption", id, version, scalarData(data));
      await recordAudit(tx, actor, { action: "UPDATE", entityType: ADOPTION_ENTITY, entityId: id, before: current, after });
      return { id, version: after.version };
    }),
  );
}

export async function deleteNationalAdoption(actor: Actor, id: string, version: number): Promise<void> {
  assertCan(actor, "evidence.write");
  const expected = versionOf(version);
  await db().$transaction(async (tx) => {
    const current = await currentFor(tx, actor, id, expected);
    await deleteVersioned(tx, "NationalAdoption", id, expected, "National adoption");
    await recordAudit(tx, actor, { action: "DELETE", entityType: ADOPTION_ENTITY, entityId: id, before: current });
  });
}
