import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./audit-diff";

describe("diffSnapshots", () => {
  it("lists only the fields that changed, old and new, leaving version and updatedAt as noise", () => {
    const before = { id: "a", title: "Old", code: "O1", version: 1, updatedAt: "2026-01-01T00:00:00.000Z", archived: false };
    const after = { id: "a", title: "New", code: "O1", version: 2, updatedAt: "2026-02-01T00:00:00.000Z", archived: true };
    const diff = diffSnapshots(before, after);
    expect(diff.kind).toBe("updated");
    expect(diff.changes).toEqual([
      { field: "archived", before: false, after: true },
      { field: "title", before: "Old", after: "New" },
    ]);
    expect(diff.noise.map((c) => c.field)).toEqual(["updatedAt", "version"]);
  });

  it("treats a creation as every field of the record after", () => {
    const diff = diffSnapshots(null, { id: "cmplan0001", title: "Plan", startYear: 2026, version: 1, createdAt: "2026-11-22T00:00:00.000Z" });
    expect(diff.kind).toBe("created");
    expect(diff.changes).toEqual([
      { field: "startYear", before: undefined, after: 2026 },
      { field: "title", before: undefined, after: "Plan" },
    ]);
    // The record's own id is housekeeping: the event names the record already.
    expect(diff.noise.map((c) => c.field)).toEqual(["createdAt", "id", "version"]);
  });

  it("treats a deletion as every field of the record before", () => {
    const diff = diffSnapshots({ title: "Gone", code: "X" }, null);
    expect(diff.kind).toBe("deleted");
    expect(diff.changes).toEqual([
      { field: "code", before: "X", after: undefined },
      { field: "title", before: "Gone", after: undefined },
    ]);
  });

  it("compares nested values by content and notices added and removed fields", () => {
    const diff = diffSnapshots({ tags: ["a", "b"], gone: 1 }, { tags: ["a", "b"], added: null });
    expect(diff.changes).toEqual([
      { field: "added", before: undefined, after: null },
      { field: "gone", before: 1, after: undefined },
    ]);
  });

  it("reports nothing for identical snapshots or two empty sides", () => {
    expect(diffSnapshots({ a: 1 }, { a: 1 }).changes).toEqual([]);
    expect(diffSnapshots(null, null)).toEqual({ kind: "updated", changes: [], noise: [] });
  });
});
