/**
 * How the audit trail shows a snapshot's fields to people: labels for record types and
 * fields, enum values through their `enums.*` messages, dates as dates, ids shortened with
 * a link to the record, lists and nested rows by what names them. Pure (no server imports,
 * no translations: it answers message keys and structured values, the components render
 * them), so it is unit-tested against prisma/schema.prisma.
 */

/** "ageBand" → "Age band", "IndicatorReport" → "Indicator report", "organizationId" → "Organization". */
export function humanizeName(name: string): string {
  const base = name.length > 2 && name.endsWith("Id") ? name.slice(0, -2) : name;
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/_/g, " ")
    .trim()
    .split(/\s+/)
    .map((w, i) => (/^[A-Z0-9]{2,}$/.test(w) ? w : i === 0 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase()));
  return words.join(" ");
}

/** The message key of a record type's label (audit.recordTypes.<Model>); fall back to humanizeName. */
export const recordTypeKey = (entityType: string) => `audit.recordTypes.${entityType}`;

/** The message key of a field's label (audit.fields.<field>); fall back to humanizeName. */
export const fieldKey = (field: string) => `audit.fields.${field}`;

/**
 * The message group that names each enum field's values, per record type (field names are
 * shared: `status` is a programme's, an activity's or a report's). Checked against the
 * schema by audit-display.test.ts, so a new enum field fails the test until it is listed.
 */
export const ENUM_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ResultArea: { level: "enums.resultLevel" },
  Country: { developmentStatus: "enums.developmentStatus" },
  Organization: { kind: "enums.organizationKind", membershipCategory: "enums.membershipCategory" },
  User: { role: "roles" },
  UserToken: { purpose: "enums.tokenPurpose" },
  Participant: { sex: "enums.sex", ageBand: "enums.ageBand", stakeholderGroup: "enums.stakeholderGroup" },
  Programme: { status: "enums.programmeStatus" },
  Activity: { type: "enums.activityType", level: "enums.activityLevel", modality: "enums.modality", status: "enums.activityStatus" },
  Participation: { role: "enums.participationRole", attendance: "enums.attendance" },
  PersonalLink: { purpose: "enums.personalLinkPurpose" },
  Indicator: { unit: "enums.indicatorUnit", direction: "enums.indicatorDirection", source: "enums.indicatorSource" },
  IndicatorReport: { status: "enums.reportStatus" },
  NationalAdoption: { degree: "enums.adoptionDegree" },
  CommitteeRole: { membership: "enums.committeeMembership", leadership: "enums.leadership" },
  AssessmentRound: { kind: "enums.assessmentKind", status: "enums.assessmentStatus" },
};

/** Fields stored as calendar days (@db.Date): shown as a date, never with a time. */
export const DAY_FIELDS: ReadonlySet<string> = new Set(["startDate", "endDate", "baselineDate", "targetDate", "periodStart", "periodEnd", "adoptionDate", "fromDate", "toDate", "opensAt", "assessedOn"]);

/** Fields of a snapshot that are left out of the summary: the record's own id is in the Record column. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(["id"]);

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Record pages an id can link to, by the field holding it (foreign keys, and two markers the trail adds). */
const ID_PAGES: Readonly<Record<string, string>> = {
  programmeId: "/programmes/",
  activityId: "/activities/",
  participantId: "/participants/",
  mergedInto: "/participants/",
  copiedFrom: "/activities/",
  organizationId: "/organizations/",
  donorId: "/organizations/",
  indicatorId: "/indicators/",
  reportId: "/reports/",
  actionPlanId: "/framework/",
};

/** Fields holding a user's id: their page is for administrators only. */
const USER_ID_FIELDS: ReadonlySet<string> = new Set(["userId", "actorId", "createdById", "lockedById", "recordedById", "reviewedById", "submittedById"]);

/** What the viewer may open (user pages need users.manage). */
export interface LinkContext {
  canManageUsers: boolean;
}

/** An id's short form: its last eight characters (a cuid's leading ones are a timestamp, alike for ids made together). */
export const shortId = (id: string) => (id.length > 10 ? `…${id.slice(-8)}` : id);

const isIdField = (field: string) => field === "id" || field.endsWith("Id") || field in ID_PAGES;

export function idHref(field: string, id: string, context: LinkContext): string | null {
  const page = ID_PAGES[field];
  if (page) return `${page}${encodeURIComponent(id)}`;
  if (USER_ID_FIELDS.has(field) && context.canManageUsers) return `/admin/users/${encodeURIComponent(id)}`;
  return null;
}

