import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, selectStartingWith, signIn, signedIn, users } from "./support";

/*
 * Languages: the choice (browser, switcher, saved preference), pages and formats in French
 * and Spanish, notifications in the reader's language, and numbers typed the French way.
 * Texts are read from the catalogs, so the test follows their wording. Every preference a
 * test changes is set back to English at its end, and again after the file (other specs
 * expect English pages).
 */
type Tree = { [key: string]: string | Tree };
function catalog(locale: string): Tree {
  const dir = path.resolve(import.meta.dirname, "../../messages", locale);
  return Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Tree));
}
const en = catalog("en");
const fr = catalog("fr");
const es = catalog("es");
/** A message of a catalog, with `{name}` arguments filled in. */
function msg(tree: Tree, key: string, values: Record<string, string> = {}): string {
  const found = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  if (typeof found !== "string") throw new Error(`No message ${key}`);
  return found.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The switcher's button for a language (each is named in its own language). */
const switchTo = async (page: Page, name: "English" | "Français" | "Español") => {
  await page.getByTestId("language-switcher").getByRole("button", { name }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", name === "English" ? "en" : name === "Français" ? "fr" : "es");
};

// Preferences are saved on the shared demo users: set them back even when a test stops part-way.
test.afterAll(async ({ browser }) => {
  for (const email of [users.focalBsn, users.donorDfat]) {
    const page = await signedIn(browser, email);
    await switchTo(page, "English");
    await page.context().close();
  }
});

test("a French browser gets the sign-in page in French; the switcher changes it without a sign-in", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 } })).newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: msg(fr, "signIn.title") })).toBeVisible();
  await expect(page.getByRole("button", { name: msg(fr, "signIn.submit") })).toBeVisible();
  await expectAccessible(page);

  await switchTo(page, "Español");
  await expect(page.getByRole("heading", { level: 1, name: msg(es, "signIn.title") })).toBeVisible();
  // The cookie now outranks the browser's French.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page);
});

