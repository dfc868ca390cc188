import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import core from "../../messages/en/core.json";
import framework from "../../messages/en/framework.json";
import { DAY_FIELDS, ENUM_FIELDS, displayValue, fieldKey, humanizeName, recordHref, recordTypeKey, shortId } from "./audit-display";

const staff = { canManageUsers: false };
const admin = { canManageUsers: true };
const messages = { ...core, ...framework } as Record<string, unknown>;
/** The message at a dotted key, if the catalog has one. */
const message = (key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);

describe("labels", () => {
  it("makes camelCase and model names readable when the catalog has no label", () => {
    expect(humanizeName("ageBand")).toBe("Age band");
    expect(humanizeName("IndicatorReport")).toBe("Indicator report");
    expect(humanizeName("organizationId")).toBe("Organization");
    expect(humanizeName("preTestScore")).toBe("Pre test score");
    expect(humanizeName("ISOCode")).toBe("ISO code");
    expect(humanizeName("title")).toBe("Title");
  });

  it("has a label for every record type the trail records and every field of those records", () => {
    const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
    const recorded = new Set<string>();
    const serverDir = path.resolve("src/server");
    for (const file of readdirSync(serverDir, { recursive: true }) as string[]) {
      if (!file.endsWith(".ts")) continue;
      const source = readFileSync(path.join(serverDir, file), "utf8");
      for (const m of source.matchAll(/entityType: "([A-Z]\w+)"|_?ENTITY = "([A-Z]\w+)"/g)) recorded.add(m[1] ?? m[2]!);
    }
    expect(recorded.size).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const type of recorded) {
      if (typeof message(recordTypeKey(type)) !== "string") missing.push(type);
      const model = schema.match(new RegExp(`^model ${type} \\{([\\s\\S]*?)^\\}`, "m"))?.[1];
      expect(model, `model ${type}`).toBeDefined();
      for (const line of model!.split("\n")) {
        const [field, fieldType] = line.trim().split(/\s+/);
        // Scalars and enums; relations (a model type) are not in the snapshots.
        if (!field || !fieldType || field.startsWith("@@") || field.startsWith("//")) continue;
        const base = fieldType.replace(/[?[\]]/g, "");
        if (new RegExp(`^model ${base} \\{`, "m").test(schema)) continue;
        if (typeof message(fieldKey(field)) !== "string") missing.push(`${type}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** Models no audit event snapshots: the trail itself, and tables derived from other rows (kept by triggers). */
const NOT_AUDITED = new Set(["AuditEvent", "DashboardPersonDay", "DashboardProgrammeDay", "DashboardScopePerson", "DashboardScopeCount", "DashboardPendingFlush", "DashboardPendingPerson", "DashboardPendingDay"]);

describe("enum values", () => {
  it("names every enum field of the schema with messages for each of its values", () => {
    const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
    const enums = new Map([...schema.matchAll(/^enum (\w+) \{([\s\S]*?)^\}/gm)].map((m) => [m[1]!, m[2]!.split("\n").map((l) => l.trim()).filter((l) => /^[A-Z0-9_]+$/.test(l))]));
    let checked = 0;
    for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      if (NOT_AUDITED.has(model!)) continue; // the trail's own action is shown by the page; derived tables are not audited
      for (const line of body!.split("\n")) {
        const [field, fieldType] = line.trim().split(/\s+/);
        const values = fieldType ? enums.get(fieldType.replace(/[?[\]]/g, "")) : undefined;
        if (!field || !values) continue;
        const group = ENUM_FIELDS[model!]?.[field];
        expect(group, `${model}.${field}`).toBeDefined();
        for (const value of values) expect(message(`${group}.${value}`), `${model}.${field} = ${value}`).toEqual(expect.any(String));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("reads a value through its record type's enum, a shared field name included", () => {
    expect(displayValue("Participation", "attendance", "NO_SHOW", staff)).toEqual({ kind: "enum", key: "enums.attendance.NO_SHOW", raw: "NO_SHOW" });
    expect(message("enums.attendance.NO_SHOW")).toBe("No-show");
    expect(displayValue("Participant", "stakeholderGroup", "GOVERNMENT_REGULATOR", staff)).toMatchObject({ key: "enums.stakeholderGroup.GOVERNMENT_REGULATOR" });
    expect(displayValue("Programme", "status", "CLOSED", staff)).toMatchObject({ key: "enums.programmeStatus.CLOSED" });
    expect(displayValue("IndicatorReport", "status", "RETURNED", staff)).toMatchObject({ key: "enums.reportStatus.RETURNED" });
    expect(displayValue("User", "role", "FOCAL_POINT", staff)).toMatchObject({ key: "roles.FOCAL_POINT" });
    // Not an enum field: the text as it is.
    expect(displayValue("Programme", "code", "CET_SEA", staff)).toEqual({ kind: "text", text: "CET_SEA" });
  });
});

describe("dates, ids and nested values", () => {
  it("shows calendar days as days and moments as date and time", () => {
    const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
    const audited = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].filter((m) => !NOT_AUDITED.has(m[1]!));
    const dayFields = new Set(audited.flatMap((m) => [...m[2]!.matchAll(/^\s+(\w+)\s+DateTime\??\s+@db\.Date/gm)].map((d) => d[1]!)));
    expect([...DAY_FIELDS].sort()).toEqual([...dayFields].sort());
    expect(displayValue("IndicatorReport", "periodEnd", "2026-12-31T00:00:00.000Z", staff)).toEqual({ kind: "day", iso: "2026-12-31T00:00:00.000Z" });
    expect(displayValue("IndicatorReport", "submittedAt", "2026-03-04T09:15:00.000Z", staff)).toEqual({ kind: "timestamp", iso: "2026-03-04T09:15:00.000Z" });
  });

  it("shortens ids and links them to the record's page where there is one (user pages for administrators)", () => {
    const id = "cmf0a1b2c3d4e5f6g7h8i9j0k";
    expect(shortId(id)).toBe("…7h8i9j0k");
    expect(displayValue("Activity", "programmeId", id, staff)).toEqual({ kind: "id", id, short: "…7h8i9j0k", href: `/programmes/${id}` });
    expect(displayValue("IndicatorReport", "organizationId", id, staff)).toMatchObject({ href: `/organizations/${id}` });
    expect(displayValue("IndicatorReport", "submittedById", id, staff)).toMatchObject({ kind: "id", href: null });
    expect(displayValue("IndicatorReport", "submittedById", id, admin)).toMatchObject({ href: `/admin/users/${id}` });
    expect(displayValue("Activity", "resultAreaId", id, staff)).toMatchObject({ kind: "id", href: null });
    expect(displayValue("Participant", "mergedInto", id, staff)).toMatchObject({ href: `/participants/${id}` });
  });

  it("names nested rows by what identifies them, never by their ids", () => {
    const fundings = [{ donorId: "cmdonor000000000000000001", donor: "DFAT", amount: "1250000.5", currency: "AUD" }];
    expect(displayValue("Programme", "fundings", fundings, staff)).toEqual({ kind: "list", items: [{ kind: "text", text: "DFAT 1250000.5 AUD" }] });
    const nsbs = [
      { id: "cmnsb0000000000000000001", acronym: "BSN" },
      { id: "cmnsb0000000000000000002", acronym: "TISI" },
    ];
    expect(displayValue("Activity", "targetNsbs", nsbs, staff)).toEqual({ kind: "list", items: [{ kind: "text", text: "BSN" }, { kind: "text", text: "TISI" }] });
    expect(displayValue("Activity", "topics", ["ISO 9001", "Audits"], staff)).toEqual({ kind: "list", items: [{ kind: "text", text: "ISO 9001" }, { kind: "text", text: "Audits" }] });
    expect(displayValue("Participant", "after", { id: "x", ageBand: "UNDER_25" }, staff)).toEqual({
      kind: "fields",
      entries: [{ field: "ageBand", value: { kind: "enum", key: "enums.ageBand.UNDER_25", raw: "UNDER_25" } }],
    });
    expect(displayValue("Participant", "merged", { mergedInto: "cmpart000000000000000001", note: "kept" }, staff)).toEqual({
      kind: "fields",
      entries: [
        { field: "mergedInto", value: { kind: "id", id: "cmpart000000000000000001", short: "…00000001", href: "/participants/cmpart000000000000000001" } },
        { field: "note", value: { kind: "text", text: "kept" } },
      ],
    });
  });

  it("shows yes / no, and nothing for null, empty text and empty lists; long text whole (the page decides how much to show)", () => {
    expect(displayValue("Participation", "completed", true, staff)).toEqual({ kind: "boolean", value: true });
    for (const empty of [null, undefined, "", []]) expect(displayValue("Programme", "summary", empty, staff)).toEqual({ kind: "none" });
    const long = "x".repeat(5000);
    expect(displayValue("IndicatorReport", "narrative", long, staff)).toEqual({ kind: "text", text: long });
    expect(displayValue("Participation", "satisfaction", 4, staff)).toEqual({ kind: "text", text: "4" });
  });
});

describe("record links", () => {
  it("links each event to its record's page, through the snapshot where the page is a parent's", () => {
    expect(recordHref("IndicatorReport", "r1", null, staff)).toBe("/reports/r1");
    expect(recordHref("NationalAdoption", "a1", null, staff)).toBe("/evidence/adoptions/a1");
    expect(recordHref("ResultArea", "ra1", { actionPlanId: "p1" }, staff)).toBe("/framework/p1");
    expect(recordHref("Participation", "pa1", { activityId: "act1" }, staff)).toBe("/activities/act1/participants");
    expect(recordHref("EvidenceFile", "f1", { reportId: "r1" }, staff)).toBe("/reports/r1");
    expect(recordHref("User", "u1", null, staff)).toBeNull();
    expect(recordHref("User", "u1", null, admin)).toBe("/admin/users/u1");
    expect(recordHref("Notification", "n1", null, admin)).toBeNull();
  });
});