/** A value ready to render. */
export type DisplayValue =
  | { kind: "none" }
  | { kind: "boolean"; value: boolean }
  | { kind: "enum"; key: string; raw: string }
  | { kind: "day"; iso: string }
  | { kind: "timestamp"; iso: string }
  | { kind: "id"; id: string; short: string; href: string | null }
  | { kind: "text"; text: string }
  | { kind: "list"; items: DisplayValue[] }
  | { kind: "fields"; entries: { field: string; value: DisplayValue }[] };

/** Keys that name a nested row (a funding's donor, a beneficiary's acronym, a result's code). */
const NAME_KEYS = ["acronym", "code", "name", "fullName", "title", "donor", "fileName", "label"] as const;

function nested(entityType: string, value: Record<string, unknown>, context: LinkContext): DisplayValue {
  const name = NAME_KEYS.find((k) => typeof value[k] === "string" && value[k] !== "");
  if (name) {
    // A funding row: its donor, amount and currency on one line.
    const amount = typeof value.amount === "string" || typeof value.amount === "number" ? ` ${String(value.amount)}${typeof value.currency === "string" ? ` ${value.currency}` : ""}` : "";
    return { kind: "text", text: `${value[name] as string}${amount}` };
  }
  const entries = Object.entries(value)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, v]) => ({ field, value: displayValue(entityType, field, v, context) }));
  return { kind: "fields", entries };
}

/** How one field's value of a record of `entityType` is shown. */
export function displayValue(entityType: string, field: string, value: unknown, context: LinkContext): DisplayValue {
  if (value === undefined || value === null || value === "") return { kind: "none" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (Array.isArray(value)) {
    return value.length ? { kind: "list", items: value.map((item) => displayValue(entityType, field, item, context)) } : { kind: "none" };
  }
  if (typeof value === "object") return nested(entityType, value as Record<string, unknown>, context);
  if (typeof value === "number") return { kind: "text", text: String(value) };
  const text = String(value);
  const group = ENUM_FIELDS[entityType]?.[field];
  if (group && /^[A-Z0-9_]+$/.test(text)) return { kind: "enum", key: `${group}.${text}`, raw: text };
  if (ISO_TIMESTAMP.test(text)) return { kind: DAY_FIELDS.has(field) ? "day" : "timestamp", iso: text };
  if (isIdField(field) && /^[a-z0-9]{10,40}$/i.test(text)) return { kind: "id", id: text, short: shortId(text), href: idHref(field, text, context) };
  return { kind: "text", text };
}

/** A link to the record an event is about, for the types that have a page (some through a field of the snapshot). */
export function recordHref(entityType: string, entityId: string, snapshot: unknown, context: LinkContext): string | null {
  const id = encodeURIComponent(entityId);
  const fieldOf = (name: string) => {
    if (!snapshot || typeof snapshot !== "object" || !(name in snapshot)) return null;
    const v = (snapshot as Record<string, unknown>)[name];
    return typeof v === "string" && v ? encodeURIComponent(v) : null;
  };
  switch (entityType) {
    case "ActionPlan":
      return `/framework/${id}`;
    case "ResultArea":
      return fieldOf("actionPlanId") ? `/framework/${fieldOf("actionPlanId")}` : null;
    case "Programme":
      return `/programmes/${id}`;
    case "Activity":
      return `/activities/${id}`;
    case "Participation":
    case "FeedbackLink":
    case "PersonalLink":
      return fieldOf("activityId") ? `/activities/${fieldOf("activityId")}/participants` : null;
    case "FollowUpSurvey":
      return fieldOf("activityId") ? `/activities/${fieldOf("activityId")}/follow-ups/${id}` : null;
    case "Participant":
      return `/participants/${id}`;
    case "Organization":
      return `/organizations/${id}`;
    case "Indicator":
      return `/indicators/${id}`;
    case "IndicatorReport":
      return `/reports/${id}`;
    case "EvidenceFile":
      return fieldOf("reportId") ? `/reports/${fieldOf("reportId")}` : null;
    case "NationalAdoption":
      return `/evidence/adoptions/${id}`;
    case "CommitteeRole":
      return `/evidence/committees/${id}`;
    case "PeriodLock":
      return "/reports/locks";
    case "User":
      return context.canManageUsers ? `/admin/users/${id}` : null;
    case "UserToken":
      return context.canManageUsers && fieldOf("userId") ? `/admin/users/${fieldOf("userId")}` : null;
    default:
      return null;
  }
}

/** Text longer than this is shown cut, with the whole of it one click away. */
export const LONG_TEXT = 280;
