import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { participantScope } from "@/server/auth/scopes";
import { participantListSelect, participantOrderBy, participantWhere, type ParticipantFilters } from "@/server/participants/queries";
import { activityInScope } from "@/server/participations/queries";
import { COLUMN_BY_FIELD, IMPORT_FIELDS, type ImportField } from "@/lib/import/columns";
import { AGE_BAND_LABELS, ATTENDANCE_LABELS, ROLE_LABELS, SEX_LABELS, STAKEHOLDER_GROUP_LABELS, yesNo } from "@/lib/import/values";
import type { Cell, Table } from "@/lib/import/write";

/*
 * Lists to download, in the import's own columns and values: a file exported here can be
 * edited and imported again. Every row the caller may see matches, not one page of them.
 */

export interface ExportList {
  /** The file name without its extension. */
  fileBase: string;
  sheetName: string;
  table: Table;
}

const header = (field: ImportField) => COLUMN_BY_FIELD[field].header;
const PERSON_FIELDS = IMPORT_FIELDS.filter((field) => COLUMN_BY_FIELD[field].entity === "participant");
const today = () => new Date().toISOString().slice(0, 10);

function slug(text: string) {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "activity"
  );
}

interface PersonRow {
  fullName: string;
  email: string | null;
  sex: keyof typeof SEX_LABELS;
  ageBand: keyof typeof AGE_BAND_LABELS;
  stakeholderGroup: keyof typeof STAKEHOLDER_GROUP_LABELS;
  organizationName: string;
  jobTitle: string;
  countryCode: string | null;
  consentToContact: boolean;
  organization: { acronym: string };
}

function personCells(p: PersonRow): Cell[] {
  return [
    p.fullName,
    p.email ?? "",
    SEX_LABELS[p.sex],
    AGE_BAND_LABELS[p.ageBand],
    STAKEHOLDER_GROUP_LABELS[p.stakeholderGroup],
    p.organizationName,
    p.jobTitle,
    p.countryCode ?? "",
    yesNo(p.consentToContact),
    p.organization.acronym,
  ];
}

/** The participants registry with the list's filters and sort: staff all, a focal point their NSB's; donors refused. */
export async function exportParticipants(actor: Actor, filters: Omit<ParticipantFilters, "page"> = {}): Promise<ExportList> {
  assertCan(actor, "participants.read");
  const rows = await db().participant.findMany({
    where: participantWhere(actor, filters),
    orderBy: participantOrderBy(filters.sort),
    select: participantListSelect,
  });
  return {
    fileBase: `participants-${today()}`,
    sheetName: "Participants",
    table: {
      headers: [...PERSON_FIELDS.map(header), "Activities"],
      rows: rows.map((p) => [...personCells(p), p._count.participations]),
    },
  };
}

/** An activity's attendance list as the caller may see it (a focal point: their NSB's people only). */
export async function exportAttendance(actor: Actor, activityId: string): Promise<ExportList> {
  assertCan(actor, "participants.read");
  const activity = await activityInScope(actor, activityId);
  const rows = await db().participation.findMany({
    where: { activityId, participant: participantScope(actor) },
    orderBy: [{ participant: { fullName: "asc" } }, { id: "asc" }],
    select: {
      role: true,
      attendance: true,
      completed: true,
      preTestScore: true,
      postTestScore: true,
      satisfaction: true,
      feedback: true,
      participant: {
        select: {
          fullName: true,
          email: true,
          sex: true,
          ageBand: true,
          stakeholderGroup: true,
          organizationName: true,
          jobTitle: true,
          countryCode: true,
          consentToContact: true,
          organization: { select: { acronym: true } },
        },
      },
    },
  });
  return {
    fileBase: `attendance-${slug(activity.title)}-${today()}`,
    sheetName: "Attendance",
    table: {
      headers: IMPORT_FIELDS.map(header),
      rows: rows.map((r) => [
        ...personCells(r.participant),
        ROLE_LABELS[r.role],
        ATTENDANCE_LABELS[r.attendance],
        yesNo(r.completed),
        r.preTestScore,
        r.postTestScore,
        r.satisfaction,
        r.feedback,
      ]),
    },
  };
}
