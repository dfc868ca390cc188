import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { PDF, expectAccessible, selectStartingWith, signIn, signedIn, users } from "./support";

/*
 * From plan to approved result without dead ends: a programme set up for an NSB that was
 * not in the app yet, an indicator with a period target that the programme page shows,
 * a focal point attaching evidence in the edit form and submitting in one step, a
 * reviewer seeing the period's target and earlier periods, a resubmission that keeps the
 * earlier review as history; and the printed reports paginated with page numbers.
 */

test("staff create a programme with a new NSB from the programme form; its indicator's period target shows on the programme page", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const acronym = `NSB${stamp}`.slice(0, 12);
  const title = `Standards for new members ${stamp}`;
  await signIn(page, users.staff);
  await page.goto("/programmes/new");
  const form = page.getByTestId("programme-form");
  await form.getByLabel("Code", { exact: true }).fill(`NEW-${stamp}`);
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Start date", { exact: true }).fill("2026-01-01");
  await form.getByLabel("End date", { exact: true }).fill("2027-06-30");
  await form.getByLabel("Budget", { exact: true }).fill("50000");
  await form.getByRole("checkbox", { name: /^O1\.1 / }).check();

  // The NSB is not in the list: add it in the dialog, with the keyboard.
  await expect(form.getByRole("checkbox", { name: new RegExp(`^${acronym} `) })).toHaveCount(0);
  await form.getByRole("button", { name: "Add an NSB not in the list" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an NSB" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Name", { exact: true })).toBeFocused();
  await dialog.getByLabel("Name", { exact: true }).fill(`National Standards Body ${stamp}`);
  await dialog.getByLabel("Acronym", { exact: true }).fill("BSN");
  await dialog.getByLabel("Country", { exact: true }).selectOption({ label: "Viet Nam" });
  await dialog.getByLabel("ISO membership category", { exact: true }).selectOption({ index: 1 });
  await expectAccessible(page);
  // The organisation form's uniqueness rule applies: BSN is taken.
  await dialog.getByLabel("Acronym", { exact: true }).press("Enter");
  await expect(dialog.getByText("Another NSB already uses the acronym BSN.")).toBeVisible();
  await expect(dialog.getByLabel("Name", { exact: true })).toHaveValue(`National Standards Body ${stamp}`);
  await dialog.getByLabel("Acronym", { exact: true }).fill(acronym);
  await dialog.getByRole("button", { name: "Add NSB" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("nsb-added")).toHaveText(`${acronym} added and selected as a beneficiary.`);
  await expect(form.getByRole("checkbox", { name: new RegExp(`^${acronym} `) })).toBeChecked();
  // Nothing typed in the programme form was lost.
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(form.getByLabel("Budget", { exact: true })).toHaveValue("50000");
  await expect(form.getByRole("checkbox", { name: /^O1\.1 / })).toBeChecked();

  await form.getByRole("button", { name: "Create programme" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Programme created.");
  await expect(page.getByTestId("beneficiaries")).toContainText(acronym);

  // "New indicator" from the programme page: the programme is already chosen.
  await page.getByTestId("new-indicator").click();
  await expect(page.getByRole("heading", { level: 1, name: "New indicator" })).toBeVisible();
  await selectStartingWith(page.getByLabel("Outcome or output measured"), "O1.1 ");
  await page.getByLabel("Code").fill(`NEW-${stamp}-1`);
  await page.getByLabel("Title").fill(`Experts trained ${stamp}`);
  await page.getByRole("button", { name: "Add period target" }).click();
  const target = page.getByRole("group", { name: "Period target 1" });
  await target.getByLabel("Period start").fill("2026-01-01");
  await target.getByLabel("Period end").fill("2026-12-31");
  await target.getByLabel("Target", { exact: true }).fill("40");
  await page.getByRole("button", { name: "Create indicator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Experts trained ${stamp}` })).toBeVisible();
  await expect(page.getByTestId("baseline-target")).toContainText("40");

  await page.getByRole("link", { name: `NEW-${stamp}`, exact: true }).click();
  const row = page.getByRole("row", { name: new RegExp(`Experts trained ${stamp}`) });
  await expect(row.getByTestId("target")).toContainText("40");
  await expect(row.getByTestId("target")).toContainText("Target for 2026");
  await row.getByRole("link", { name: `Experts trained ${stamp}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Experts trained ${stamp}` })).toBeVisible();
  await expect(page.getByTestId("period-progress")).toContainText("2026");
  await expectAccessible(page);
});

test("a focal point attaches a file in the edit form and submits with it; the reviewer sees the target and earlier periods; a resubmission keeps the review as history", async ({ browser }) => {
  test.setTimeout(180_000);
  const code = `E2E-H-${Date.now()}`;
  const comment = "Please attach the list of experts.";

  const staff = await signedIn(browser, users.staff);
  await staff.goto("/indicators/new");
  await selectStartingWith(staff.getByLabel("Programme"), "CET-SEA");
  await selectStartingWith(staff.getByLabel("Outcome or output measured"), "O2.1 ");
  await staff.getByLabel("Code").fill(code);
  await staff.getByLabel("Title").fill(`Experts in committees ${code}`);
  await staff.getByLabel("Report per NSB").check();
  for (const [i, [start, end, value]] of [["2024-01-01", "2024-06-30", "5"], ["2024-07-01", "2024-12-31", "7"]].entries()) {
    await staff.getByRole("button", { name: "Add period target" }).click();
    const target = staff.getByRole("group", { name: `Period target ${i + 1}` });
    await target.getByLabel("Period start").fill(start!);
    await target.getByLabel("Period end").fill(end!);
    await target.getByLabel("Target", { exact: true }).fill(value!);
  }
  await staff.getByRole("button", { name: "Create indicator" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Experts in committees ${code}` })).toBeVisible();

  // The focal point reports the first half-year and submits it at once.
  const focal = await signedIn(browser, users.focalBsn);
  const report = async (period: string, value: string, button: "Save draft" | "Save and submit") => {
    await focal.goto("/reports");
    await focal.getByTestId("tasks").locator(`tr[data-indicator="${code}"]`).filter({ hasText: period }).getByRole("link", { name: /^Report/ }).click();
    await expect(focal.getByRole("heading", { level: 1, name: "New report" })).toBeVisible();
    await focal.getByLabel("Value", { exact: true }).fill(value);
    await focal.getByRole("button", { name: button }).click();
  };
  await report("1 Jan 2024", "3", "Save and submit");
  await expect(focal.getByTestId("notice")).toHaveText("Report submitted for review.");

  // The second as a draft; the file goes on in the edit form, and one click submits both.
  await report("1 Jul 2024", "6", "Save draft");
  await expect(focal.getByTestId("notice")).toHaveText("Draft saved.");
  await focal.getByRole("link", { name: "Edit", exact: true }).click();
  const files = focal.getByTestId("evidence-field");
  await files.getByLabel("Attach a file").setInputFiles({ name: "experts-h2.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(focal.getByTestId("form-evidence-files")).toContainText("experts-h2.pdf");
  // A wrong file, removed: the form asks first (Cancel keeps it), then focus goes back to the
  // file input rather than to the top of the page.
  await files.getByLabel("Attach a file").setInputFiles({ name: "wrong-file.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(focal.getByTestId("form-evidence-files")).toContainText("wrong-file.pdf");
  await focal.getByRole("button", { name: "Remove wrong-file.pdf" }).click();
  const ask = focal.getByRole("dialog", { name: "Remove wrong-file.pdf?" });
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(focal.getByTestId("form-evidence-files")).toContainText("wrong-file.pdf");
  await focal.getByRole("button", { name: "Remove wrong-file.pdf" }).click();
  await ask.getByRole("button", { name: "Remove" }).click();
  await expect(focal.getByTestId("form-evidence-files")).not.toContainText("wrong-file.pdf");
  await expect(focal.getByTestId("form-evidence-files")).toContainText("experts-h2.pdf");
  await expect(files.getByLabel("Attach a file")).toBeFocused();
  await expectAccessible(focal);
  await focal.getByRole("button", { name: "Save and submit" }).click();
  await expect(focal.getByTestId("notice")).toHaveText("Report submitted for review.");
  await expect(focal.getByTestId("evidence-files")).toContainText("experts-h2.pdf");
  const reportUrl = focal.url().split("?")[0]!;
  // A focal point never sees other NSBs' values.
  await expect(focal.getByTestId("review-context")).toBeVisible();
  await expect(focal.getByTestId("other-nsbs")).toHaveCount(0);

  // The reviewer sees the period's target and the NSB's earlier period beside the value.
  await staff.goto(reportUrl);
  await expect(staff.getByTestId("report-value")).toHaveText("6");
  await expect(staff.getByTestId("period-target")).toContainText("7");
  await expect(staff.getByTestId("earlier-periods")).toContainText("3");
  await expect(staff.getByTestId("earlier-periods")).toContainText("Submitted");
  await expectAccessible(staff);
  await staff.getByLabel("Comment").fill(comment);
  await staff.getByRole("button", { name: "Return to reporter" }).click();
  await expect(staff.getByTestId("notice")).toHaveText("Report returned to the reporter with your comment.");

  // Saving a returned report keeps it returned: banner and badge agree.
  await focal.goto(`${reportUrl}/edit`);
  await expect(focal.getByTestId("review-comment")).toContainText(comment);
  await focal.getByLabel("Value", { exact: true }).fill("7");
  await focal.getByRole("button", { name: "Save draft" }).click();
  await expect(focal.getByTestId("notice")).toHaveText("Changes saved. The report is still returned: submit it when it is ready for review.");
  await expect(focal.getByRole("heading", { level: 1 }).locator("..")).toContainText("Returned");

  // Resubmitted: the earlier review is history, not the current state.
  await focal.getByRole("link", { name: "Edit", exact: true }).click();
  await focal.getByRole("button", { name: "Save and submit" }).click();
  await expect(focal.getByTestId("notice")).toHaveText("Report submitted for review.");
  await expect(focal.getByTestId("review-comment")).toHaveCount(0);
  await expect(focal.getByTestId("current-review")).toHaveText("Awaiting review");
  const history = focal.getByTestId("report-history").locator("li");
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText("Submitted by");
  await expect(history.nth(1)).toContainText("Returned by Lucas Meyer");
  await expect(history.nth(1)).toContainText(comment);
  await expect(history.nth(2)).toContainText("Submitted by");
  await expectAccessible(focal);
});

/** The text of each page of a PDF. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, " ").trim());
}

/** Every page has content besides its running header and footer, the title, and "Page n of N". */
function expectPaginated(pages: string[], title: string) {
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1} carries its number`).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(text, `page ${i + 1} carries the report's title`).toContain(title);
    const body = text.replace(`Page ${i + 1} of ${pages.length}`, "").replaceAll(title, "").replace(/Generated on [^A-Z]*/, "").trim();
    expect(body.length, `page ${i + 1} is not empty`).toBeGreaterThan(40);
  });
}

test("the donor progress report and the yearly Action Plan report print to A4 and Letter with page numbers and no empty page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, users.staff);
  await page.goto("/dashboards/programme/report");
  await page.getByRole("combobox", { name: "Programme" }).selectOption({ label: "CET-SEA · Standards and Critical and Emerging Technologies (CET) in Southeast Asia" });
  await page.getByRole("button", { name: "Open the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Progress report: CET-SEA");
  for (const format of ["A4", "Letter"] as const) {
    expectPaginated(await pdfPages(await page.pdf({ format })), "Progress report: CET-SEA");
  }

  await page.goto("/dashboards/action-plan");
  await page.getByRole("link", { name: "Yearly progress report (DEVCO)" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("progress report");
  const title = (await heading.innerText()).trim();
  for (const format of ["A4", "Letter"] as const) {
    expectPaginated(await pdfPages(await page.pdf({ format })), title);
  }
});
