import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, selectStartingWith, signIn, users } from "./support";

/** Selects the option whose text starts with `prefix` (option labels carry long titles). */
async function fillTarget(page: Page, row: number, start: string, end: string, value: string, nsb?: string) {
  const group = page.getByRole("group", { name: `Period target ${row}` });
  await group.getByLabel("Period start").fill(start);
  await group.getByLabel("Period end").fill(end);
  if (nsb) await selectStartingWith(group.getByLabel("NSB"), `${nsb} ·`);
  await group.getByLabel("Target", { exact: true }).fill(value);
}

/** Whether a row's chosen NSB (or the longest it offers) shows in full in its select: text and the arrow's room within the box. */
async function nsbFits(page: Page, row: number, which: "chosen" | "longest") {
  return page
    .getByRole("group", { name: `Period target ${row}` })
    .getByLabel("NSB")
    .evaluate((select: HTMLSelectElement, longest) => {
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const shown = longest ? [...select.options] : [...select.selectedOptions];
      const widest = Math.max(...shown.map((o) => context.measureText(o.text).width));
      return widest + 24 <= select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    }, which === "longest");
}

test("staff create a CET-SEA indicator with two period targets, find it by programme and open it", async ({ page }) => {
  const code = `E2E-${Date.now()}`;
  const title = `Women mentors trained ${code}`;
  await signIn(page, users.staff);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Indicators" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indicators" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New indicator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New indicator" })).toBeVisible();
  await expectAccessible(page);
  await selectStartingWith(page.getByLabel("Programme"), "CET-SEA");
  await selectStartingWith(page.getByLabel("Outcome or output measured"), "O1.1 ");
  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Definition").fill("Women who completed the mentoring track. <script>alert(1)</script>");
  await page.getByLabel("Unit").selectOption("PERCENT");
  await page.getByLabel("Target value").fill("150");
  await page.getByRole("button", { name: "Add period target" }).click();
  await fillTarget(page, 1, "2023-01-01", "2023-06-30", "40");
  await page.getByRole("button", { name: "Add period target" }).click();
  await fillTarget(page, 2, "2023-06-01", "2023-12-31", "60", "BSN");
  // At 1280 px, whichever NSB is chosen reads in full, not cut after a few letters.
  expect(await nsbFits(page, 2, "longest")).toBe(true);
  await page.getByRole("button", { name: "Create indicator" }).click();

  // Refused: a percentage above 100. Everything typed is kept, rows included.
  await expect(page.getByText("A percentage is between 0 and 100.")).toBeVisible();
  await expect(page.getByLabel("Code")).toHaveValue(code);
  await expect(page.getByLabel("Unit")).toHaveValue("PERCENT");
  const second = page.getByRole("group", { name: "Period target 2" });
  await expect(second.getByLabel("Period start")).toHaveValue("2023-06-01");
  await expect(second.getByLabel("Target", { exact: true })).toHaveValue("60");
  await expect(second.getByLabel("NSB").locator("option:checked")).toHaveText(/^BSN/);
  await expectAccessible(page);

  await page.getByLabel("Target value").fill("50");
  await page.getByRole("button", { name: "Create indicator" }).click();
  await expect(page.getByTestId("saved")).toHaveText("Indicator created.");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("overall-targets").locator("tr")).toHaveCount(1);
  await expect(page.getByTestId("nsb-targets")).toContainText("BSN");
  await expect(page.getByTestId("nsb-targets")).toContainText("60 %");
  await expect(page.getByText("<script>alert(1)</script>", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Indicators" }).click();
  await selectStartingWith(page.getByLabel("Programme"), "CET-SEA");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/programmeId=/);
  const rows = page.getByTestId("indicators").locator("tr");
  await expect(rows.filter({ hasText: "CET-1" })).toHaveCount(1);
  await expect(page.getByTestId("indicators")).not.toContainText("AFR-1");
  await expectAccessible(page);
  await rows.filter({ hasText: code }).getByRole("link", { name: title }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("overall-targets")).toContainText("1 Jan 2023 – 30 Jun 2023");
  await expect(page.getByTestId("overall-targets")).toContainText("40 %");
  await expect(page.getByTestId("nsb-targets")).toContainText("1 Jun 2023 – 31 Dec 2023");
  await expectAccessible(page);

  // The edit page starts with both targets as rows; removing one is saved.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("group", { name: "Period target 2" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Remove period target 2" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved")).toHaveText("Changes saved.");
  await expect(page.getByTestId("nsb-targets")).toHaveCount(0);
  await expect(page.getByTestId("overall-targets").locator("tr")).toHaveCount(1);
});

