import { expect, test, type Page } from "@playwright/test";
import { signIn, users } from "./support";

// How things read: the app's icon, amounts, dates, chart labels, dialogs, navigation, emails.

const SEMINAR = "Regional seminar on standards for climate action and trade";

async function openSeminar(page: Page) {
  await page.goto("/activities");
  await page.getByRole("link", { name: SEMINAR }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: SEMINAR })).toBeVisible();
}

async function openCetDashboard(page: Page) {
  await page.goto("/dashboards/programme");
  const select = page.getByRole("combobox", { name: "Programme", exact: true });
  await select.selectOption((await select.locator("option").filter({ hasText: "CET-SEA" }).first().getAttribute("value"))!);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/programmeId=/);
}

test("the app has an icon, and no page asks for a file that is missing", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await signIn(page, users.staff);
  await page.goto("/programmes");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(missing).toEqual([]);
});

test("an amount shows its currency once, and its cents", async ({ page }) => {
  await signIn(page, users.staff);
  await openSeminar(page);
  const activityUrl = page.url();
  const budget = page.locator('dt:text-is("Budget") + dd');
  const currency = (await budget.innerText()).slice(0, 3);
  expect(currency).toMatch(/^[A-Z]{3}$/);

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const field = page.getByLabel("Budget", { exact: true });
  const before = await field.inputValue();
  await field.fill("1000.50");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Changes saved.");
  await expect(budget).toHaveText(`${currency} 1,000.50`);

  // Put the demo budget back as it was.
  await page.goto(`${activityUrl}/edit`);
  await page.getByLabel("Budget", { exact: true }).fill(before);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Changes saved.");
  await expect(budget).not.toContainText("1,000.50");
});

test("the cancel-activity dialog offers to keep the activity, and keeping it changes nothing", async ({ page }) => {
  await signIn(page, users.staff);
  await openSeminar(page);
  await page.getByRole("button", { name: "Cancel activity" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel", exact: true })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Keep activity" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole("button", { name: "Cancel activity" })).toBeVisible();
  await expect(page.getByText("Planned", { exact: true }).first()).toBeVisible();
});

test("dashboards write dates as the app does, and their exports keep ISO dates", async ({ page }) => {
  await signIn(page, users.staff);
  await openCetDashboard(page);
  const periods = page.getByTestId("table-indicatorPeriods");
  await expect(periods).toContainText("1 Jul 2022");
  expect(await periods.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId("table-timeline")).toContainText(/[A-Z][a-z]{2} \d{4}/);
  expect(await page.getByTestId("table-timeline").innerText()).not.toMatch(/\d{4}-\d{2}/);

  const csvHref = await page.getByRole("link", { name: "CSV (download Indicator targets and actuals by period)" }).getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv).toContain("2022-07-01");
  expect(csv).not.toContain("1 Jul 2022");

  await page.getByRole("link", { name: "Donor progress report" }).click();
  await expect(page.getByTestId("table-indicatorPeriods")).toContainText("1 Jul 2022");
  expect(await page.locator("main").innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});

test("a returned report says when, as the app writes dates", async ({ page }) => {
  await signIn(page, users.focalBsn);
  await page.goto("/reports");
  await expect(page.getByTestId("returned-reports")).toContainText(/Returned by .+ on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
});

test.describe("charts on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every status is named, amounts have thousands separators and their labels fit", async ({ page }) => {
    await signIn(page, users.staff);
    await openCetDashboard(page);
    const status = page.locator("figure", { hasText: "Activities by status (bar chart)" });
    // The server draws each chart for a phone and for a wider screen; the phone's is the one shown.
    for (const name of ["Planned", "Ongoing", "Completed", "Cancelled"]) {
      await expect(status.locator(".chart-x-ticks text", { hasText: name }).filter({ visible: true })).toHaveCount(1);
    }

    const money = page.locator("figure", { hasText: "Activity budgets and actual cost per currency (bar chart)" }).first();
    const labels = money.locator(".chart-value-labels text");
    await expect(labels).toHaveCount(2); // budget and actual cost
    const ticks = await money.locator(".chart-x-ticks text").allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.filter((tick) => /^\d{4,}$/.test(tick))).toEqual([]);
    const chart = await money.locator(".chart").boundingBox();
    for (const label of await labels.all()) {
      await expect(label).toHaveText(/^\d{1,3}(,\d{3})*(\.\d+)?$/);
      const box = (await label.boundingBox())!;
      expect(box.x + box.width, `${await label.textContent()} ends inside the chart`).toBeLessThanOrEqual(chart!.x + chart!.width);
    }
  });
});

test("navigation: the Administration heading only for those who administer", async ({ browser }) => {
  for (const [email, admin] of [[users.staff, true], [users.focalBsn, false], [users.donorDfat, false]] as const) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, email);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Organisations" })).toBeVisible();
    await expect(nav.getByText("Administration", { exact: true }).filter({ visible: true })).toHaveCount(admin ? 1 : 0);
    await page.context().close();
  }
});

test("participants' emails wrap before the @, never inside a name or a domain", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto("/participants");
  const emails = page.locator("tbody td span", { hasText: "@" });
  await expect(emails.first()).toBeVisible();
  // Lines each part of the first addresses spans: the name before the @, then the domain.
  const lines = await emails.evaluateAll((spans) =>
    spans.slice(0, 10).map((span) =>
      [...span.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }),
    ),
  );
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.flat().every((n) => n === 1)).toBe(true);
});