test("a focal point working in Spanish records attendance and submits a report; the English reviewer is notified in English", async ({ browser }) => {
  test.setTimeout(180_000);
  const code = `E2E-L-${Date.now()}`;

  // Staff (English) define a reported indicator of CET-SEA, per NSB, with one period.
  const staff = await signedIn(browser, users.staff);
  await staff.goto("/indicators/new");
  await selectStartingWith(staff.getByLabel("Programme"), "CET-SEA");
  await selectStartingWith(staff.getByLabel("Outcome or output measured"), "O2.1 ");
  await staff.getByLabel("Code").fill(code);
  await staff.getByLabel("Title", { exact: true }).fill(`Experts registered ${code}`);
  await staff.getByLabel("Report per NSB").check();
  await staff.getByRole("button", { name: "Add period target" }).click();
  const target = staff.getByRole("group", { name: "Period target 1" });
  await target.getByLabel("Period start").fill("2024-01-01");
  await target.getByLabel("Period end").fill("2024-06-30");
  await target.getByLabel("Target", { exact: true }).fill("5");
  await staff.getByRole("button", { name: "Create indicator" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Experts registered ${code}` })).toBeVisible();

  const focal = await signedIn(browser, users.focalBsn);
  try {
    await switchTo(focal, "Español");

    // Attendance, in Spanish: an activity of BSN through a participant's history.
    await focal.goto("/participants");
    await focal.locator("tbody tr").filter({ has: focal.locator("td:last-child", { hasNotText: /^0$/ }) }).first().getByRole("link").first().click();
    await focal.getByRole("table", { name: msg(es, "participants.participations") }).getByRole("link").first().click();
    await expect(focal.getByRole("heading", { name: msg(es, "attendance.title") })).toBeVisible();
    const grid = focal.getByRole("form", { name: msg(es, "attendance.gridLabel") });
    const select = grid.locator("select[name=\"a0\"]");
    const was = await select.inputValue();
    await select.selectOption(was === "PARTIAL" ? "ATTENDED" : "PARTIAL");
    await grid.getByRole("button", { name: msg(es, "attendance.saveAttendance") }).click();
    // "Se guardó 1 fila." (es attendance.saved)
    await expect(focal.getByText(/Se guard(ó|aron) \d+ fila/).first()).toBeVisible();
    await expectAccessible(focal);
    // The add-a-person form's country list, loaded apart from the page, is in Spanish too.
    const country = focal.getByLabel(msg(es, "participants.country"), { exact: true });
    await expect(country.locator('option[value="DE"]')).toHaveText("Alemania");
    await expect(country.locator('option[value="CH"]')).toHaveText("Suiza");

    // The report, in Spanish.
    await focal.goto("/reports");
    await expect(focal.getByRole("heading", { level: 1, name: msg(es, "reportsPage.title") })).toBeVisible();
    await focal.getByTestId("tasks").locator(`tr[data-indicator="${code}"]`).getByRole("link").first().click();
    await expect(focal.getByRole("heading", { level: 1, name: msg(es, "reportForm.newTitle") })).toBeVisible();
    await focal.getByLabel(msg(es, "reportForm.value"), { exact: true }).fill("3");
    await focal.getByRole("button", { name: msg(es, "reportForm.saveDraft") }).click();
    await expect(focal.getByTestId("report-value")).toHaveText("3");
    await focal.getByRole("button", { name: msg(es, "reportDetail.submit") }).click();
    await expect(focal.getByTestId("notice")).toHaveText(msg(es, "reportDetail.notices.submitted"));
    await expectAccessible(focal);

    // The reviewer reads the notice in English, with English dates.
    await staff.goto("/notifications");
    const notice = staff.getByTestId("notifications").locator("li").filter({ hasText: code });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(`submitted ${code} (CET-SEA) for BSN, 1 Jan 2024 – 30 Jun 2024: it is waiting for review.`);
  } finally {
    await switchTo(focal, "English");
  }
});

test("a donor switches to French and prints the progress report in French", async ({ page }) => {
  await signIn(page, users.donorDfat);
  try {
    await switchTo(page, "Français");
    await expect(page.getByRole("navigation", { name: msg(fr, "nav.main") })).toBeVisible();
    await page.goto("/dashboards/programme/report");
    await selectStartingWith(page.getByRole("combobox").first(), "CET-SEA");
    await page.getByRole("button", { name: msg(fr, "dashboards.report.open") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(msg(fr, "dashboards.report.programmeTitle", { code: "CET-SEA" }));
    await expect(page.getByRole("button", { name: msg(fr, "dashboards.print") })).toBeVisible();
    // Dates and numbers the French way: "1 juil. 2022", "1 234".
    await expect(page.locator("main")).toContainText(/\b\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b/);
    await expect(page.locator("main")).not.toContainText(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    // Countries too: the NSBs' and the people's countries in the breakdown tables.
    await expect(page.locator("main")).toContainText("Indonésie");
    await expect(page.locator("main")).toContainText("Thaïlande");
    await expectAccessible(page);
    // The download of the same table speaks French too: headers and countries.
    const programmeId = new URL(page.url()).searchParams.get("programmeId")!;
    const csv = await (await page.request.get(`/api/dashboards/export?dashboard=programme&table=country&format=csv&programmeId=${programmeId}`)).text();
    expect(csv.split("\n")[0]).toContain(msg(fr, "dashboards.col.country"));
    expect(csv).toContain("Indonésie");
    expect(csv).not.toContain("Indonesia");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: msg(fr, "dashboards.print") })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(msg(fr, "dashboards.report.programmeTitle", { code: "CET-SEA" }));
    await page.emulateMedia({ media: "screen" });
  } finally {
    await switchTo(page, "English");
  }
});

test('"12,5" typed in French saves 12.5', async ({ page }) => {
  await signIn(page, users.staff);
  try {
    // The preference is saved on /account too.
    await page.goto("/account");
    await page.getByLabel(msg(en, "language.choose")).selectOption("fr");
    await page.getByRole("button", { name: msg(en, "language.save") }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");

    await page.goto("/activities");
    await page.locator("tbody tr").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/activities\/[^/?]+$/);
    const activity = page.url().split("?")[0]!;
    await page.goto(`${activity}/edit`);
    await page.getByLabel(msg(fr, "activityForm.budgetAmount"), { exact: true }).fill("12,5");
    await page.getByRole("button", { name: msg(fr, "activityForm.save") }).click();
    await expect(page).toHaveURL(new RegExp(`${activity.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\?|$)`));
    await page.goto(`${activity}/edit`);
    await expect(page.getByLabel(msg(fr, "activityForm.budgetAmount"), { exact: true })).toHaveValue("12.5");
  } finally {
    await switchTo(page, "English");
  }
});

test("a focal point working in French finds countries and regions named in French on the participant form, the activity page and their NSB's profile", async ({ page }) => {
  await signIn(page, users.focalBsn);
  try {
    await switchTo(page, "Français");
    await page.goto("/participants/new");
    // A new person starts with their NSB's country (BSN: Indonesia), named in French, among French names in French order.
    const country = page.getByLabel(msg(fr, "participants.country"), { exact: true });
    await expect(country.locator("option:checked")).toHaveText("Indonésie");
    const names = await country.locator("option").allTextContents();
    expect(names).toContain("Allemagne");
    expect(names).not.toContain("Germany");
    expect(names.indexOf("Allemagne")).toBeLessThan(names.indexOf("Indonésie"));

    await page.goto(`/activities?q=${encodeURIComponent("participation in ISO committees")}`);
    await page.locator("tbody tr").first().getByRole("link").first().click();
    await expect(page.getByTestId("target-nsbs")).toContainText("Indonésie");

    // Their NSB in the organisations list and on its profile.
    await page.goto("/organizations?q=BSN");
    const row = page.getByTestId("organizations").locator("tr").filter({ hasText: "BSN" }).first();
    await expect(row).toContainText("Indonésie");
    await expect(row).toContainText("Asie");
    await expect(page.locator('select[name="countryCode"] option[value="ID"]')).toHaveText("Indonésie");
    await expect(page.locator('select[name="region"] option[value="Asia"]')).toHaveText("Asie");
    await row.getByRole("link").first().click();
    await expect(page.getByTestId("organization-details")).toContainText("Indonésie");
    await expect(page.getByTestId("organization-details")).toContainText("Asie du Sud-Est (Asie)");
  } finally {
    await switchTo(page, "English");
  }
});
