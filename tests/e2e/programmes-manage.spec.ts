import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

// One programme and three activities made through the UI, shared by the tests below (in order).
const stamp = Date.now().toString(36).toUpperCase();
const code = `E2E-${stamp}`;
const programmeTitle = `E2E programme ${stamp}`;
const hostileTitle = `<script>alert(1)</script> ${stamp}`;
const webinarTitle = `E2E webinar ${stamp}`;
const trainingTitle = `E2E training ${stamp}`;
let programmeUrl = "";
const activityUrls: Record<string, string> = {};

// Long flows on a shared, busy machine: more time than the default minute.
test.describe.configure({ mode: "serial", timeout: 180_000 });

/** Fails the test if any JavaScript dialog (alert) opens: hostile input must stay text. */
function watchDialogs(page: Page) {
  const opened: string[] = [];
  page.on("dialog", async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}

async function newActivity(
  page: Page,
  a: { title: string; type: string; start: string; end: string; nsbs: string[]; city?: string; country?: string; topics?: string; budget?: string },
) {
  await page.goto(programmeUrl);
  await page.getByRole("link", { name: "New activity" }).click();
  await expect(page.getByRole("heading", { name: "New activity" })).toBeVisible();
  const form = page.getByTestId("activity-form");
  await form.getByLabel("Title", { exact: true }).fill(a.title);
  await form.getByLabel("Type", { exact: true }).selectOption(a.type);
  await form.getByLabel("Start date", { exact: true }).fill(a.start);
  await form.getByLabel("End date", { exact: true }).fill(a.end);
  if (a.city) await form.getByLabel("Venue city", { exact: true }).fill(a.city);
  if (a.country) await form.getByLabel("Venue country", { exact: true }).selectOption({ label: a.country });
  if (a.topics) await form.getByLabel("Topics", { exact: true }).fill(a.topics);
  if (a.budget) await form.getByLabel("Budget", { exact: true }).fill(a.budget);
  for (const nsb of a.nsbs) await form.getByRole("checkbox", { name: new RegExp(`^${nsb} `) }).check();
  return form;
}

test("staff create a programme with two NSBs and a donor; mistakes get field errors and keep the input", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, users.staff);
  await page.goto("/programmes");
  await page.getByRole("link", { name: "New programme" }).click();
  await expect(page.getByRole("heading", { name: "New programme" })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByTestId("programme-form");
  await form.getByLabel("Code", { exact: true }).fill("CET-SEA"); // taken: the server refuses it below
  await form.getByLabel("Title", { exact: true }).fill(programmeTitle);
  await form.getByLabel("Status", { exact: true }).selectOption("ACTIVE");
  await form.getByLabel("Start date", { exact: true }).fill("2026-01-01");
  await form.getByLabel("End date", { exact: true }).fill("2025-12-31");
  await form.getByLabel("Region", { exact: true }).fill("South-eastern Asia");
  await form.getByLabel("Budget", { exact: true }).fill("-100");
  await form.getByLabel("Budget currency", { exact: true }).selectOption("CHF");
  await form.getByLabel("Summary", { exact: true }).fill("Made by the end-to-end tests.");
  await form.getByRole("checkbox", { name: /^BSN / }).check();
  await form.getByRole("checkbox", { name: /^TISI / }).check();
  await form.getByRole("checkbox", { name: /^O1\.1 / }).check();
  await form.getByRole("button", { name: "Add funding" }).click();
  const funding = form.getByRole("group", { name: "Funding 1" });
  await expect(funding.getByLabel("Donor", { exact: true })).toBeFocused();
  await funding.getByLabel("Donor", { exact: true }).selectOption({ label: "DFAT — Department of Foreign Affairs and Trade" });
  await funding.getByLabel("Amount", { exact: true }).fill("80000");
  await funding.getByLabel("Currency", { exact: true }).selectOption("AUD");

  // End before start and a negative budget: field errors, nothing sent, nothing lost.
  await form.getByRole("button", { name: "Create programme" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(form.getByText("The end date must be after the start date.")).toBeVisible();
  await expect(form.getByText("Enter an amount of 0 or more.")).toBeVisible();
  await expect(form.getByLabel("End date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await form.getByLabel("End date", { exact: true }).fill("2027-06-30");
  await form.getByLabel("Budget", { exact: true }).fill("120000");

  // A code already in use is refused by the server; the whole form comes back as typed.
  await form.getByRole("button", { name: "Create programme" }).click();
  await expect(form.getByText("Another programme already uses this code.")).toBeVisible();
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue(programmeTitle);
  await expect(form.getByLabel("Status", { exact: true })).toHaveValue("ACTIVE");
  await expect(form.getByRole("checkbox", { name: /^BSN / })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^TISI / })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^KEBS / })).not.toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^O1\.1 / })).toBeChecked();
  await expect(funding.getByLabel("Amount", { exact: true })).toHaveValue("80000");
  await expect(funding.getByLabel("Currency", { exact: true })).toHaveValue("AUD");
  await expect(funding.getByLabel("Donor", { exact: true }).locator("option:checked")).toHaveText(/^DFAT/);

  await form.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
  await form.getByRole("button", { name: "Create programme" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Programme created.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(programmeTitle);
  await expect(page.getByText(code, { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("beneficiaries")).toContainText("BSN");
  await expect(page.getByTestId("beneficiaries")).toContainText("TISI");
  await expect(page.getByTestId("beneficiaries").locator("li")).toHaveCount(2);
  const fundingTable = page.getByTestId("funding");
  await expect(fundingTable.getByRole("row", { name: /DFAT/ })).toContainText("80,000");
  await expect(fundingTable.getByRole("row", { name: /DFAT/ })).toContainText("AUD");
  await expectAccessible(page);
  programmeUrl = new URL(page.url()).pathname;
  expect(dialogs).toEqual([]);
});

test("staff add three activities; hostile text stays text; bad dates and money get field errors", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, users.staff);
  // The first tries an end before the start and a negative budget.
  let activity = await newActivity(page, { title: hostileTitle, type: "WORKSHOP", start: "2026-03-12", end: "2026-03-10", nsbs: ["BSN"], city: "Jakarta", country: "Indonesia", topics: "CET, NSS, cet", budget: "-5" });
  await expectAccessible(page);
  await activity.getByRole("button", { name: "Create activity" }).click();
  await expect(activity.getByText("The end date cannot be before the start date.")).toBeVisible();
  await expect(activity.getByText("Enter an amount of 0 or more.")).toBeVisible();
  await expect(activity.getByLabel("Title", { exact: true })).toHaveValue(hostileTitle);
  await expectAccessible(page);
  await activity.getByLabel("End date", { exact: true }).fill("2026-03-13");
  await activity.getByLabel("Budget", { exact: true }).fill("15000");
  await activity.getByRole("button", { name: "Create activity" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Activity created.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileTitle);
  await expect(page.getByText(hostileTitle).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Topics" }).getByRole("listitem")).toHaveText(["CET", "NSS"]);
  await expectAccessible(page);
  activityUrls.hostile = new URL(page.url()).pathname;

  activity = await newActivity(page, { title: webinarTitle, type: "WEBINAR", start: "2026-05-20", end: "2026-05-20", nsbs: ["TISI"] });
  await activity.getByRole("button", { name: "Create activity" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Activity created.");
  activityUrls.webinar = new URL(page.url()).pathname;

  activity = await newActivity(page, { title: trainingTitle, type: "TRAINING", start: "2026-09-01", end: "2026-09-03", nsbs: ["BSN", "TISI"], city: "Bangkok", country: "Thailand" });
  await activity.getByRole("button", { name: "Create activity" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Activity created.");
  activityUrls.training = new URL(page.url()).pathname;

  // The programme page lists them, links them, and shows them on its timeline.
  await page.goto(programmeUrl);
  await expect(page.getByTestId("activities").getByRole("link")).toHaveText([hostileTitle, webinarTitle, trainingTitle]);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.getByRole("heading")).toHaveText(["March 2026", "May 2026", "September 2026"]);
  await expectAccessible(page);
  expect(dialogs).toEqual([]);
});

test("staff find the programme and its activities by search, filters and the timeline", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signIn(page, users.staff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programmes" }).click();
  await page.getByRole("searchbox").fill(stamp);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody")).toContainText(programmeTitle);
  await page.goto("/programmes");
  const filters = page.getByRole("search", { name: "Filter programmes" });
  await filters.getByRole("combobox", { name: /^Status/ }).selectOption("ACTIVE");
  await filters.getByRole("combobox", { name: /^Donor/ }).selectOption({ label: "DFAT" });
  await filters.getByRole("combobox", { name: /^Beneficiary NSB/ }).selectOption({ label: "TISI" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=ACTIVE/);
  await expect(page.locator("tbody")).toContainText(programmeTitle);
  await expect(page.locator("tbody")).not.toContainText("CET-SEA");
  await expectAccessible(page);

  // And on /activities: search, filters, and the timeline view.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activities" }).click();
  await expect(page.getByRole("heading", { name: "Activities", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("searchbox").fill(stamp);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("activity-rows").locator("tr")).toHaveCount(3);
  const activityFilters = page.getByRole("search", { name: "Filter activities" });
  await activityFilters.getByRole("combobox", { name: /^Type/ }).selectOption("WEBINAR");
  await activityFilters.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("activity-rows").locator("tr")).toHaveCount(1);
  await expect(page.getByTestId("activity-rows")).toContainText(webinarTitle);
  await activityFilters.getByRole("combobox", { name: /^Type/ }).selectOption("");
  await activityFilters.getByRole("combobox", { name: /^Target NSB/ }).selectOption({ label: "BSN" });
  await activityFilters.getByLabel("From", { exact: true }).fill("2026-06-01");
  await activityFilters.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("activity-rows").locator("tr")).toHaveCount(1);
  await expect(page.getByTestId("activity-rows")).toContainText(trainingTitle);
  await page.goto(`/activities?q=${stamp}`);
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/view=timeline/);
  await expect(page.getByTestId("timeline").getByRole("heading", { level: 2 })).toHaveText(["March 2026", "May 2026", "September 2026"]);
  await expect(page.getByTestId("timeline").getByRole("link")).toHaveText([hostileTitle, webinarTitle, trainingTitle]);
  await expectAccessible(page);

  expect(dialogs).toEqual([]);
});

test("a stale save of an activity gets the conflict screen and overwrites nothing", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, users.staff);
  await signIn(second, users.admin);
  const edit = `${activityUrls.webinar}/edit`;
  await first.goto(edit);
  await second.goto(edit);
  await expectAccessible(first);

  await first.getByLabel("Title", { exact: true }).fill(`First save ${stamp}`);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByTestId("notice")).toHaveText("Changes saved.");

  await second.getByLabel("Title", { exact: true }).fill(`Second save ${stamp}`);
  await second.getByLabel("Venue city", { exact: true }).fill("Geneva");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toBeInViewport();
  await expect(conflict).toContainText("Lucas Meyer");
  await expect(conflict.getByRole("row", { name: /Title/ })).toContainText(`First save ${stamp}`);
  await expect(conflict.getByRole("row", { name: /Title/ })).toContainText(`Second save ${stamp}`);
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(`Second save ${stamp}`);
  await expect(second.getByLabel("Venue city", { exact: true })).toHaveValue("Geneva");
  await expectAccessible(second);

  await second.goto(activityUrls.webinar!);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`First save ${stamp}`);
  await first.context().close();
  await second.context().close();
});

test("staff duplicate and cancel an activity, and close and reopen the programme", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto(activityUrls.training!);
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByTestId("notice")).toContainText("copy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Copy of ${trainingTitle}`);
  await expect(page.getByTestId("target-nsbs")).toContainText("BSN");
  await expect(page.getByTestId("target-nsbs")).toContainText("TISI");

  await page.getByRole("button", { name: "Cancel activity" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Cancel activity" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Activity cancelled.");
  await expect(page.getByRole("button", { name: "Cancel activity" })).toHaveCount(0);

  await page.goto(programmeUrl);
  await page.getByRole("button", { name: "Close programme" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close programme" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Programme closed.");
  await page.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Programme reopened.");
  await expectAccessible(page);
});

test("donors and focal points see the programme and its activities read-only", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await page.goto("/programmes");
  await expect(page.getByRole("link", { name: "New programme" })).toHaveCount(0);
  await page.goto(programmeUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(programmeTitle);
  await expect(page.getByTestId("programme-actions")).toHaveCount(0);
  for (const name of ["Edit", "Archive", "Close programme", "New activity"]) {
    await expect(page.getByRole("link", { name, exact: true }).or(page.getByRole("button", { name, exact: true }))).toHaveCount(0);
  }
  await expectAccessible(page);
  await page.goto(activityUrls.hostile!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileTitle);
  await expect(page.getByTestId("activity-actions")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${programmeUrl}/edit`);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto(`${activityUrls.hostile}/edit`);
  await expect(page.getByTestId("not-found")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, users.focalBsn);
  await page.goto(activityUrls.hostile!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileTitle);
  await expect(page.getByTestId("activity-actions")).toHaveCount(0);
  await page.goto(activityUrls.webinar!); // targets TISI only
  await expect(page.getByTestId("not-found")).toBeVisible();
});
