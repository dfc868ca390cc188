import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

const ACTIVITY = "Webinar: participation in ISO committees";

test("a focal point imports a sheet: sees every bad row, fixes it, imports it, and exports the list", async ({ page }) => {
  const stamp = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
  const people = [
    { name: `Ayu Lestari ${stamp}`, email: `ayu.${stamp}@example.test`, sex: "F" },
    { name: `Siti Rahayu ${stamp}`, email: `siti.${stamp}@example.test`, sex: "Woman" },
    { name: `Budi Santoso ${stamp}`, email: `budi.${stamp}@example.test`, sex: "Male" },
  ];
  const women = 2;
  const header = "Name;E-mail;Gender;Age group;Stakeholder group;Attendance;Satisfaction";
  const bad = [
    header,
    `${people[0]!.name};${people[0]!.email};${people[0]!.sex};25-34;Government;Attended;5`,
    `${people[1]!.name};not-an-email;${people[1]!.sex};35 to 44;Academia;Attended;4`,
    `${people[2]!.name};${people[2]!.email};Robot;45-54;SME;Attended;9`,
  ].join("\n");
  const good = [
    header,
    ...people.map((p, i) => `${p.name};${p.email};${p.sex};${["25-34", "35 to 44", "45-54"][i]};Government;Attended;${i + 3}`),
  ].join("\n");
  const badFile = path.join(dir, "attendance-with-errors.csv");
  const goodFile = path.join(dir, "attendance.csv");
  writeFileSync(badFile, `\uFEFF${bad}\n`);
  writeFileSync(goodFile, `\uFEFF${good}\n`);

  await signIn(page, users.focalBsn);

  // Find the activity through the activities list.
  await page.goto(`/activities?q=${encodeURIComponent("participation in ISO committees")}`);
  await page.getByRole("link", { name: ACTIVITY }).first().click();
  await expect(page).toHaveURL(/\/activities\/[^/]+$/);
  const activityId = new URL(page.url()).pathname.split("/")[2]!;

  // The attendance page before: the women who attended.
  await page.goto(`/activities/${activityId}/participants`);
  const womenBefore = Number(await page.getByTestId("total-FEMALE").innerText());
  await expectAccessible(page);

  await page.getByRole("link", { name: "Import sheet" }).click();
  await expect(page).toHaveURL(`/activities/${activityId}/import`);
  await expect(page.getByRole("heading", { name: "Import participants and attendance" })).toBeVisible();
  // A focal point's rows are always their NSB's: no NSB choice.
  await expect(page.getByLabel("NSB of rows without an NSB column")).toHaveCount(0);
  await expectAccessible(page);

  // The template downloads.
  const template = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the CSV template" }).click();
  expect((await template).suggestedFilename()).toBe("participants-import-template.csv");

  // A sheet with errors: every bad row with its cell and reason; nothing can be imported.
  await page.getByLabel("Spreadsheet").setInputFiles(badFile);
  await expect(page.getByTestId("import-counts")).toHaveText("1 row of 3 ready to import.");
  const errors = page.getByTestId("import-errors").getByRole("row");
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText("3");
  await expect(errors.nth(0)).toContainText("B3");
  await expect(errors.nth(0)).toContainText("“not-an-email” is not a valid email address.");
  await expect(errors.nth(1)).toContainText("C4");
  await expect(errors.nth(1)).toContainText("“Robot” is not a sex");
  await expect(errors.nth(2)).toContainText("G4");
  await expect(errors.nth(2)).toContainText("“9” is outside 1 to 5.");
  await expect(page.getByRole("button", { name: /^Import \d+ rows?$/ })).toBeDisabled();
  // The columns were recognised from their headers.
  await expect(page.getByLabel("Field for column C (Gender)")).toHaveValue("sex");
  await expectAccessible(page);

  // The fixed sheet: no problems; import it and watch it finish.
  await page.getByLabel("Spreadsheet").setInputFiles(goodFile);
  await expect(page.getByTestId("import-counts")).toHaveText("3 rows of 3 ready to import.");
  await expect(page.getByText("No problems found: every row can be imported.")).toBeVisible();
  await expect(page.getByRole("cell", { name: people[0]!.name })).toBeVisible();
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
  await expect(page.getByTestId("summary-participantsCreated")).toHaveText("3");
  await expect(page.getByTestId("summary-participationsCreated")).toHaveText("3");
  await expect(page.getByTestId("summary-unchanged")).toHaveText("0");
  await expectAccessible(page);

  // Back on the attendance page: the women who attended went up by the women imported.
  await page.getByRole("link", { name: "View the attendance list" }).click();
  await expect(page).toHaveURL(`/activities/${activityId}/participants`);
  await expect(page.getByTestId("total-FEMALE")).toHaveText(String(womenBefore + women));

  // The attendance export holds the imported people.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^attendance-webinar-participation-in-iso-committees-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  for (const person of people) {
    expect(csv).toContain(person.name);
    expect(csv).toContain(person.email);
  }
  expect(csv).not.toContain("TISI");
});

test("on a phone, each column's field reads in full, the mapping never scrolls sideways, and each problem's reason is wide enough to read", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const dir = mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
  const file = path.join(dir, "attendance-phone.csv");
  const header = "Name;E-mail;Gender;Age group;Stakeholder group;Attendance;Satisfaction";
  writeFileSync(file, `${header}\nDewi Anggraini;not-an-email;Robot;25-34;Government;Attended;9\n`);
  await signIn(page, users.focalBsn);
  await page.goto(`/activities?q=${encodeURIComponent("participation in ISO committees")}`);
  await page.getByRole("link", { name: ACTIVITY }).first().click();
  await expect(page).toHaveURL(/\/activities\/[^/]+$/);
  await page.goto(`${page.url()}/import`);
  await page.getByLabel("Spreadsheet").setInputFiles(file);
  await expect(page.getByTestId("import-counts")).toHaveText("0 rows of 1 ready to import.");

  // The chosen field's name fits its select ("Stakeholder group" was cut to "Stakeh").
  const select = page.getByLabel("Field for column E (Stakeholder group)");
  await expect(select).toHaveValue("stakeholder_group");
  const fits = await select.evaluate((el: HTMLSelectElement) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = getComputedStyle(el).font;
    return context.measureText(el.selectedOptions[0]!.text).width <= el.clientWidth - 24;
  });
  expect(fits).toBe(true);
  // The columns and their fields stack as labelled selects: nothing to scroll sideways.
  const mapping = page.getByTestId("import-mapping");
  expect(await mapping.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= 390)).toBe(true);
  await page.screenshot({ path: test.info().outputPath("import-phone.png"), fullPage: true });
  // The reason of a problem gets a column of its own width, not a word per line.
  const reason = page.getByTestId("import-errors").getByRole("row").first().getByRole("cell").last();
  await expect(reason).toContainText("is not a valid email address");
  expect((await reason.boundingBox())!.width).toBeGreaterThanOrEqual(224);
  // The page itself never scrolls sideways: the tables do, in their own boxes.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
