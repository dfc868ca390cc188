/**
 * A readable summary of an audit event: which fields changed, from what to what.
 * Pure (no server imports) so both pages and tests can use it.
 */

/**
 * Housekeeping fields: they change on every write (or, for the record's own id, are shown
 * beside the event already). Left out of the summary, still shown in the full record.
 */
export const NOISE_FIELDS: ReadonlySet<string> = new Set(["id", "updatedAt", "version", "createdAt"]);

export type DiffKind = "created" | "deleted" | "updated";

export interface FieldChange {
  field: string;
  /** undefined when the field did not exist on that side (created / deleted). */
  before: unknown;
  after: unknown;
}

export interface SnapshotDiff {
  kind: DiffKind;
  /** Meaningful changes, in a stable (alphabetical) order. */
  changes: FieldChange[];
  /** Changes to noise fields (id, updatedAt, version, createdAt). */
  noise: FieldChange[];
}

type Snapshot = Record<string, unknown>;

function asSnapshot(value: unknown): Snapshot | null {
  if (value == null || typeof value !== "object" || Array.isArray(value)) return null;
  return value as Snapshot;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) {
    return new Date(a as string).getTime() === new Date(b as string).getTime();
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares two snapshots. A missing `before` is a creation (every field of `after` is listed,
 * old value undefined); a missing `after` is a deletion (every field of `before`, new value undefined).
 */
export function diffSnapshots(before: unknown, after: unknown): SnapshotDiff {
  const b = asSnapshot(before);
  const a = asSnapshot(after);
  const kind: DiffKind = b && !a ? "deleted" : a && !b ? "created" : "updated";
  const fields = new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]);
  const changes: FieldChange[] = [];
  const noise: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    const oldValue = b ? b[field] : undefined;
    const newValue = a ? a[field] : undefined;
    if (kind === "updated" && sameValue(oldValue, newValue)) continue;
    const change = { field, before: oldValue, after: newValue };
    (NOISE_FIELDS.has(field) ? noise : changes).push(change);
  }
  return { kind, changes, noise };
}
