/**
 * The message namespaces client components read (useTranslations in a "use client" file).
 * Server components read the whole catalog on the server; the browser gets, per page, only
 * the namespaces its client components read, named by <ClientMessages> in the page or a
 * layout above it (client-messages.tsx). client-namespaces.test.ts fails when a client
 * component uses a namespace missing here, or one its page does not send.
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
  "surveys",
  "users",
  "validation",
] as const;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

type Messages = Record<string, unknown>;

/**
 * What a page or layout sends: a whole namespace, or one key of it ("enums.sex") when its
 * client components read a few keys of a large namespace (the attendance grid reads 5 of the
 * 25 enums). A key pick sends that namespace with only the keys picked.
 */
export type ClientMessagePick = ClientNamespace | `${ClientNamespace}.${string}`;

// Catalogs are read once per language (messages.ts), so each page's pick is made once per
// language too, and the same object is sent every time.
const picks = new WeakMap<Messages, Map<string, Messages>>();

/** The namespaces (or keys of namespaces) of a catalog that client components inside one page or layout read. */
export function pickMessages(messages: Messages, namespaces: readonly ClientMessagePick[]): Messages {
  let byKey = picks.get(messages);
  if (!byKey) picks.set(messages, (byKey = new Map()));
  const key = namespaces.join(",");
  let picked = byKey.get(key);
  if (!picked) {
    picked = {};
    for (const pick of namespaces) {
      const [ns, name] = pick.split(".", 2) as [string, string | undefined];
      const all = messages[ns];
      if (all === undefined) continue;
      if (name === undefined) picked[ns] = all;
      else if (typeof all === "object" && all !== null && name in all) picked[ns] = { ...(picked[ns] as Messages | undefined), [name]: (all as Messages)[name] };
    }
    byKey.set(key, picked);
  }
  return picked;
}
