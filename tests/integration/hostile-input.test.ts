import { beforeAll, describe, expect, it } from "vitest";
import { previewAttendanceImport } from "@/server/imports/attendance-import";
import { DomainValidationError } from "@/domain/errors";
import { db } from "@/server/db";
import { indicatorSchema } from "@/domain/indicators/schema";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
let webinarId: string;
beforeAll(async () => {
  actors = await seedDemo();
  webinarId = (await db().activity.findFirstOrThrow({ where: { title: "Webinar: participation in ISO committees" } })).id;
});

const utf16le = (text: string) => new Uint8Array(Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat());
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("imported files", () => {
  it("reads a UTF-16 CSV without a byte-order mark", async () => {
    const file = { fileName: "attendance.csv", bytes: utf16le("Full name\tEmail\tSex\nSiti Rahma\tsiti.utf16@example.test\tF\n") };
    const preview = await previewAttendanceImport(actors.focalBsn, webinarId, file);
    expect(preview.headers).toEqual(["Full name", "Email", "Sex"]);
    expect(preview.totalRows).toBe(1);
  });

  it("refuses a file with zero bytes that is not UTF-16, and duplicated headers, with clear messages", async () => {
    const binary = await refusal(previewAttendanceImport(actors.focalBsn, webinarId, { fileName: "a.csv", bytes: new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0, 0x0a, 0x41, 0x42, 0x43]) }));
    expect(binary).toBeInstanceOf(DomainValidationError);
    expect((binary as DomainValidationError).fieldErrors?.file?.[0]).toMatch(/not a text CSV file/);
    const twice = await refusal(
      previewAttendanceImport(actors.focalBsn, webinarId, { fileName: "a.csv", bytes: new TextEncoder().encode("Full name,Email,Email\nA B,a@example.test,b@example.test\n") }),
    );
    expect((twice as DomainValidationError).message).toBe("The column “Email” appears twice (columns B and C); keep one and upload the file again.");
  });
});

describe("dates in forms", () => {
  it("refuses days outside 1990-2100 field by field", async () => {
    const area = await db().resultArea.findFirstOrThrow();
    const parsed = indicatorSchema.safeParse({
      resultAreaId: area.id,
      code: "X-1",
      title: "Extreme dates",
      unit: "COUNT",
      direction: "INCREASE",
      source: "MANUAL",
      baselineDate: "0000-01-01",
      targetDate: "9999-12-31",
      targets: [{ periodStart: "2024-01-01", periodEnd: "9999-12-31", targetValue: "5" }],
      programmeId: "",
      actionPlanId: area.actionPlanId,
    });
    expect(parsed.success).toBe(false);
    const byPath = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({
      baselineDate: "Enter a date between 1990 and 2100.",
      targetDate: "Enter a date between 1990 and 2100.",
      "targets.0.periodEnd": "Enter a date between 1990 and 2100.",
    });
  });
});