test("removing a refused period target keeps the keyboard in the form and leaves no stale error on the next row", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto("/indicators/new");
  await selectStartingWith(page.getByLabel("Programme"), "CET-SEA");
  await selectStartingWith(page.getByLabel("Outcome or output measured"), "O1.1 ");
  await page.getByLabel("Code").fill(`E2E-RM-${Date.now()}`);
  await page.getByLabel("Title").fill("Rows removed after a refusal");
  await page.getByRole("button", { name: "Add period target" }).click();
  await fillTarget(page, 1, "2023-01-01", "2023-06-30", "");
  await page.getByRole("button", { name: "Add period target" }).click();
  await fillTarget(page, 2, "2023-07-01", "2023-12-31", "7");
  await page.getByRole("button", { name: "Create indicator" }).click();
  const first = page.getByRole("group", { name: "Period target 1" });
  await expect(first.getByText("Enter the target value.")).toBeVisible();

  // The refused row goes: the row left is the valid one, without the removed row's error,
  // and focus lands on "Add period target" rather than at the top of the page.
  await page.getByRole("button", { name: "Remove period target 1" }).press("Enter");
  await expect(page.getByRole("button", { name: "Add period target" })).toBeFocused();
  await expect(first.getByLabel("Period start")).toHaveValue("2023-07-01");
  await expect(page.getByTestId("target-rows").getByText("Enter the target value.")).toHaveCount(0);
  await expect(first.getByLabel("Target", { exact: true })).not.toHaveAttribute("aria-invalid", "true");

  // On a phone, a chosen NSB still reads in full.
  await page.setViewportSize({ width: 390, height: 844 });
  await selectStartingWith(first.getByLabel("NSB"), "BSN ·");
  expect(await nsbFits(page, 1, "chosen")).toBe(true);
});

test("a focal point opens their own NSB's profile but gets not found for another NSB", async ({ page, browser }) => {
  // Staff see every NSB's link: take BSN's and TISI's addresses from the list.
  const context = await browser.newContext();
  const staff = await context.newPage();
  await signIn(staff, users.staff);
  await staff.goto("/organizations?kind=NSB");
  const href = async (acronym: string) =>
    (await staff.getByTestId("organizations").locator("tr").filter({ hasText: acronym }).first().getByRole("link").getAttribute("href"))!;
  const bsn = await href("BSN");
  const tisi = await href("TISI");
  await staff.goto(bsn);
  await expect(staff.getByTestId("focal-points")).toContainText("focal.bsn@example.org");
  await expectAccessible(staff);
  await context.close();

  await signIn(page, users.focalBsn);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organisations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(tisi);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByText("Thai Industrial Standards Institute")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(bsn);
  await expect(page.getByRole("heading", { level: 1, name: "Badan Standardisasi Nasional" })).toBeVisible();
  await expect(page.getByTestId("organization-details")).toContainText("Indonesia");
  await expect(page.getByTestId("organization-details")).toContainText("Member body");
  await expect(page.getByTestId("nsb-programmes")).toContainText("CET-SEA");
  // Other specs add adoptions for BSN in the same run: the demo's four are the floor.
  expect(Number(await page.getByTestId("adoptions").textContent())).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId("committee-roles")).toContainText("ISO/IEC JTC 1/SC 41");
  await expect(page.getByTestId("focal-points")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/countries?q=indonesia");
  await expect(page.getByTestId("countries").locator("tr")).toHaveCount(1);
  await expectAccessible(page);
});
