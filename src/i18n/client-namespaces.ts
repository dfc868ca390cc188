/**
 * The message namespaces client components read (useTranslations in a "use client" file).
 * Only these are sent to the browser with every page; server components read the whole
 * catalog on the server. client-namespaces.test.ts fails when a client component uses a
 * namespace missing here.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "activityDetail",
  "assessments",
  "activityForm",
  "attendance",
  "common",
  "enums",
  "errors",
  "evidence",
  "evidenceAdoptions",
  "evidenceCommittees",
  "evidenceFiles",
  "evidenceImport",
  "feedback",
  "forms",
  "framework",
  "importErrors",
  "imports",
  "indicatorForm",
  "indicatorPage",
  "invite",
  "notifications",
  "organizationForm",
  "participants",
  "periodLocks",
  "programmeForm",
  "programmeManage",
  "reportDetail",
  "reportForm",
  "reportMatrix",
  "roles",
  "signIn",
  "users",
  "validation",
] as const;

/** The part of the catalog client components need. */
export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
