import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, selectStartingWith, signIn, users } from "./support";

// A phone: pages may scroll down, and wide tables sideways inside their own box, but the
// page as a whole never scrolls sideways.
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, what: string) {
  await page.waitForLoadState("networkidle");
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what} (${page.url()}) is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

/** The matrix of one programme: a wide table of status badges with screen-reader-only links. */
async function openMatrix(page: Page) {
  await page.goto("/reports/matrix");
  await selectStartingWith(page.getByLabel("Programme"), "CET-SEA");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("matrix")).toBeVisible();
}

/** The attendance grid of an activity someone in the registry attended. */
async function openAttendance(page: Page) {
  await page.goto("/participants");
  await page.locator("tbody tr").filter({ has: page.locator("td:last-child", { hasNotText: /^0$/ }) }).first().getByRole("link").click();
  await page.getByRole("table", { name: "Activities attended" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Attendance" })).toBeVisible();
}

const listPages = ["/reports", "/evidence/adoptions", "/evidence/committees", "/evidence/adoptions/import", "/evidence/committees/import", "/participants"];

test("the main menu folds under one button: opened and closed by keyboard, folded again after a link", async ({ page }) => {
  await signIn(page, users.focalBsn);
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByTestId("phone-menu");
  // Folded, the menu is one row above the page, not a block of links.
  expect((await nav.boundingBox())!.height).toBeLessThan(60);
  await expect(nav.getByRole("link", { name: "Participants" })).toBeHidden();
  // Its icon is drawn, not read out.
  await expect(menu).toHaveAccessibleName("Menu");

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "Participants" })).toBeVisible();
  await expect(nav.getByText("Participants and results").filter({ visible: true })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Home" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Participants" })).toBeHidden();
  await expect(menu).toBeFocused();

  await page.keyboard.press("Enter");
  await nav.getByRole("link", { name: "Participants" }).click();
  await expect(page.getByRole("heading", { name: "Participants", level: 1 })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Participants" })).toBeHidden();
  await expectAccessible(page);
});

test("staff: lists, the audit trail, the reporting matrix and the imports fit a phone's width", async ({ page }) => {
  await signIn(page, users.staff);

  // An audited change whose event links to its record (the link names it for screen readers):
  // move an output of the earlier plan down and back up, leaving the order as it was.
  await page.goto("/framework");
  await page.getByRole("link", { name: "ISO Action Plan for developing countries 2011-2015" }).click();
  await page.getByRole("button", { name: "Move OP1 down" }).click();
  await expect(page.getByRole("button", { name: "Move OP1 up" })).toBeEnabled();
  await page.getByRole("button", { name: "Move OP1 up" }).click();
  await expect(page.getByRole("button", { name: "Move OP1 up" })).toBeDisabled();

  for (const path of [...listPages, "/audit"]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
  await expect(page.getByRole("link", { name: /^Open record/ }).first()).toBeAttached();

  await openMatrix(page);
  await expectNoSidewaysScroll(page, "the reporting matrix");
  await page.goto("/dashboards/programme");
  await selectStartingWith(page.getByRole("combobox", { name: "Programme", exact: true }), "CET-SEA");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/programmeId=/);
  await expectNoSidewaysScroll(page, "the programme dashboard");
});

test("the BSN focal point: lists, the reporting matrix and the imports fit a phone's width", async ({ page }) => {
  await signIn(page, users.focalBsn);
  for (const path of listPages) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
  await openMatrix(page);
  await expectNoSidewaysScroll(page, "the reporting matrix");
});

for (const [who, email] of [["staff", users.staff], ["the BSN focal point", users.focalBsn]] as const) {
  test(`${who}: an activity's attendance grid fits a phone's width`, async ({ page }) => {
    await signIn(page, email);
    await openAttendance(page);
    await expectNoSidewaysScroll(page, "the attendance page");
  });
}
