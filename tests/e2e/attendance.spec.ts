import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { expectAccessible, signIn, users, gridField } from "./support";

/**
 * The attendance grid as NSB staff use it after a workshop: keys, phones, leaving with
 * unsaved edits, a dropped connection. Each test works on an activity of BSN's that
 * someone in the registry attended, reached through the activity page's Attendance button.
 */
async function openGrid(page: Page) {
  await signIn(page, users.focalBsn);
  await page.goto("/participants");
  await page.locator("tbody tr").filter({ has: page.locator("td:last-child", { hasNotText: /^0$/ }) }).first().getByRole("link").click();
  await page.getByRole("table", { name: "Activities attended" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Attendance" })).toBeVisible();
  // The activity page's main action leads back here, with its counts.
  await page.getByRole("link", { name: "Activity details" }).click();
  const button = page.getByTestId("attendance-button");
  await expect(button).toContainText(/\d+ registered · \d+ attended/);
  await button.click();
  await expect(page.getByRole("heading", { name: "Attendance" })).toBeVisible();
  return { rows: page.getByTestId("attendance-row") };
}

const nameOf = async (row: Locator) => (await row.getByRole("rowheader").locator("span span").first().textContent())!.trim();

test("Enter in a score, a satisfaction or a text field saves what was typed and removes nobody", async ({ page }) => {
  const { rows } = await openGrid(page);
  await expectAccessible(page);
  const count = await rows.count();
  const names = await Promise.all([0, 1].map((i) => nameOf(rows.nth(i))));
  const name = names[1]!;
  const saved = page.getByTestId("save-outcome");

  await gridField(page, "Pre-test", name).fill("55");
  await expect(page.getByTestId("unsaved-count")).toHaveText("1 row with unsaved changes");
  await expect(rows.nth(1)).toHaveAttribute("data-unsaved", "true");
  await gridField(page, "Pre-test", name).press("Enter");
  await expect(saved).toHaveText("1 row saved.");
  await expect(rows).toHaveCount(count);
  await expect(page.getByTestId("unsaved-count")).toHaveText("No unsaved changes");
  // Focus stays in the field typed in.
  await expect(gridField(page, "Pre-test", name)).toBeFocused();
  await gridField(page, "Post-test", name).fill("77");
  await page.screenshot({ path: test.info().outputPath("attendance-desktop.png") });
  await gridField(page, "Post-test", name).press("Enter");
  await expect(page.getByTestId("unsaved-count")).toHaveText("No unsaved changes");

  const satisfaction = gridField(page, "Satisfaction", name);
  const other = (await satisfaction.inputValue()) === "3" ? "2" : "3";
  await satisfaction.selectOption(other);
  // The outcome line still says "1 row saved." from before: the unsaved count tells when this save is done.
  await expect(page.getByTestId("unsaved-count")).toHaveText("1 row with unsaved changes");
  await satisfaction.press("Enter");
  await expect(page.getByTestId("unsaved-count")).toHaveText("No unsaved changes");
  await expect(saved).toHaveText("1 row saved.");
  await expect(rows).toHaveCount(count);

  const feedback = `Typed in the field ${Date.now()}`;
  await rows.nth(1).locator("summary").click();
  await gridField(page, "Feedback", name).fill(feedback);
  await expect(page.getByTestId("unsaved-count")).toHaveText("1 row with unsaved changes");
  await gridField(page, "Feedback", name).press("Enter");
  await expect(page.getByTestId("unsaved-count")).toHaveText("No unsaved changes");
  await expect(saved).toHaveText("1 row saved.");
  await expect(rows).toHaveCount(count);

  await page.reload();
  await expect(rows).toHaveCount(count);
  expect(await Promise.all([0, 1].map((i) => nameOf(rows.nth(i))))).toEqual(names);
  await expect(gridField(page, "Pre-test", name)).toHaveValue("55");
  await expect(gridField(page, "Satisfaction", name)).toHaveValue(other);
  await expect(gridField(page, "Feedback", name)).toHaveValue(feedback);
});

test("removing someone asks first, and Undo brings the row back with its details; a new person's country is the NSB's", async ({ page, request }) => {
  const { rows } = await openGrid(page);
  const name = `Rina Undo ${Date.now()}`;
  await page.getByLabel("Full name").fill(name);
  const country = page.getByLabel("Country", { exact: true });
  await expect(country).toHaveValue("ID");
  // The other countries are loaded once the form is used, the NSB's still chosen.
  await expect(country.locator('option[value="VN"]')).toHaveCount(1);
  await expect(country).toHaveValue("ID");
  expect((await request.get("/api/countries")).status()).toBe(401);
  await page.getByRole("button", { name: "Add and register" }).click();
  await expect(page.getByText("Participant added and registered.")).toBeVisible();
  await gridField(page, "Attendance", name).selectOption("ATTENDED");
  await gridField(page, "Post-test", name).fill("70");
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByTestId("save-outcome")).toHaveText("1 row saved.");
  const count = await rows.count();

  // Cancelled: nothing happens.
  await page.getByRole("button", { name: `Remove: ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: "Remove from this activity?" });
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(count);

  await page.getByRole("button", { name: `Remove: ${name}` }).click();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("removed")).toContainText(`${name} was removed from the activity.`);
  await expect(rows).toHaveCount(count - 1);
  await expect(gridField(page, "Attendance", name)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("The participant is back on the activity")).toBeVisible();
  await expect(rows).toHaveCount(count);
  await expect(gridField(page, "Attendance", name)).toHaveValue("ATTENDED");
  await expect(gridField(page, "Post-test", name)).toHaveValue("70");
});

test("with unsaved edits, leaving the page asks first; from the first field the keyboard reaches Save in a few steps", async ({ page }) => {
  const { rows } = await openGrid(page);
  const name = await nameOf(rows.first());

  // Keyboard only: Save sits just before the grid, not after every row.
  await gridField(page, "Attendance", name).focus();
  const save = page.getByRole("button", { name: "Save attendance" });
  let presses = 0;
  while (!(await save.evaluate((el) => el === document.activeElement)) && presses < 10) {
    await page.keyboard.press("Shift+Tab");
    presses++;
  }
  await expect(save).toBeFocused();
  expect(presses).toBeLessThanOrEqual(3);

  const postTest = gridField(page, "Post-test", name);
  const before = await postTest.inputValue();
  await postTest.fill(before === "12" ? "13" : "12");

  // A link inside the app: declined, the page and the edit stay.
  page.once("dialog", (d) => {
    expect(d.type()).toBe("confirm");
    void d.dismiss();
  });
  await page.getByRole("link", { name: "Activity details" }).click();
  await expect(postTest).toHaveValue(before === "12" ? "13" : "12");
  await expect(page).toHaveURL(/\/participants$/);

  // Closing the tab: the browser's own question.
  const asked = new Promise<string>((resolve) => page.once("dialog", (d) => {
    resolve(d.type());
    void d.dismiss();
  }));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
});

test("offline, Save says the server could not be reached and keeps the edits through a reload; they save once back online", async ({ page, context }) => {
  const { rows } = await openGrid(page);
  const name = await nameOf(rows.nth(2));
  const postTest = gridField(page, "Post-test", name);
  const value = (await postTest.inputValue()) === "66" ? "67" : "66";
  await postTest.fill(value);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByTestId("save-outcome")).toHaveText(/The server could not be reached, so nothing was saved/);
  await expect(postTest).toHaveValue(value);
  await expect(page.getByTestId("unsaved-count")).toHaveText("1 row with unsaved changes");

  await context.setOffline(false);
  await expect(page.getByTestId("save-outcome")).toHaveText(/You are back online/);
  page.on("dialog", (d) => void d.accept());
  await page.reload();
  await expect(page.getByTestId("restore-offer")).toContainText("1 row of this list had changes that were not saved");
  await page.getByRole("button", { name: "Restore them" }).click();
  await expect(postTest).toHaveValue(value);
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByTestId("save-outcome")).toHaveText("1 row saved.");

  await page.reload();
  await expect(postTest).toHaveValue(value);
  await expect(page.getByTestId("restore-offer")).toHaveCount(0);
});

test("before the page's script has run, Enter saves what was typed; typed then, it becomes an edit once the script runs", async ({ page }) => {
  const { rows } = await openGrid(page);
  const name = await nameOf(rows.nth(3));
  // A slow link: the page's HTML arrives, its scripts are held back until released.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await released;
    await route.continue();
  });
  await page.reload({ waitUntil: "domcontentloaded" });
  const preTest = gridField(page, "Pre-test", name);
  const value = (await preTest.inputValue()) === "66" ? "67" : "66";
  await preTest.fill(value);
  const save = page.getByRole("button", { name: "Save attendance" });
  await expect(save).toBeEnabled();
  // The browser submits the form itself: the server saves the row and answers with the grid.
  await preTest.press("Enter");
  await expect(page.getByTestId("save-outcome")).toHaveText("1 row saved.");
  await expect(preTest).toHaveValue(value);

  // Typed before the script runs (on the answer page, scripts still held back): kept, then an edit.
  const next = value === "66" ? "68" : "69";
  await preTest.fill(next);
  release();
  await expect(page.getByTestId("unsaved-count")).toHaveText("1 row with unsaved changes");
  await expect(preTest).toHaveValue(next);
  await save.click();
  await expect(page.getByTestId("unsaved-count")).toHaveText("No unsaved changes");
  await expect(page.getByTestId("save-outcome")).toHaveText("1 row saved.");
  await page.unrouteAll();
  await page.goto(page.url());
  await expect(preTest).toHaveValue(next);
});

test("a row someone else saved meanwhile is not overwritten: both values are shown, and mine can be kept", async ({ page, browser }) => {
  const { rows } = await openGrid(page);
  const name = await nameOf(rows.nth(3));
  const current = await gridField(page, "Pre-test", name).inputValue();
  const [theirValue, myValue] = current === "21" ? ["22", "34"] : ["21", "34"];

  const other = await browser.newContext();
  const theirs = await other.newPage();
  await signIn(theirs, users.focalBsn);
  await theirs.goto(page.url());
  await gridField(theirs, "Pre-test", name).fill(theirValue);
  await theirs.getByRole("button", { name: "Save attendance" }).click();
  await expect(theirs.getByTestId("save-outcome")).toHaveText("1 row saved.");
  await other.close();

  await gridField(page, "Pre-test", name).fill(myValue);
  await page.getByRole("button", { name: "Save attendance" }).click();
  const conflict = page.getByTestId("conflict");
  await expect(conflict).toContainText(`${name}: This record was changed by`);
  await expect(conflict.getByRole("row", { name: /Pre-test/ })).toContainText(theirValue);
  await expect(conflict.getByRole("row", { name: /Pre-test/ })).toContainText(myValue);
  await expect(gridField(page, "Pre-test", name)).toHaveValue(myValue);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("attendance-conflict.png"), fullPage: true });

  await conflict.getByRole("button", { name: "Keep my values" }).click();
  await expect(conflict).toHaveCount(0);
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByTestId("save-outcome")).toHaveText("1 row saved.");
  await page.reload();
  await expect(gridField(page, "Pre-test", name)).toHaveValue(myValue);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("one card per participant, each name on screen with its inputs, nothing scrolls sideways", async ({ page }) => {
    const { rows } = await openGrid(page);
    await page.waitForLoadState("networkidle");
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await expectAccessible(page);

    const count = Math.min(await rows.count(), 6);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const name = await nameOf(row);
      await gridField(row, "Satisfaction", name).scrollIntoViewIfNeeded();
      const inView = async (locator: Locator) => {
        const box = (await locator.boundingBox())!;
        return box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844;
      };
      for (const field of ["Attendance", "Role", "Completed", "Pre-test", "Post-test", "Satisfaction"] as const) {
        expect(await inView(gridField(row, field, name)), `${field} of ${name} on screen`).toBe(true);
      }
      expect(await inView(row.getByRole("rowheader")), `${name} on screen with their inputs`).toBe(true);
    }
    await rows.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("attendance-phone.png") });
  });
});

/**
 * The grid on a phone without its script (a dropped link, or JavaScript off): signed in on
 * `page`, the same grid opened in a context that runs no script.
 */
async function gridWithoutScript(browser: Browser, page: Page) {
  const { rows } = await openGrid(page);
  const url = page.url();
  const context = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const bare = await context.newPage();
  await bare.goto(url);
  await expect(bare.getByTestId("attendance-row")).toHaveCount(await rows.count());
  return { bare, url, rows: bare.getByTestId("attendance-row"), outcome: bare.getByTestId("save-outcome"), save: bare.getByRole("button", { name: "Save attendance" }) };
}

test.describe("without the page's script", () => {
  test("Enter saves the typed score, satisfaction and box, only in the row changed, and the answer says so", async ({ page, browser }) => {
    const { bare, url, rows, outcome } = await gridWithoutScript(browser, page);
    const name = await nameOf(rows.nth(4));
    const preTest = gridField(bare, "Pre-test", name);
    const score = (await preTest.inputValue()) === "71" ? "72" : "71";
    const satisfaction = gridField(bare, "Satisfaction", name);
    const rating = (await satisfaction.inputValue()) === "5" ? "4" : "5";
    const completed = gridField(bare, "Completed", name);
    const wasCompleted = await completed.isChecked();
    await preTest.fill(score);
    await satisfaction.selectOption(rating);
    await completed.setChecked(!wasCompleted);
    await preTest.press("Enter");
    // Every row is posted; only the one changed counts (no unchecked box of another row read as a change).
    await expect(outcome).toHaveText("1 row saved.");
    await expect(preTest).toHaveValue(score);

    await bare.goto(url);
    await expect(preTest).toHaveValue(score);
    await expect(satisfaction).toHaveValue(rating);
    await expect(completed).toBeChecked({ checked: !wasCompleted });
  });

  test("a score out of range saves nothing: the error shows by the field, every typed value is kept, and a corrected save goes through", async ({ page, browser }) => {
    const { bare, url, rows, outcome, save } = await gridWithoutScript(browser, page);
    const [name, other] = await Promise.all([nameOf(rows.nth(5)), nameOf(rows.nth(6))]);
    const postTest = gridField(bare, "Post-test", name);
    const otherPreTest = gridField(bare, "Pre-test", other);
    const [before, otherBefore] = await Promise.all([postTest.inputValue(), otherPreTest.inputValue()]);
    const otherValue = otherBefore === "33" ? "34" : "33";
    await postTest.fill("150");
    await otherPreTest.fill(otherValue);
    await save.click();
    await expect(outcome).toHaveText("Some fields need attention.");
    await expect(rows.filter({ hasText: name }).getByRole("rowheader")).toContainText("A score from 0 to 100.");
    await expect(postTest).toHaveAttribute("aria-invalid", "true");
    await expect(postTest).toHaveValue("150");
    await expect(otherPreTest).toHaveValue(otherValue);
    await expect(bare.getByTestId("unsaved-count")).toHaveText("2 rows with unsaved changes");

    // Nothing was stored.
    await page.reload();
    await expect(gridField(page, "Post-test", name)).toHaveValue(before);
    await expect(gridField(page, "Pre-test", other)).toHaveValue(otherBefore);

    // Corrected on the answer page: both rows save.
    await postTest.fill("90");
    await postTest.press("Enter");
    await expect(outcome).toHaveText("2 rows saved.");
    await bare.goto(url);
    await expect(postTest).toHaveValue("90");
    await expect(otherPreTest).toHaveValue(otherValue);
  });

  test("a row someone else saved meanwhile is not overwritten; the user is told, keeps their values and can save them again", async ({ page, browser }) => {
    const { bare, rows, outcome, save } = await gridWithoutScript(browser, page);
    const name = await nameOf(rows.nth(2));
    const current = await gridField(bare, "Pre-test", name).inputValue();
    const [theirValue, myValue] = current === "23" ? ["24", "36"] : ["23", "36"];

    // Someone else (signed in on the same grid, with its script) saves the row first.
    await gridField(page, "Pre-test", name).fill(theirValue);
    await page.getByRole("button", { name: "Save attendance" }).click();
    await expect(page.getByTestId("save-outcome")).toHaveText("1 row saved.");

    await gridField(bare, "Pre-test", name).fill(myValue);
    await save.click();
    const conflict = bare.getByTestId("conflict");
    await expect(conflict).toContainText(`${name}: This record was changed by`);
    await expect(conflict.getByRole("row", { name: /Pre-test/ })).toContainText(theirValue);
    await expect(conflict.getByTestId("conflict-kept")).toHaveText("Your values are still in the list: save again to keep them over theirs.");
    // Taking theirs needs the page's script: not offered without it.
    await expect(conflict.getByRole("button", { name: "Use their values" })).toBeHidden();
    await expect(outcome).toContainText("This record was changed by");
    await expect(gridField(bare, "Pre-test", name)).toHaveValue(myValue);
    await page.reload();
    await expect(gridField(page, "Pre-test", name)).toHaveValue(theirValue);

    // "Keep my values" saves them, as Save does.
    await conflict.getByRole("button", { name: "Keep my values" }).click();
    await expect(outcome).toHaveText("1 row saved.");
    await page.reload();
    await expect(gridField(page, "Pre-test", name)).toHaveValue(myValue);
  });
});
