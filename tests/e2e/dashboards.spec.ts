import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users } from "./support";

test("a donor follows the CET programme: dashboard, filters in the URL, XLSX export, printable report", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await expect(page.getByRole("link", { name: "See the progress of your programmes" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboards" })).toBeVisible();
  await expectAccessible(page);
  // The chart says what it counts, not only "Programmes".
  await expect(page.getByText("People reached by programme (bar chart)")).toBeVisible();

  await page.getByRole("link", { name: "Programme dashboard" }).first().click();
  await expect(page).toHaveURL(/\/dashboards\/programme/);
  await page.getByRole("combobox", { name: "Programme", exact: true }).selectOption({ label: "CET-SEA · Standards and Critical and Emerging Technologies (CET) in Southeast Asia" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/programmeId=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CET-SEA");
  const people = await page.getByTestId("kpi-people").innerText();
  expect(Number(people.replace(/\D/g, ""))).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Indicator progress" })).toBeVisible();
  await expect(page.getByTestId("table-indicators")).toContainText("CET-1");
  // No filter that a section ignores: no note about one.
  await expect(page.getByTestId("survey-filter-note")).toHaveCount(0);
  await expect(page.getByTestId("capacity-filter-note")).toHaveCount(0);
  await expectAccessible(page);

  // Filters land in the URL: the view can be shared.
  await page.getByRole("combobox", { name: "Activity type" }).selectOption({ label: "Training" });
  await page.getByLabel("Activities from").fill("2023-01-01");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/activityType=TRAINING/);
  await expect(page).toHaveURL(/from=2023-01-01/);
  const filtered = page.url();
  await page.goto(filtered);
  await expect(page.getByLabel("Activities from")).toHaveValue("2023-01-01");
  // On a 1024 px laptop the chosen date is shown whole, not cut to "01/01/2".
  await page.setViewportSize({ width: 1024, height: 768 });
  // Polled: the box is measured once the page has laid itself out again at the new width.
  await expect.poll(async () => (await page.getByLabel("Activities from").boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(150);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Indicators are not narrowed by the type, and their period rows are whole periods: said beside them.
  await expect(page.getByTestId("indicator-filter-note")).toContainText("Indicators are not narrowed by the activity type");
  await expect(page.getByTestId("indicator-filter-note")).toContainText("each period row shows the whole period");
  // The follow-up surveys ignore the type and the self-assessments the dates: each section says so.
  await expect(page.getByTestId("survey-filter-note")).toHaveText("Follow-up survey figures are not narrowed by the activity type: they count the answers about every activity, whatever its type.");
  await expect(page.getByTestId("capacity-filter-note")).toContainText("Self-assessments are not narrowed by the dates");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "All tables (XLSX)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^programme-dashboard-.*\.xlsx$/);

  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV (download People reached by country)" }).click();
  expect((await csv).suggestedFilename()).toMatch(/^programme-country-.*\.csv$/);

  await page.getByRole("link", { name: "Donor progress report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Progress report: CET-SEA");
  await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeVisible();
  await expect(page.getByText("Funded by: Department of Foreign Affairs and Trade")).toBeVisible();
  // On paper there is no filter form: the report says what its figures are limited to.
  await expect(page.getByTestId("report-scope")).toHaveText("Filters applied: activity type: Training · activities starting from 1 Jan 2023.");
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeHidden();
  await expect(page.getByTestId("report-scope")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.goto("/dashboards/gedsi");
  await expect(page.getByRole("heading", { level: 1, name: "GEDSI dashboard" })).toBeVisible();
  await expect(page.getByTestId("gedsi-people")).not.toHaveText("0");
  // A column with "< 5" in it is still a column of counts, aligned as the others.
  await expect(page.getByTestId("table-gedsiNsb").locator("td", { hasText: "< 5" }).first()).toHaveClass(/\bnum\b/);
  // The follow-up survey groups beside the GEDSI tables keep their small-cell rule: "< 5", not "3 of 7".
  const groups = page.getByRole("table", { name: "Follow-up indicators by stakeholder group" });
  await expect(groups.getByRole("columnheader").first()).toHaveText("Stakeholder group");
  await expect(groups).toContainText("< 5");
  await expect(groups).not.toContainText(/\([1-4]\/|\/[1-4]\)/);
  // Age bands youngest first, as in the table above them.
  await expect(page.getByRole("table", { name: "Follow-up indicators by age band" }).getByRole("row").nth(1)).toContainText("Under 25");
  await expectAccessible(page);

  await page.goto("/dashboards/action-plan");
  await expect(page.getByRole("heading", { level: 1, name: "Action Plan dashboard" })).toBeVisible();
  await expect(page.getByTestId("table-planIndicators")).toContainText("CET-1");
  await expect(page.getByTestId("table-planIndicators")).not.toContainText("AFR-1");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Yearly progress report (DEVCO)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("progress report");
  await expectAccessible(page);

  // A year the plan does not cover is refused with a choice of its years, not a report of dashes.
  const report = new URL(page.url());
  report.searchParams.set("year", "1999");
  await page.goto(report.pathname + report.search);
  await expect(page.getByTestId("report-choice-problem")).toHaveText("1999 is not a year of this Action Plan (2021–2025): choose one of its years.");
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Year" }).selectOption("2023");
  await page.getByRole("button", { name: "Open the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("progress report 2023");
  // Progress there is the year's actual against the overall target: the report says so.
  await expect(page.getByTestId("year-progress-note")).toContainText("its progress compares it with the indicator's overall target");

  // Without a programme, the donor report asks which one instead of "page not found".
  await page.goto("/dashboards/programme/report");
  await expect(page.getByRole("heading", { level: 1, name: "Donor progress report" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Programme" }).selectOption({ label: "CET-SEA · Standards and Critical and Emerging Technologies (CET) in Southeast Asia" });
  await page.getByRole("button", { name: "Open the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Progress report: CET-SEA");
});

test("a focal point's Action Plan shows their NSB's own targets and progress", async ({ page }) => {
  await signIn(page, users.focalBsn);
  await page.goto("/dashboards/action-plan");
  await expect(page.getByRole("heading", { level: 1, name: "Action Plan dashboard" })).toBeVisible();
  // CET-5: BSN's target 4, 3 approved, 75 % (as on the programme dashboard).
  const cet5 = page.getByTestId("table-planIndicators").getByRole("row").filter({ hasText: "CET-5" });
  await expect(cet5.getByRole("cell").nth(4)).toHaveText("4");
  await expect(cet5.getByRole("cell").nth(5)).toHaveText("3");
  await expect(cet5.getByRole("cell").nth(6)).toHaveText("75");
  // Where no progress can be drawn, the reason, not empty axes; no "nothing recorded" beside actuals.
  await expect(page.getByTestId("progress-empty").first()).toContainText("none of these indicators has a target for BSN");
  await expect(page.getByText("Nothing recorded for these filters yet.")).toHaveCount(0);
  await expectAccessible(page);
});

test("a donor cannot open another donor's programme dashboard", async ({ page }) => {
  await signIn(page, users.donorSida);
  await page.goto("/dashboards/programme");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const options = await page.getByRole("combobox", { name: "Programme", exact: true }).locator("option").allInnerTexts();
  expect(options.join(" ")).not.toContain("CET-SEA");
  await expectAccessible(page);
});

test("staff see every dashboard and the NSB profile links to its figures", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto("/dashboards");
  await expectAccessible(page);
  await page.goto("/dashboards/programme");
  await expect(page.getByTestId("table-programmes")).toContainText("AP-AFR-EAST");
  await expectAccessible(page);
  // Across programmes, a roll-up reads "<measure>: actual / target · method · Indicators: n", its colons from the catalogs.
  await page.goto("/dashboards/action-plan");
  await expect(page.getByTestId("rollup").first().locator("p").first()).toHaveText(/^.+\): [\d,.]+( \/ [\d,.]+)? · .+ · Indicators: \d+$/);
  await page.goto("/organizations");
  await page.getByRole("link", { name: "Badan Standardisasi Nasional" }).first().click();
  await expect(page.getByRole("heading", { name: "Dashboard figures for BSN" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Open the dashboard for BSN" }).click();
  await expect(page).toHaveURL(/\/dashboards\/programme\?nsbId=/);
  await expect(page.getByRole("combobox", { name: "NSB" })).toHaveValue(/.+/);
});
