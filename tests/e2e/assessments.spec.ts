import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signedIn, users } from "./support";

/*
 * Issue 15, item 4: a focal point opens and answers a self-assessment round on a phone
 * (390 px, keyboard for the levels), saves a draft, submits; staff validate it; the NSB
 * page then shows the baseline against the new round; staff edit the questionnaire (a new
 * version); a donor sees the comparison without links or notes. Axe on every page.
 */

const noSideScroll = async (page: Page) => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
};

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a focal point submits a round and staff validate it", async ({ page, browser }) => {
    // Three people, nine pages scanned by axe: longer than one page's test.
    test.setTimeout(300_000);
    await signIn(page, users.focalBsn);
    await page.goto("/assessments");
    await expect(page.getByTestId("rounds").getByRole("row")).toHaveCount(2);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Open a round" }).click();
    await expect(page.getByRole("heading", { name: "Open a self-assessment round" })).toBeVisible();
    await page.getByLabel("Programme", { exact: true }).selectOption({ label: "CET-SEA · Standards and Critical and Emerging Technologies (CET) in Southeast Asia" });
    await page.getByRole("radio", { name: /^Follow-up/ }).check();
    await page.getByLabel("Describes the situation on").fill("2025-06-30");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Open the round" }).click();

    await expect(page.getByTestId("notice")).toContainText("The round is open");
    await noSideScroll(page);
    await expectAccessible(page);
    const questions = page.locator("[data-question]");
    await expect(questions).toHaveCount(6);
    // Keyboard: focus a level, arrow keys move within the question's radio group.
    const first = questions.first();
    await first.getByRole("radio", { name: /^Level 0:/ }).check();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(first.getByRole("radio", { name: /^Level 3:/ })).toBeChecked();
    await first.getByLabel("Evidence notes").fill("Board decisions published on the website.");
    await expect(page.getByTestId("answered-count")).toHaveText("1 of 6 questions answered");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByTestId("notice")).toHaveText("Your answers are saved.");

    // Submitting with questions left: every missing one is pointed at, nothing typed is lost.
    await questions.nth(1).getByRole("radio", { name: /^Level 2:/ }).check();
    await page.getByRole("button", { name: "Submit for validation" }).click();
    await expect(page.getByTestId("form-error")).toContainText("Choose a level for every question before submitting.");
    await expect(questions.nth(1).getByRole("radio", { name: /^Level 2:/ })).toBeChecked();
    for (let i = 2; i < 6; i++) await questions.nth(i).getByRole("radio", { name: /^Level 3:/ }).check();
    await page.getByRole("button", { name: "Submit for validation" }).click();
    await expect(page.getByTestId("notice")).toContainText("Submitted");
    // (3 + 2 + 3 + 3 + 3 + 3) / 6
    await expect(page.getByTestId("overall-score")).toHaveText("2.83");
    await expect(page.getByTestId("answers")).toContainText("Board decisions published on the website.");
    await noSideScroll(page);
    await expectAccessible(page);
    const roundUrl = page.url();

    const staff = await signedIn(browser, users.staff);
    await staff.goto("/assessments?status=SUBMITTED");
    await expectAccessible(staff);
    await staff.getByTestId("rounds").getByRole("link", { name: /^Review BSN/ }).click();
    await expect(staff).toHaveURL(roundUrl.replace(/\?.*$/, ""));
    await expectAccessible(staff);
    // An administrator opens the same round meanwhile (their return below comes too late).
    const admin = await signedIn(browser, users.admin);
    await admin.goto(staff.url());
    await expect(admin.getByRole("button", { name: "Validate" })).toBeVisible();
    await staff.getByRole("button", { name: "Validate" }).click();
    await expect(staff.getByTestId("notice")).toContainText("Validated");

    // The administrator's return, from the page read before the validation, is refused; the
    // page is read again and says so, and offers no review of a round already validated.
    await admin.getByLabel("Comment").fill("Please add evidence for the second area.");
    await admin.getByRole("button", { name: "Return" }).click();
    await expect(admin.getByTestId("notice")).toHaveText(/^Someone else reviewed this self-assessment while you had it open: your review was not saved\./);
    await expect(admin.getByRole("button", { name: "Validate" })).toHaveCount(0);
    await expect(admin.getByRole("button", { name: "Return" })).toHaveCount(0);
    await expect(admin.getByTestId("review-comment")).toHaveCount(0);
    await expectAccessible(admin);
    await admin.context().close();

    // The NSB page: the baseline of August 2022 against the round just validated.
    await page.getByRole("link", { name: "Badan Standardisasi Nasional" }).click();
    const comparison = page.getByTestId("capacity-comparison");
    await expect(comparison.getByTestId("capacity-table")).toContainText("30 Jun 2025");
    await expect(comparison.getByTestId("capacity-table")).toContainText("+1.33");
    await expect(comparison.getByTestId("capacity-areas")).toBeVisible();
    await noSideScroll(page);
    await expectAccessible(page);
    await staff.context().close();
  });
});

test("staff edit the questionnaire as a new version; rounds keep theirs", async ({ page }) => {
  await signIn(page, users.staff);
  await page.goto("/assessments/templates");
  await expectAccessible(page);
  await page.getByRole("link", { name: "NSB capacity self-assessment" }).click();
  await expect(page.getByTestId("versions").getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page);
  await page.getByLabel("Area title").first().fill("Governance and strategy");
  await page.getByRole("radio", { name: "French" }).check();
  await expect(page.getByLabel("Area title").first()).toHaveValue("Gouvernance");
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByTestId("notice")).toContainText("Saved as a new version");
  await expect(page.getByTestId("versions").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByLabel("Area title").first()).toHaveValue("Governance and strategy");
  // A seeded round still shows the texts it was answered with.
  await page.goto("/assessments?status=VALIDATED");
  await page.getByTestId("rounds").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "1. Governance", exact: true })).toBeVisible();
});

test("a donor sees baseline against latest on the programme dashboard, without links or notes", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await page.goto("/dashboards/programme");
  const comparison = page.getByTestId("capacity-comparison");
  await expect(comparison.getByTestId("capacity-table")).toContainText("BSN");
  await expect(comparison.getByTestId("capacity-table")).toContainText("TISI");
  await expect(comparison.getByTestId("average-change")).toBeVisible();
  await expect(comparison.getByRole("link")).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/assessments"))?.status()).toBe(404);
});
