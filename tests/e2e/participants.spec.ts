import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users, gridField } from "./support";

test("a focal point registers a participant, marks attendance, and the activity's totals by sex update; the person's own feedback link lands their answer", async ({ page, browser }) => {
  const stamp = Date.now();
  const name = `Sari Wulandari ${stamp}`;
  const email = `sari.${stamp}@example.test`;
  await signIn(page, users.focalBsn);

  // Register a new participant.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Participants" }).click();
  await expect(page.getByRole("heading", { name: "Participants", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New participant" }).click();
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Sex").selectOption("FEMALE");
  await page.getByLabel("Organization").fill("Badan Uji Coba");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Participant registered.")).toBeVisible();

  // The same person typed again is flagged, and nothing is created.
  await page.goto("/participants/new");
  await page.getByLabel("Full name").fill(name.toUpperCase());
  await page.getByLabel("Organization").fill("Badan Uji Coba");
  await page.getByLabel("Sex").selectOption("MALE");
  await page.getByLabel("Age band").selectOption("AGE_45_54");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("duplicates")).toContainText(name);
  // Everything chosen stays as chosen, lists included.
  await expect(page.getByLabel("Full name")).toHaveValue(name.toUpperCase());
  await expect(page.getByLabel("Sex")).toHaveValue("MALE");
  await expect(page.getByLabel("Age band")).toHaveValue("AGE_45_54");

  // Open an activity of BSN through a demo participant's history.
  await page.goto("/participants");
  await page.locator("tbody tr").filter({ has: page.locator("td:last-child", { hasNotText: /^0$/ }) }).first().getByRole("link").click();
  await page.getByRole("table", { name: "Activities attended" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Attendance" })).toBeVisible();
  await expectAccessible(page);
  const women = Number(await page.getByTestId("total-FEMALE").textContent());
  await expect(page.getByTestId("totals-scope")).toHaveText(/whole activity/);

  // Register the new participant on it and mark them attended.
  await page.getByRole("searchbox", { name: "Search the registry" }).fill(String(stamp));
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("checkbox", { name: new RegExp(name) }).check();
  await page.getByRole("button", { name: "Register selected" }).click();
  await expect(page.getByText("1 participant registered.")).toBeVisible();
  await gridField(page, "Attendance", name).selectOption("ATTENDED");
  await gridField(page, "Post-test", name).fill("88");
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByText("1 row saved.")).toBeVisible();
  await expect(page.getByTestId("total-FEMALE")).toHaveText(String(women + 1));

  // The grid shows what was saved, and the next save writes only what changed since.
  const saveGrid = async () => {
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/participants"));
    await page.getByRole("button", { name: "Save attendance" }).click();
    await saved;
    // The button is back (not "Saving…") once the saved rows are on screen.
    await expect(page.getByRole("button", { name: "Save attendance" })).toBeEnabled();
    await expect(page.getByText("1 row saved.")).toBeVisible();
  };
  await gridField(page, "Attendance", name).selectOption("PARTIAL");
  await gridField(page, "Satisfaction", name).selectOption("2");
  await saveGrid();
  await expect(gridField(page, "Attendance", name)).toHaveValue("PARTIAL");
  await expect(gridField(page, "Satisfaction", name)).toHaveValue("2");
  await gridField(page, "Post-test", name).fill("90");
  await saveGrid();
  await expect(gridField(page, "Attendance", name)).toHaveValue("PARTIAL");
  await expect(gridField(page, "Satisfaction", name)).toHaveValue("2");
  await page.reload();
  await expect(gridField(page, "Attendance", name)).toHaveValue("PARTIAL");
  await expect(gridField(page, "Post-test", name)).toHaveValue("90");

  // A score out of range is refused next to its field, and the typed value stays.
  await gridField(page, "Pre-test", name).fill("140");
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByText("A score from 0 to 100.")).toBeVisible();
  await expect(gridField(page, "Pre-test", name)).toHaveValue("140");
  await gridField(page, "Pre-test", name).fill("");

  // Give the participants their personal feedback links (no SMTP here: as a CSV) and answer one without an account.
  await page.getByRole("button", { name: "Download the links (CSV)" }).click();
  const csvHref = await page.getByTestId("feedback-links-csv").getAttribute("href");
  const csv = decodeURIComponent(csvHref!.slice(csvHref!.indexOf(",") + 1));
  const line = csv.split("\r\n").find((l) => l.startsWith(name))!;
  expect(line).toContain(email);
  const url = line.split(",").at(-1)!;
  expect(url).toMatch(/\/feedback\/[\w-]{40,}$/);
  await expect(page.getByTestId("feedback-links-open")).toContainText("personal link");
  const anonymous = await browser.newContext();
  const participantPage = await anonymous.newPage();
  await participantPage.goto(new URL(url).pathname);
  await expectAccessible(participantPage);
  // The form knows whose link it is and asks no email.
  await expect(participantPage.getByText(`Feedback from ${name}`)).toBeVisible();
  await expect(participantPage.getByLabel("Your email")).toHaveCount(0);
  await participantPage.getByRole("radio", { name: "4" }).check();
  await participantPage.getByLabel("What worked well, and what could be better?").fill(`Clear examples ${stamp}`);
  await participantPage.getByRole("button", { name: "Send feedback" }).click();
  await expect(participantPage.getByText("Thank you! Your feedback has been recorded.")).toBeVisible();
  // The link takes one answer.
  await participantPage.reload();
  await expect(participantPage.getByText("Your feedback for this activity has already been recorded.")).toBeVisible();
  await anonymous.close();

  await page.reload();
  const row = page.getByTestId("attendance-row").filter({ hasText: name });
  await expect(gridField(row, "Satisfaction", name)).toHaveValue("4");
  await row.getByText("View").click();
  await expect(gridField(row, "Feedback", name)).toHaveValue(`Clear examples ${stamp}`);
});

test("a donor gets not found on the participant registry and sees only totals on an activity", async ({ page }) => {
  await signIn(page, users.donorDfat);
  await page.goto("/participants");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Participants" })).toHaveCount(0);
});

test("a focal point merges two records of one person into the one they choose to keep, losing nothing", async ({ page }) => {
  const stamp = Date.now();
  const name = `Eko Merge ${stamp}`;
  await signIn(page, users.focalBsn);
  await page.goto("/participants/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Organization").fill("Badan Merge");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Participant registered.")).toBeVisible();
  const originalUrl = page.url();

  // The same person again, with what the first record lacks; created anyway.
  await page.goto("/participants/new");
  await page.getByLabel("Full name").fill(name.toLowerCase());
  await page.getByLabel("Organization").fill("Badan Merge");
  await page.getByLabel("Sex").selectOption("MALE");
  await page.getByLabel("Age band").selectOption("AGE_45_54");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByLabel("This is a different person: create a new record").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Participant registered.")).toBeVisible();
  expect(page.url()).not.toBe(originalUrl);

  // On the second record, keep the first one: the choice is named on the button.
  const duplicates = page.getByTestId("likely-duplicates");
  await expect(duplicates).toContainText(name);
  await expect(duplicates).toContainText("Not disclosed");
  await expectAccessible(page);
  await duplicates.getByRole("button", { name: "Keep that record" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(originalUrl).pathname}\\?merged=1$`));
  await expect(page.getByText("Records merged.")).toBeVisible();
  await expect(page.getByLabel("Sex")).toHaveValue("MALE");
  await expect(page.getByLabel("Age band")).toHaveValue("AGE_45_54");
  await expect(page.getByText("No likely duplicates.")).toBeVisible();
});

test("on a phone, a focal point whose link drops while saving a new participant is told nothing was saved, keeps every entry, and saves once back online", async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const name = `Rina Hartono ${Date.now()}`;
  await signIn(page, users.focalBsn);
  await page.goto("/participants/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Sex").selectOption("FEMALE");
  await page.getByLabel("Age band").selectOption("AGE_25_34");
  await page.getByLabel("Organization").fill("Badan Uji Coba");
  await page.waitForLoadState("networkidle");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Save" }).click();
  // The form stays, says why, and has the message in view: not the page's error screen.
  const message = page.getByTestId("form-error");
  await expect(message).toHaveText(/^The server could not be reached, so nothing was saved\. What you entered is still in the form/);
  await expect(message).toBeInViewport();
  await expect(page.getByLabel("Full name")).toHaveValue(name);
  await expect(page.getByLabel("Sex")).toHaveValue("FEMALE");
  await expect(page.getByLabel("Age band")).toHaveValue("AGE_25_34");
  await expect(page.getByLabel("Organization")).toHaveValue("Badan Uji Coba");
  await expectAccessible(page);

  await context.setOffline(false);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Participant registered.")).toBeVisible();
});
