import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, users, gridField } from "./support";

test("staff erase a participant after confirming, and the name is gone from every page and export", async ({ page }) => {
  const stamp = Date.now();
  const name = `Nadia Erasure ${stamp}`;
  const email = `nadia.${stamp}@example.test`;
  await signIn(page, users.staff);

  // A person with a history: created, then registered on an activity.
  await page.goto("/participants/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Sex").selectOption("FEMALE");
  await page.getByLabel("Organization").fill(`Erasure Works ${stamp}`);
  await page.getByLabel("NSB", { exact: true }).selectOption({ label: "BSN — Badan Standardisasi Nasional" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const participantUrl = new URL(page.url()).pathname;
  const participantId = participantUrl.split("/").at(-1)!;

  await page.goto("/participants");
  await page.locator("tbody tr").filter({ has: page.locator("td:last-child", { hasNotText: /^0$/ }) }).first().getByRole("link").click();
  await page.getByRole("table", { name: "Activities attended" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Attendance" })).toBeVisible();
  const activityPath = new URL(page.url()).pathname;
  await page.getByRole("searchbox", { name: "Search the registry" }).fill(String(stamp));
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("checkbox", { name: new RegExp(name) }).check();
  await page.getByRole("button", { name: "Register selected" }).click();
  // A large demo activity: its grid takes a while to come back on a loaded machine.
  await expect(page.getByText("1 participant registered.")).toBeVisible({ timeout: 60_000 });
  await expect(gridField(page, "Attendance", name)).toBeVisible();

  // Erase, after a confirmation that can be dismissed.
  await page.goto(participantUrl);
  await page.getByRole("button", { name: "Erase personal data" }).click();
  const dialog = page.getByRole("dialog", { name: `Erase the personal data of ${name}?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Erase personal data" }).click();
  await dialog.getByRole("button", { name: "Erase for good" }).click();
  await expect(page.getByText("The participant's personal data has been erased.")).toBeVisible();
  await expect(page.getByText(/Personal data erased on/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Erase personal data" })).toHaveCount(0);
  await expectAccessible(page);

  // Gone from every page: the record, the registry, the activity, the audit trail.
  for (const path of [participantUrl, `/participants?q=${stamp}`, "/participants", activityPath, `/audit?entityType=Participant&entityId=${participantId}`, "/audit"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(String(stamp));
  }
  // The anonymous registration stays on the activity (the figures count it as before).
  await page.goto(activityPath);
  await expect(gridField(page, "Attendance", "—").first()).toBeVisible();

  // And from every export, including the JSON of what is held about the person.
  const activityId = activityPath.split("/")[2]!;
  for (const url of ["/api/participants/export?format=csv", `/api/activities/${activityId}/attendance/export?format=csv`, `/api/participants/${participantId}/personal-data`]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text(), url).not.toContain(String(stamp));
  }
});

test("a focal point is offered neither erasure nor the personal-data download", async ({ page }) => {
  await signIn(page, users.focalBsn);
  await page.goto("/participants");
  await page.locator("tbody tr").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Erase personal data" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Download everything held/ })).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the participant page's personal-data card, the feedback links and a personal feedback form fit 390 px", async ({ page }) => {
    const fits = async () => {
      await page.waitForLoadState("networkidle");
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, page.url()).toBeLessThanOrEqual(innerWidth);
    };
    await signIn(page, users.staff);
    await page.goto("/participants");
    await page.locator("tbody tr").filter({ has: page.locator("td:last-child", { hasNotText: /^0$/ }) }).first().getByRole("link").click();
    await expect(page.getByRole("button", { name: "Erase personal data" })).toBeVisible();
    await fits();
    await page.screenshot({ path: "test-results/privacy-participant-390.png", fullPage: true });

    await page.getByRole("table", { name: "Activities attended" }).getByRole("link").first().click();
    await page.getByRole("button", { name: "Download the links (CSV)" }).click();
    const csvHref = await page.getByTestId("feedback-links-csv").getAttribute("href");
    await fits();
    await page.getByTestId("feedback-links-open").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/privacy-links-390.png" });
    const csv = decodeURIComponent(csvHref!.slice(csvHref!.indexOf(",") + 1));
    const url = csv.split("\r\n")[1]!.split(",").at(-1)!;
    await page.goto(new URL(url).pathname);
    await expect(page.getByRole("button", { name: "Send feedback" })).toBeVisible();
    await fits();
    await page.screenshot({ path: "test-results/privacy-feedback-390.png", fullPage: true });
  });
});
