import { expect, test, type Page } from "@playwright/test";
import { PDF, expectAccessible, selectStartingWith, signIn, signedIn, users } from "./support";

test("a focal point reports with evidence, staff return it, the focal point fixes it, staff approve; the value shows on the programme page and in the matrix", async ({ browser }) => {
  test.setTimeout(180_000);
  const code = `E2E-R-${Date.now()}`;
  const title = `JTC 1 mentors registered ${code}`;
  const comment = "Please name the subcommittees the mentors joined.";

  // Staff define a reported (MANUAL) indicator of CET-SEA, per NSB, with one period.
  const staff = await signedIn(browser, users.staff);
  await staff.goto("/indicators/new");
  await selectStartingWith(staff.getByLabel("Programme"), "CET-SEA");
  await selectStartingWith(staff.getByLabel("Outcome or output measured"), "O2.1 ");
  await staff.getByLabel("Code").fill(code);
  await staff.getByLabel("Title").fill(title);
  await staff.getByLabel("Report per NSB").check();
  await staff.getByRole("button", { name: "Add period target" }).click();
  const target = staff.getByRole("group", { name: "Period target 1" });
  await target.getByLabel("Period start").fill("2024-01-01");
  await target.getByLabel("Period end").fill("2024-06-30");
  await target.getByLabel("Target", { exact: true }).fill("5");
  await staff.getByRole("button", { name: "Create indicator" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The focal point of BSN finds it among their indicators and reports a value.
  const focal = await signedIn(browser, users.focalBsn);
  await focal.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports", exact: true }).click();
  await expect(focal.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  const task = focal.getByTestId("tasks").locator(`tr[data-indicator="${code}"]`);
  await expect(task).toContainText("Not reported");
  await expectAccessible(focal);
  await task.getByRole("link", { name: /^Report/ }).click();
  await expect(focal.getByRole("heading", { level: 1, name: "New report" })).toBeVisible();
  await expect(focal.getByTestId("report-nsb")).toContainText("BSN");
  await expect(focal.getByLabel("Reporting period")).toHaveValue("2024-01-01_2024-06-30");
  await expectAccessible(focal);
  await focal.getByLabel("Value", { exact: true }).fill("-2");
  await focal.getByRole("button", { name: "Save draft" }).click();
  await expect(focal.getByText("Enter zero or a positive number.")).toBeVisible();
  await focal.getByLabel("Value", { exact: true }).fill("3");
  await focal.getByLabel("Narrative").fill("Three BSN experts registered as JTC 1 mentors. <script>alert(1)</script>");
  await focal.getByLabel("Evidence link 1", { exact: true }).fill("https://example.org/evidence/bsn-jtc1.pdf");
  await focal.getByRole("button", { name: "Save draft" }).click();
  await expect(focal.getByTestId("notice")).toHaveText("Draft saved.");
  await expect(focal.getByTestId("report-value")).toHaveText("3");
  await expect(focal.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
  await expectAccessible(focal);

  // Evidence file: a small PDF, then submission.
  await focal.getByLabel("Attach a file").setInputFiles({ name: "jtc1-registration.pdf", mimeType: "application/pdf", buffer: PDF });
  await focal.getByRole("button", { name: "Upload" }).click();
  await expect(focal.getByTestId("evidence-files")).toContainText("jtc1-registration.pdf");
  const href = await focal.getByTestId("evidence-files").getByRole("link", { name: "jtc1-registration.pdf" }).getAttribute("href");
  const download = await focal.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.getByTestId("notice")).toHaveText("Report submitted for review.");
  await expect(focal.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  const reportUrl = focal.url().split("?")[0]!;
  await expectAccessible(focal);

  // Staff find it in the review queue and return it with a comment.
  await staff.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports", exact: true }).click();
  await expect(staff.getByLabel("Status")).toHaveValue("SUBMITTED");
  await expectAccessible(staff);
  const row = staff.getByTestId("review-queue").locator("tr").filter({ hasText: code });
  await expect(row).toContainText("BSN");
  await row.getByRole("link", { name: /^Review/ }).click();
  await expect(staff.getByTestId("evidence-files")).toContainText("jtc1-registration.pdf");
  await expectAccessible(staff);
  // An administrator opens the same report meanwhile (their approval below comes too late).
  const admin = await signedIn(browser, users.admin);
  await admin.goto(staff.url());
  await expect(admin.getByRole("button", { name: "Approve" })).toBeVisible();
  await staff.getByRole("button", { name: "Return to reporter" }).click();
  await expect(staff.getByText("the comment is required to return a report")).toBeVisible();
  await staff.getByLabel("Comment").fill(comment);
  await staff.getByRole("button", { name: "Return to reporter" }).click();
  await expect(staff.getByTestId("notice")).toHaveText("Report returned to the reporter with your comment.");
  await expectAccessible(staff);

  // The administrator's approval, from the page read before the return, is refused; the page
  // is read again and says so, and offers no review of a report already returned.
  await admin.getByLabel("Comment").fill("Fine by me.");
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByTestId("notice")).toHaveText(/^Someone else reviewed this report while you had it open: your review was not saved\./);
  await expect(admin.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(admin.getByTestId("report-history")).toContainText("Returned by Lucas Meyer");
  await expectAccessible(admin);
  await admin.context().close();

  // Staff were told of the submission; the focal point is told of the return, with the
  // comment, and the notification opens the report.
  await staff.goto("/notifications");
  await expect(staff.getByTestId("notifications").locator("li").filter({ hasText: `submitted ${code}` })).toHaveCount(1);
  await focal.goto("/");
  await expect(focal.getByTestId("notifications-link")).toContainText(/\d/);
  await focal.getByTestId("notifications-link").click();
  await expect(focal.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const notice = focal.getByTestId("notifications").locator("li").filter({ hasText: `returned ${code}` });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(`Lucas Meyer returned ${code} (CET-SEA) for BSN, 1 Jan 2024 – 30 Jun 2024, for changes: ${comment}`);
  await expect(notice.getByText("Unread", { exact: true })).toBeVisible();
  await expectAccessible(focal);
  await notice.getByRole("link", { name: "Open" }).click();
  await expect(focal).toHaveURL(reportUrl);
  await expect(focal.getByTestId("review-comment")).toContainText(comment);

  // The focal point sees the comment, fixes the value and resubmits.
  await focal.goto("/reports");
  const returned = focal.getByTestId("returned-reports");
  await expect(returned).toContainText(comment);
  await expect(focal.getByTestId("tasks").locator(`tr[data-indicator="${code}"]`)).toContainText("Returned");
  await expectAccessible(focal);
  await returned.getByRole("link", { name: `Fix and resubmit ${code}` }).click();
  await expect(focal.getByTestId("review-comment")).toContainText(comment);
  await expect(focal.getByLabel("Value", { exact: true })).toHaveValue("3");
  await expectAccessible(focal);
  await focal.getByLabel("Value", { exact: true }).fill("4");
  await focal.getByLabel("Narrative").fill("Four BSN experts joined JTC 1/SC 27 and SC 42 as mentors.");
  await focal.getByRole("button", { name: "Save and submit" }).click();
  await expect(focal.getByTestId("notice")).toHaveText("Report submitted for review.");
  await expect(focal.getByTestId("report-value")).toHaveText("4");

  // Staff approve.
  await staff.goto(reportUrl);
  await expect(staff.getByTestId("report-value")).toHaveText("4");
  await staff.getByRole("button", { name: "Approve" }).click();
  await expect(staff.getByTestId("notice")).toHaveText("Report approved.");
  await expectAccessible(staff);

  // The approved value is on the programme page…
  await staff.goto("/programmes");
  await staff.getByRole("link", { name: /Critical and Emerging Technologies/ }).first().click();
  const approved = staff.getByTestId("approved-values").locator(`tr[data-indicator="${code}"]`);
  await expect(approved).toContainText("BSN 4");
  await expect(approved).toContainText("1 Jan 2024 – 30 Jun 2024");
  await expectAccessible(staff);

  // …and the matrix shows it approved for BSN, for staff and for the focal point.
  await staff.goto("/reports/matrix");
  await selectStartingWith(staff.getByLabel("Programme"), "CET-SEA");
  await staff.getByRole("button", { name: "Show" }).click();
  const cell = (page: Page, nsb: string) => page.getByTestId("matrix").locator(`td[data-nsb="${nsb}"][data-indicator="${code}"]`);
  await expect(cell(staff, "BSN")).toHaveText(/Approved/);
  await expect(cell(staff, "TISI")).toHaveText(/Not reported/);
  await expect(staff.getByRole("rowheader", { name: "BSN" })).toBeVisible();
  await expectAccessible(staff);

  await focal.goto(staff.url());
  await expect(cell(focal, "BSN")).toHaveText(/Approved/);
  await expect(focal.getByTestId("matrix").getByRole("rowheader")).toHaveCount(1);
  await expect(focal.getByRole("button", { name: "Send reminders" })).toHaveCount(0);
  await expectAccessible(focal);
});

test("staff send reminders, lock and unlock a period; the focal point sees the notification", async ({ browser }) => {
  const reason = `Annual DEVCO report ${Date.now()}`;
  const staff = await signedIn(browser, users.staff);
  await staff.goto("/reports/matrix");
  await selectStartingWith(staff.getByLabel("Programme"), "CET-SEA");
  await staff.getByRole("button", { name: "Show" }).click();
  await staff.getByLabel("Period to remind about").selectOption("2024-01-01_2024-06-30");
  await staff.getByRole("button", { name: "Send reminders" }).click();
  await expect(staff.getByTestId("form-success")).toContainText("sent");
  await expectAccessible(staff);

  const focal = await signedIn(browser, users.focalBsn);
  await expect(focal.getByTestId("notifications-link")).toContainText(/\d/);
  await focal.getByTestId("notifications-link").click();
  await expect(focal.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(focal.getByTestId("notifications").locator("li").first()).toContainText("CET-SEA reports for 1 Jan 2024 – 30 Jun 2024");
  await expectAccessible(focal);
  await focal.getByRole("button", { name: "Mark all as read" }).click();
  await expect(focal.getByText("No unread notification.")).toBeVisible();

  await staff.goto("/reports/locks");
  await expectAccessible(staff);
  // Every mistake at once: dates the wrong way round and no reason.
  await staff.getByLabel("First day").fill("2023-12-31");
  await staff.getByLabel("Last day").fill("2023-07-01");
  await staff.getByRole("button", { name: "Lock period" }).click();
  await expect(staff.getByText("The period must end on or after its start.")).toBeVisible();
  await expect(staff.getByText("Give the reason: reporters see it when they are refused.")).toBeVisible();
  await staff.getByLabel("First day").fill("2023-07-01");
  await staff.getByLabel("Last day").fill("2023-12-31");
  await selectStartingWith(staff.getByLabel("Programme"), "CET-SEA");
  await staff.getByLabel("Reason", { exact: true }).fill(reason);
  await staff.getByRole("button", { name: "Lock period" }).click();
  await expect(staff.getByTestId("notice")).toHaveText("Period locked.");
  const lock = staff.getByTestId("locks").locator("tr").filter({ hasText: reason });
  await expect(lock).toContainText("Locked");

  // BSN's returned CET-5 report of 2024 H1 is not locked; a 2023 H2 one would be.
  await focal.goto("/reports");
  const cet5 = focal.getByTestId("tasks").locator('tr[data-indicator="CET-5"][data-period="2023-07-01_2023-12-31"]');
  await cet5.getByRole("link", { name: /^View/ }).click();
  await expect(focal.getByTestId("lock-notice")).toContainText(reason);

  // The new-report form offers only the periods a new report can take: the locked one says
  // why, and those the chosen NSB has already reported link to the report.
  await staff.goto("/reports/new");
  await selectStartingWith(staff.getByLabel("Indicator"), "CET-SEA · CET-5");
  await staff.getByRole("button", { name: "Continue" }).click();
  const periodChoice = staff.getByLabel("Reporting period");
  await expect(periodChoice.locator("option", { hasText: "1 Jul 2023 – 31 Dec 2023 (locked)" })).toBeDisabled();
  await expect(staff.getByTestId("closed-periods")).toContainText(`1 Jul 2023 – 31 Dec 2023 is locked: ${reason}`);
  await selectStartingWith(staff.getByLabel("NSB"), "BSN");
  await expect(periodChoice.locator("option:not([disabled])")).toHaveText(["— Choose —"]);
  await expect(periodChoice.locator("option", { hasText: "1 Jan 2024 – 30 Jun 2024 (already reported)" })).toBeDisabled();
  await expect(staff.getByTestId("closed-periods")).toContainText("1 Jan 2024 – 30 Jun 2024 is already reported (Returned):");
  await expectAccessible(staff);
  await staff.getByTestId("closed-periods").getByRole("link", { name: "open it (1 Jan 2024 – 30 Jun 2024)" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("CET-5 · BSN");

  // Unlocking asks for the reason before the confirmation, not after it.
  await staff.goto("/reports/locks");
  await lock.getByRole("button", { name: /^Unlock/ }).click();
  await expect(lock.getByText("Give the reason for unlocking.")).toBeVisible();
  await expect(staff.getByRole("dialog")).toBeHidden();
  await lock.getByLabel("Reason for unlocking").fill("Report sent");
  await lock.getByRole("button", { name: /^Unlock/ }).click();
  await staff.getByRole("dialog").getByRole("button", { name: "Unlock" }).click();
  await expect(staff.getByTestId("notice")).toHaveText("Period unlocked.");
  await expect(staff.getByTestId("locks").locator("tr").filter({ hasText: reason })).toHaveCount(0);
  await expectAccessible(staff);
});

test("a donor has no reports pages", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports", exact: true })).toHaveCount(0);
  await page.goto("/reports");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/reports/matrix");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expectAccessible(page);
});

test("on a phone, a focal point sees each task's status and link, and a refused save of a returned report brings its message into view, the value as typed", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, users.focalBsn);
  await page.goto("/reports");
  // Each task shows its status and its link on the screen, under the indicator (the table's own columns were off its right edge).
  const task = page.getByTestId("tasks").locator('tr[data-indicator="CET-5"][data-period="2024-01-01_2024-06-30"]').getByTestId("task-phone");
  await expect(task).toContainText("Returned");
  const edit = task.getByRole("link", { name: "Edit CET-5 1 Jan 2024 – 30 Jun 2024" });
  await edit.scrollIntoViewIfNeeded();
  await expect(edit).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId("returned-reports").getByRole("link", { name: /^Fix and resubmit/ }).first().click();
  await page.getByLabel("Value", { exact: true }).fill("-3");
  // The buttons are a few screens below the top of the form.
  const save = page.getByRole("button", { name: "Save draft" });
  await save.scrollIntoViewIfNeeded();
  await save.click();
  const message = page.getByTestId("form-error");
  await expect(message).toHaveText("Some fields need attention.");
  await expect(message).toBeInViewport();
  await expect(page.getByText("Enter zero or a positive number.")).toBeVisible();
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("-3");
});
